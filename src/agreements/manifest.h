// Agreements: parties, approvals, clauses, consultations, the statute sections they rest on, and whether each is in force.
// Its manifest (program/capability.h): its collections and its validation here, the rest in
// manifest.cc.
#pragma once
#include "agreements/model.h"

namespace yp {

struct Capability;
class Validator;

struct AgreementsManifest {
  using Collections = AgreementsCollections;
  static Capability describe();
  // Its part of the Dataset's validation (validate.cc).
  static void validate(Validator& v);
};

}  // namespace yp
