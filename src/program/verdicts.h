// Every capability's verdicts on a date, gathered from their manifests (program/capability.h):
// `duty_verdicts`, what the duties engine and the other capabilities say of duties (/api/duties,
// the calendar's deadlines), and `all_verdicts`, those with every capability's own checks
// (/api/checks, `yhdyspinta check`). Pure functions of the Dataset.
#pragma once
#include <vector>

#include "core/verdict.h"
#include "program/dataset.h"

namespace yp {

// Every capability's duty verdicts, in the capabilities' order, each in its own order. A duty
// verdict names the statute sections it quotes (law_sections); their words are added where it is
// shown (duties/law.h, quote_law_words).
std::vector<Verdict> duty_verdicts(const Dataset& data, const Date& as_of);
// Every check's and every duty's verdicts, with the statutes' words, in a stable order (rule, subject, window).
std::vector<Verdict> all_verdicts(const Dataset& data, const Date& as_of);

}  // namespace yp
