// Meetings: their lifecycle, agenda, minutes, and the actions agreed in them.
// Its manifest (program/capability.h): its collections and its validation here, the rest in
// manifest.cc.
#pragma once
#include "meetings/model.h"

namespace yp {

struct Capability;
class Validator;

struct MeetingsManifest {
  using Collections = MeetingsCollections;
  static Capability describe();
  // Its part of the Dataset's validation (validate.cc).
  static void validate(Validator& v);
};

}  // namespace yp
