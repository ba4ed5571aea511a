// The registry: organisations, persons, posts, who held them, council terms and the source documents.
// Its manifest (program/capability.h): its collections and its validation here, the rest in
// manifest.cc.
#pragma once
#include "registry/model.h"

namespace yp {

struct Capability;
class Validator;

struct RegistryManifest {
  using Collections = RegistryCollections;
  static Capability describe();
  // Its part of the Dataset's validation (validate.cc).
  static void validate(Validator& v);
};

}  // namespace yp
