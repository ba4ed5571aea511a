#include "program/verdicts.h"

#include <algorithm>
#include <iterator>
#include <tuple>

#include "duties/law.h"
#include "program/capabilities.h"

namespace yp {
namespace {

void append(std::vector<Verdict>& out, std::vector<Verdict> more) {
  out.insert(out.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
}

}  // namespace

std::vector<Verdict> duty_verdicts(const Dataset& data, const Date& as_of) {
  std::vector<Verdict> out;
  for (const auto& c : capabilities())
    if (c.duty_verdicts) append(out, c.duty_verdicts(data, as_of));
  return out;
}

std::vector<Verdict> all_verdicts(const Dataset& data, const Date& as_of) {
  std::vector<Verdict> out;
  for (const auto& c : capabilities())
    if (c.check_verdicts) append(out, c.check_verdicts(data, as_of));
  append(out, duty_verdicts(data, as_of));
  for (auto& v : out) quote_law_words(data, v);
  std::stable_sort(out.begin(), out.end(), [](const Verdict& x, const Verdict& y) {
    return std::tie(x.rule, x.subject, x.window_from) < std::tie(y.rule, y.subject, y.window_from);
  });
  return out;
}

}  // namespace yp
