// Windows: the periods in which a duty is counted, from the first one the duty is in force in up to
// the one containing the date asked about. Council terms come from the data, never from arithmetic.
#pragma once
#include <optional>
#include <vector>

#include "program/dataset.h"

namespace yp {

struct Span {
  Date from;
  Date until;  // the last day
  Text label;
  std::vector<std::string> anchor_parties = {};  // before an anchor event: the parties of that event
  std::string anchor_id = {};                    // after a trigger: the measurement it was
};

// The windows of `duty` that have begun by `as_of`, for a subject whose body (if any) is `body`.
// Empty when the duty needs something the data lacks (a term kind, a start date): the caller says so.
std::vector<Span> windows_of(const Dataset& data, const Duty& duty, const Body* body, const Date& as_of);

}  // namespace yp
