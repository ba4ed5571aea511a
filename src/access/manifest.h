// Access: accounts, sessions, grants, the audit trail and the read log.
// Its manifest (program/capability.h): its collections here, the rest in manifest.cc.
#pragma once
#include "program/capability.h"

namespace yp {

struct Capability;

struct AccessManifest {
  using Collections = NoCollections<AccessManifest>;
  static Capability describe();
};

}  // namespace yp
