// Agreements: parties, approvals, clauses, consultations, the statute sections they rest on, and whether each is in force.
// Its manifest (program/capability.h): its collections here, the rest in manifest.cc.
#pragma once
#include "agreements/model.h"

namespace yp {

struct Capability;

struct AgreementsManifest {
  using Collections = AgreementsCollections;
  static Capability describe();
};

}  // namespace yp
