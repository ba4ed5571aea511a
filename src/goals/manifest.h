// Goals: priorities, goals, indicators with their values, and the responsibility pairs that follow each goal up.
// Its manifest (program/capability.h): its collections and its validation here, the rest in
// manifest.cc.
#pragma once
#include "goals/model.h"

namespace yp {

struct Capability;
class Validator;

struct GoalsManifest {
  using Collections = GoalsCollections;
  static Capability describe();
  // Its part of the Dataset's validation (validate.cc).
  static void validate(Validator& v);
};

}  // namespace yp
