// Disclosure: registers of client and patient data and whether data may pass between two of them on a date.
// Its manifest (program/capability.h): its collections here, the rest in manifest.cc.
#pragma once
#include "disclosure/model.h"

namespace yp {

struct Capability;

struct DisclosureManifest {
  using Collections = DisclosureCollections;
  static Capability describe();
};

}  // namespace yp
