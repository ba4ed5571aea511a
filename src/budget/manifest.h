// Budget monitoring (HUS): rules, frames, monthly figures, the report and the explanations of deviations.
// Its manifest (program/capability.h): its collections and its validation here, the rest in
// manifest.cc.
#pragma once
#include "budget/model.h"

namespace yp {

struct Capability;
class Validator;

struct BudgetManifest {
  using Collections = BudgetCollections;
  static Capability describe();
  // Its part of the Dataset's validation (validate.cc).
  static void validate(Validator& v);
};

}  // namespace yp
