// The annual planning calendar (vuosikello) of a body or an organisation: its recorded meetings,
// and the deadlines of its duties that are due or overdue among `duties` (every capability's duty
// verdicts on a day: program/verdicts.h), as calendar items.
// Non-public meetings are included only with `with_non_public` (a valid feed token).
#pragma once
#include <vector>

#include "calendar/ical.h"
#include "core/verdict.h"
#include "program/dataset.h"

namespace yp {

std::vector<CalendarItem> body_calendar(const Dataset& data, const std::string& body_id, const std::vector<Verdict>& duties, bool with_non_public);
std::vector<CalendarItem> organisation_calendar(const Dataset& data, const std::string& organisation_id, const std::vector<Verdict>& duties,
                                                bool with_non_public);

// Whether `token` is an unrevoked feed token for `scope_id` on `day`.
bool feed_token_opens(const Dataset& data, const std::string& token, const std::string& scope_id, const Date& day);

}  // namespace yp
