// Duties: definitions of what law and agreements require, recorded events as evidence, waivers, and their verdicts.
// Its manifest (program/capability.h): its collections here, the rest in manifest.cc.
#pragma once
#include "duties/duty.h"

namespace yp {

struct Capability;

struct DutiesManifest {
  using Collections = DutiesCollections;
  static Capability describe();
};

}  // namespace yp
