// Access: accounts, sessions, grants, the audit trail and the read log.
// Its manifest (program/capability.h): its collections and its validation here, the rest in
// manifest.cc.
#pragma once
#include "program/capability.h"

namespace yp {

struct Capability;
class Validator;

struct AccessManifest {
  using Collections = NoCollections<AccessManifest>;
  static Capability describe();
  // Nothing of its own in the Dataset to validate.
  static void validate(Validator&) {}
};

}  // namespace yp
