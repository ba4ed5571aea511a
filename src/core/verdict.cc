#include "core/verdict.h"

namespace yp {

VerdictStatus combine(const std::vector<Finding>& findings) {
  VerdictStatus out = VerdictStatus::holds;
  for (const auto& f : findings) {
    if (f.status == VerdictStatus::fails) return VerdictStatus::fails;
    if (f.status == VerdictStatus::unknown) out = VerdictStatus::unknown;
  }
  return out;
}

}  // namespace yp
