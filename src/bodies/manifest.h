// Cooperation bodies: quotas, chair rules, memberships and their composition on a date.
// Its manifest (program/capability.h): its collections here, the rest in manifest.cc.
#pragma once
#include "bodies/model.h"

namespace yp {

struct Capability;

struct BodiesManifest {
  using Collections = BodiesCollections;
  static Capability describe();
};

}  // namespace yp
