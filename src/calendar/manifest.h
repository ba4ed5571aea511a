// The annual planning calendar: iCalendar feeds of a body's or an organisation's year, with revocable tokens.
// Its manifest (program/capability.h): its collections and its validation here, the rest in
// manifest.cc.
#pragma once
#include "calendar/model.h"

namespace yp {

struct Capability;
class Validator;

struct CalendarManifest {
  using Collections = CalendarCollections;
  static Capability describe();
  // Its part of the Dataset's validation (validate.cc).
  static void validate(Validator& v);
};

}  // namespace yp
