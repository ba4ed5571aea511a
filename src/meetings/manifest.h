// Meetings: their lifecycle, agenda, minutes, and the actions agreed in them.
// Its manifest (program/capability.h): its collections here, the rest in manifest.cc.
#pragma once
#include "meetings/model.h"

namespace yp {

struct Capability;

struct MeetingsManifest {
  using Collections = MeetingsCollections;
  static Capability describe();
};

}  // namespace yp
