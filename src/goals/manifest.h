// Goals: priorities, goals, indicators with their values, and the responsibility pairs that follow each goal up.
// Its manifest (program/capability.h): its collections here, the rest in manifest.cc.
#pragma once
#include "goals/model.h"

namespace yp {

struct Capability;

struct GoalsManifest {
  using Collections = GoalsCollections;
  static Capability describe();
};

}  // namespace yp
