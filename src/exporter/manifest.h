// Export: the registry as Popolo JSON.
// Its manifest (program/capability.h): its collections here, the rest in manifest.cc.
#pragma once
#include "program/capability.h"

namespace yp {

struct Capability;

struct ExportManifest {
  using Collections = NoCollections<ExportManifest>;
  static Capability describe();
};

}  // namespace yp
