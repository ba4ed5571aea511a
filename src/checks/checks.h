// The first checks of the registry, each returning explained verdicts for a date:
// - body.composition: a body's seat holders against its seat quotas, required posts and its
//   chair and vice-chair rules;
// - agreement.in_force: an agreement is in force from the last party's approval (or its fixed
//   start) to its end date or the repeal of its legal basis, whichever comes first.
// Pure functions of the Dataset; no I/O.
#pragma once
#include <vector>

#include "checks/verdict.h"
#include "core/dataset.h"

namespace yp {

Verdict check_body_composition(const Dataset& data, const Body& body, const Date& as_of);
Verdict check_agreement_in_force(const Dataset& data, const Agreement& agreement, const Date& as_of);

// Every check on every subject it applies to, and every duty's verdicts (duties/evaluate.h), in a
// stable order (rule, subject, window).
std::vector<Verdict> run_checks(const Dataset& data, const Date& as_of);

}  // namespace yp
