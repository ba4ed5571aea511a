#include <algorithm>

#include "checks/checks.h"

namespace yp {

std::vector<Verdict> run_checks(const Dataset& data, const Date& as_of) {
  std::vector<Verdict> out;
  for (const auto& a : data.agreements.items) out.push_back(check_agreement_in_force(data, a, as_of));
  for (const auto& b : data.bodies.items)
    if (!b.seat_quotas.empty() || !b.chair_rules.empty()) out.push_back(check_body_composition(data, b, as_of));
  std::stable_sort(out.begin(), out.end(), [](const Verdict& x, const Verdict& y) {
    return std::tie(x.rule, x.subject) < std::tie(y.rule, y.subject);
  });
  return out;
}

}  // namespace yp
