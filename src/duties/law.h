// The law a verdict quotes: a duty's statute section and the provisions it rests on, each taken as
// it stood on the day the verdict is about. A section that ended before that day gives way to the
// section its `succeeded_by` names (612/2021 § 24, repealed from 1.8.2024, to 611/2021 § 13 a), so a
// verdict never quotes a repealed provision; a change inside the window is said in the explanation.
#pragma once
#include <string>
#include <vector>

#include "program/dataset.h"

namespace yp {

struct QuotedLaw {
  std::vector<const StatuteSection*> sections;  // in force on the day, in the duty's order
  Text changes;  // "612/2021 § 24 was in force until 31.7.2024 (repealed by 469/2024); from then on, 611/2021 § 13 a."
};

// The sections of `ids` as they stood on `day`, and the changes between `from` and `day`.
QuotedLaw quoted_law(const Dataset& data, const std::vector<std::string>& ids, const Date& from, const Date& day);

// Fills the verdict's `law` with the words (fi, sv) of its `law_sections`, each headed by its
// number when there are several. Verdicts without law_sections are left as they are.
void quote_law_words(const Dataset& data, Verdict& v);

}  // namespace yp
