// iCalendar (RFC 5545) feeds of the annual planning calendar (vuosikello): all-day items (meetings,
// due dates) written as VEVENTs in one language, with CRLF line ends, 75-octet line folding and
// text escaping, so that any calendar program can subscribe to them.
#pragma once
#include <string>
#include <vector>

#include "core/date.h"
#include "core/text.h"

namespace yp {

struct CalendarItem {
  std::string uid;  // stable across feeds and days, so that a subscriber sees updates, not copies
  Date date;
  Text summary;
  Text description;
};

// The feed `name` in `lang` ("fi", "sv" or "en"), stamped with `stamp` (its DTSTAMP).
std::string ical_feed(const Text& name, const std::vector<CalendarItem>& items, const std::string& lang, const Date& stamp);

}  // namespace yp
