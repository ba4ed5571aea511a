// The annual planning calendar (vuosikello) of a body or an organisation: its recorded meetings,
// and the deadlines of its duties that are due or overdue on `as_of`, as calendar items.
#pragma once
#include <vector>

#include "calendar/ical.h"
#include "core/dataset.h"

namespace yp {

std::vector<CalendarItem> body_calendar(const Dataset& data, const std::string& body_id, const Date& as_of);
std::vector<CalendarItem> organisation_calendar(const Dataset& data, const std::string& organisation_id, const Date& as_of);

}  // namespace yp
