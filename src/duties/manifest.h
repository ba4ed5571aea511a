// Duties: definitions of what law and agreements require, recorded events as evidence, waivers, and their verdicts.
// Its manifest (program/capability.h): its collections and its validation here, the rest in
// manifest.cc.
#pragma once
#include "duties/duty.h"

namespace yp {

struct Capability;
class Validator;

struct DutiesManifest {
  using Collections = DutiesCollections;
  static Capability describe();
  // Its part of the Dataset's validation (validate.cc).
  static void validate(Validator& v);
};

}  // namespace yp
