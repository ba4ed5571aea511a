// Disclosure: registers of client and patient data and whether data may pass between two of them on a date.
// Its manifest (program/capability.h): its collections and its validation here, the rest in
// manifest.cc.
#pragma once
#include "disclosure/model.h"

namespace yp {

struct Capability;
class Validator;

struct DisclosureManifest {
  using Collections = DisclosureCollections;
  static Capability describe();
  // Its part of the Dataset's validation (validate.cc).
  static void validate(Validator& v);
};

}  // namespace yp
