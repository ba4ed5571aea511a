// The duties engine: every duty of the data, for every subject on its roll, in every window that
// has begun by the date asked about, gives an explained Verdict (core/verdict.h): satisfied, due,
// overdue, breached, not applicable or waived; with the rule id and version, the window, the events
// counted and those looked at and excluded with why, the sources and the statute's own words.
#pragma once
#include <vector>

#include "core/verdict.h"
#include "program/dataset.h"
#include "duties/evidence.h"

namespace yp {

// Every duty definition's verdicts on `as_of`, ordered by duty, subject and window: the duties
// engine's own part of the duties' verdicts. All of them, with what the other capabilities add
// (goals: the follow-up by responsibility pairs), are program/verdicts.h's duty_verdicts.
std::vector<Verdict> evaluate_duties(const Dataset& data, const Date& as_of);
// One duty's verdicts on `as_of`, counting the indexed events (see duties/evidence.h).
std::vector<Verdict> evaluate_duty(const Dataset& data, const Duty& duty, const Date& as_of, const EventIndex& events);

}  // namespace yp
