// The annual planning calendar: iCalendar feeds of a body's or an organisation's year, with revocable tokens.
// Its manifest (program/capability.h): its collections here, the rest in manifest.cc.
#pragma once
#include "calendar/model.h"

namespace yp {

struct Capability;

struct CalendarManifest {
  using Collections = CalendarCollections;
  static Capability describe();
};

}  // namespace yp
