// agreement.in_force: an agreement is in force from the last party's approval (or its fixed start)
// to its end date or the repeal of its legal basis, whichever comes first. A pure function of the
// Dataset; no I/O.
#pragma once
#include <vector>

#include "core/verdict.h"
#include "program/dataset.h"

namespace yp {

Verdict check_agreement_in_force(const Dataset& data, const Agreement& agreement, const Date& as_of);
// The check on every agreement: the agreements' verdict producer.
std::vector<Verdict> agreement_in_force_verdicts(const Dataset& data, const Date& as_of);

}  // namespace yp
