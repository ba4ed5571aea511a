// The registry: organisations, persons, posts, who held them, council terms and the source documents.
// Its manifest (program/capability.h): its collections here, the rest in manifest.cc.
#pragma once
#include "registry/model.h"

namespace yp {

struct Capability;

struct RegistryManifest {
  using Collections = RegistryCollections;
  static Capability describe();
};

}  // namespace yp
