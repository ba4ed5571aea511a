// agreement.in_force: an agreement is in force from the last party's approval (or its fixed start)
// to its end date or the repeal of its legal basis, whichever comes first. A pure function of the
// Dataset; no I/O.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/verdict.h"
#include "program/dataset.h"

namespace yp {

// The day the agreement entered into force by `as_of`: its fixed start, or the last party's
// approval once every party has approved; nothing, with the parties whose approval is missing.
std::optional<Date> agreement_start(const Dataset& data, const Agreement& a, const Date& as_of, std::vector<std::string>& missing);

Verdict check_agreement_in_force(const Dataset& data, const Agreement& agreement, const Date& as_of);
// The check on every agreement: the agreements' verdict producer.
std::vector<Verdict> agreement_in_force_verdicts(const Dataset& data, const Date& as_of);

}  // namespace yp
