#include <algorithm>

#include "checks/checks.h"
#include "duties/evaluate.h"

namespace yp {

std::vector<Verdict> run_checks(const Dataset& data, const Date& as_of) {
  std::vector<Verdict> out;
  for (const auto& a : data.agreements.items) out.push_back(check_agreement_in_force(data, a, as_of));
  for (const auto& b : data.bodies.items)
    if (!b.seat_quotas.empty() || !b.chair_rules.empty()) out.push_back(check_body_composition(data, b, as_of));
  auto duties = evaluate_duties(data, as_of);
  out.insert(out.end(), std::make_move_iterator(duties.begin()), std::make_move_iterator(duties.end()));
  std::stable_sort(out.begin(), out.end(), [](const Verdict& x, const Verdict& y) {
    return std::tie(x.rule, x.subject, x.window_from) < std::tie(y.rule, y.subject, y.window_from);
  });
  return out;
}

}  // namespace yp
