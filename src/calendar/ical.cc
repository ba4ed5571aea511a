#include "calendar/ical.h"

namespace yp {
namespace {

// RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values.
std::string escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == ';' || c == ',') out += '\\', out += c;
    else if (c == '\n') out += "\\n";
    else if (c != '\r') out += c;
  }
  return out;
}

// RFC 5545 3.1: lines longer than 75 octets are folded with CRLF and a space, never inside a
// UTF-8 sequence.
void line(std::string& out, const std::string& content) {
  size_t start = 0, limit = 75;
  while (content.size() - start > limit) {
    size_t cut = start + limit;
    while (cut > start && (static_cast<unsigned char>(content[cut]) & 0xC0) == 0x80) --cut;
    out += content.substr(start, cut - start) + "\r\n ";
    start = cut;
    limit = 74;  // the leading space of a continuation line counts
  }
  out += content.substr(start) + "\r\n";
}

std::string basic(const Date& d) {
  std::string iso = d.iso();
  return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

}  // namespace

std::string ical_feed(const Text& name, const std::vector<CalendarItem>& items, const std::string& lang, const Date& stamp) {
  std::string out;
  line(out, "BEGIN:VCALENDAR");
  line(out, "VERSION:2.0");
  line(out, "PRODID:-//Yhdyspinta//vuosikello//" + (lang == "sv" || lang == "en" ? lang : std::string("fi")));
  line(out, "CALSCALE:GREGORIAN");
  line(out, "X-WR-CALNAME:" + escape(name.in(lang)));
  for (const auto& item : items) {
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + escape(item.uid) + "@yhdyspinta");
    line(out, "DTSTAMP:" + basic(stamp) + "T000000Z");
    line(out, "DTSTART;VALUE=DATE:" + basic(item.date));
    line(out, "DTEND;VALUE=DATE:" + basic(item.date.plus_days(1)));
    line(out, "SUMMARY:" + escape(item.summary.in(lang)));
    if (!item.description.empty()) line(out, "DESCRIPTION:" + escape(item.description.in(lang)));
    line(out, "TRANSP:TRANSPARENT");
    line(out, "END:VEVENT");
  }
  line(out, "END:VCALENDAR");
  return out;
}

}  // namespace yp
