// Cooperation bodies: quotas, chair rules, memberships and their composition on a date.
// Its manifest (program/capability.h): its collections and its validation here, the rest in
// manifest.cc.
#pragma once
#include "bodies/model.h"

namespace yp {

struct Capability;
class Validator;

struct BodiesManifest {
  using Collections = BodiesCollections;
  static Capability describe();
  // Its part of the Dataset's validation (validate.cc).
  static void validate(Validator& v);
};

}  // namespace yp
