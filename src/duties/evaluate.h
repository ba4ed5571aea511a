// The duties engine: every duty of the data, for every subject on its roll, in every window that
// has begun by the date asked about, gives an explained Verdict (checks/verdict.h): satisfied, due,
// overdue, breached, not applicable or waived; with the rule id and version, the window, the events
// counted and those looked at and excluded with why, the sources and the statute's own words.
#pragma once
#include <vector>

#include "checks/verdict.h"
#include "core/dataset.h"
#include "duties/evidence.h"

namespace yp {

// Every duty's verdicts on `as_of`, ordered by duty, subject and window; then the follow-up of every
// goal by its responsibility pair (goals/status.h).
std::vector<Verdict> evaluate_duties(const Dataset& data, const Date& as_of);
// One duty's verdicts on `as_of`, counting the indexed events (see duties/evidence.h).
std::vector<Verdict> evaluate_duty(const Dataset& data, const Duty& duty, const Date& as_of, const EventIndex& events);

}  // namespace yp
