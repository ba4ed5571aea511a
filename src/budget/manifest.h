// Budget monitoring (HUS): rules, frames, monthly figures, the report and the explanations of deviations.
// Its manifest (program/capability.h): its collections here, the rest in manifest.cc.
#pragma once
#include "budget/model.h"

namespace yp {

struct Capability;

struct BudgetManifest {
  using Collections = BudgetCollections;
  static Capability describe();
};

}  // namespace yp
