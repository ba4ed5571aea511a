#include "calendar/planning.h"

#include <algorithm>
#include <functional>
#include <tuple>

#include "core/verdict.h"

namespace yp {
namespace {

CalendarItem meeting_item(const Meeting& m) {
  const std::string time = m.start_time.empty() ? "" : m.start_time + (m.end_time.empty() ? "" : "–" + m.end_time) + " ";
  return {"meeting-" + m.id, *m.date, m.title,
          Text{time + m.place, time + m.place, time + m.place}};
}

// Duties that are open (due or overdue) and have a deadline: the deadline is a calendar item.
void add_deadlines(const Dataset& data, const std::vector<Verdict>& duties, const std::function<bool(const Verdict&)>& mine, std::vector<CalendarItem>& out) {
  for (const auto& v : duties) {
    if ((v.status != VerdictStatus::due && v.status != VerdictStatus::overdue) || !v.deadline || !mine(v)) continue;
    const auto* duty = data.duties.find(v.rule);
    const Text title = duty ? duty->title : Text{v.rule, v.rule, v.rule};
    out.push_back({"duty-" + v.rule + "-" + v.subject + "-" + v.deadline->iso(), *v.deadline,
                   Text{"Määräaika: " + title.fi, "Tidsfrist: " + title.sv, "Deadline: " + title.en},
                   Text{v.subject_name.fi + "\n" + v.explanation.fi, v.subject_name.sv + "\n" + v.explanation.sv,
                        v.subject_name.en + "\n" + v.explanation.en}});
  }
}

void sort_items(std::vector<CalendarItem>& items) {
  std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return std::tie(a.date, a.uid) < std::tie(b.date, b.uid); });
}

}  // namespace

std::vector<CalendarItem> body_calendar(const Dataset& data, const std::string& body_id, const std::vector<Verdict>& duties, bool with_non_public) {
  std::vector<CalendarItem> out;
  for (const auto& m : data.meetings.items)
    if (m.body_id == body_id && m.date && (m.is_public || with_non_public)) out.push_back(meeting_item(m));
  add_deadlines(data, duties, [&](const Verdict& v) { return v.subject == body_id; }, out);
  sort_items(out);
  return out;
}

std::vector<CalendarItem> organisation_calendar(const Dataset& data, const std::string& org, const std::vector<Verdict>& duties, bool with_non_public) {
  std::vector<CalendarItem> out;
  for (const auto& m : data.meetings.items)
    if (m.date && (m.is_public || with_non_public) && (m.organiser_id == org || std::find(m.party_ids.begin(), m.party_ids.end(), org) != m.party_ids.end()))
      out.push_back(meeting_item(m));
  add_deadlines(data, duties, [&](const Verdict& v) { return std::find(v.bearer_ids.begin(), v.bearer_ids.end(), org) != v.bearer_ids.end(); }, out);
  sort_items(out);
  return out;
}

bool feed_token_opens(const Dataset& data, const std::string& token, const std::string& scope_id, const Date& day) {
  const auto* t = data.feed_tokens.find(token);
  return t && t->scope_id == scope_id && t->issued <= day && (!t->revoked || day < *t->revoked);
}

}  // namespace yp
