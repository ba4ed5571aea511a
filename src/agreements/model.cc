#include "agreements/model.h"

#include <algorithm>

namespace yp {

std::vector<const Approval*> AgreementsCollections::approvals_of(const std::string& agreement_id) const {
  std::vector<const Approval*> out;
  for (const auto& a : approvals.items)
    if (a.agreement_id == agreement_id) out.push_back(&a);
  std::sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->date < b->date; });
  return out;
}

}  // namespace yp
