// Export: the registry as Popolo JSON.
// Its manifest (program/capability.h): its collections and its validation here, the rest in
// manifest.cc.
#pragma once
#include "program/capability.h"

namespace yp {

struct Capability;
class Validator;

struct ExportManifest {
  using Collections = NoCollections<ExportManifest>;
  static Capability describe();
  // Nothing of its own in the Dataset to validate.
  static void validate(Validator&) {}
};

}  // namespace yp
