#include "meetings/lifecycle.h"

#include <algorithm>
#include <cctype>

namespace yp {
namespace {

std::string name(MeetingStatus s) { return std::string(name_of(s)); }

Result<Meeting> find_meeting(const Dataset& data, const std::string& id) {
  const auto* m = data.meetings.find(id);
  if (!m) return Error::not_found("", "no such meeting: " + id);
  return *m;
}

std::vector<AgendaItem>::iterator find_item(Meeting& m, int number) {
  return std::find_if(m.items.begin(), m.items.end(), [&](const AgendaItem& i) { return i.number == number; });
}

}  // namespace

bool may_move(MeetingStatus from, MeetingStatus to) {
  using S = MeetingStatus;
  switch (to) {
    case S::invited: return from == S::planned;
    case S::held: return from == S::planned || from == S::invited;
    case S::minutes_drafted: return from == S::held;
    case S::minutes_approved: return from == S::minutes_drafted;
    case S::published: return from == S::minutes_approved;
    case S::cancelled: return from == S::planned || from == S::invited;
    case S::planned: return false;
  }
  return false;
}

namespace {

// "17.43", "17:43" or "9.00" as minutes of the day, or -1.
int minutes_of(const std::string& t) {
  const std::size_t colon = t.size() == 5 ? 2 : t.size() == 4 ? 1 : std::string::npos;
  if (colon == std::string::npos || (t[colon] != '.' && t[colon] != ':')) return -1;
  for (std::size_t i = 0; i < t.size(); ++i)
    if (i != colon && !std::isdigit(static_cast<unsigned char>(t[i]))) return -1;
  const int h = colon == 2 ? (t[0] - '0') * 10 + (t[1] - '0') : t[0] - '0';
  const int mi = (t[colon + 1] - '0') * 10 + (t[colon + 2] - '0');
  return h < 24 && mi < 60 ? h * 60 + mi : -1;
}

// A time span as the minutes write it, each end a time of day, the end not before the start.
std::optional<Error> check_span(const std::string& from, const std::string& until, const char* from_field, const char* until_field) {
  if (!from.empty() && minutes_of(from) < 0) return Error::coded(ErrorKind::invalid, std::string("/") + from_field, "meetings.not_a_time");
  if (!until.empty() && minutes_of(until) < 0) return Error::coded(ErrorKind::invalid, std::string("/") + until_field, "meetings.not_a_time");
  if (!from.empty() && !until.empty() && minutes_of(until) < minutes_of(from))
    return Error::coded(ErrorKind::invalid, std::string("/") + until_field, "meetings.time_before", {{"from", from}});
  return std::nullopt;
}

}  // namespace

Result<Meeting> plan_meeting(const Dataset& data, Meeting m, const Date& today) {
  const auto* body = data.bodies.find(m.body_id);
  if (!body) return Error::not_found("/body_id", "no such body: " + m.body_id);
  if (!m.date) return Error::invalid("/date", "is required");
  if (auto e = check_span(m.start_time, m.end_time, "start_time", "end_time")) return *e;
  if (m.title.empty()) m.title = body->name;
  int last = 0;
  for (const auto& other : data.meetings.items)
    if (other.body_id == m.body_id && other.date && other.date->year == m.date->year) last = std::max(last, other.number);
  m.number = last + 1;
  m.id = m.body_id + "-" + std::to_string(m.date->year) + "-" + std::to_string(m.number);
  if (data.meetings.find(m.id)) return Error::conflict("/id", "a meeting with this id exists: " + m.id);
  m.kind = MeetingKind::body_meeting;
  m.status = MeetingStatus::planned;
  m.history = {{MeetingStatus::planned, today, ""}};
  if (m.party_ids.empty()) m.party_ids = body->party_ids;
  if (m.organiser_id.empty()) m.organiser_id = body->convener_id.empty() ? body->secretary_organization_id : body->convener_id;
  return m;
}

Result<Meeting> move_meeting(const Dataset& data, const std::string& id, MeetingStatus to, const Date& day, const std::string& reason) {
  auto found = find_meeting(data, id);
  if (!found) return found;
  Meeting m = found.value();
  if (m.status == to) return Error::conflict("/to", "the meeting is already " + name(to));
  if (!may_move(m.status, to))
    return Error::conflict("/to", "a meeting that is " + name(m.status) + " cannot become " + name(to));
  if (to == MeetingStatus::cancelled && reason.empty()) return Error::invalid("/reason", "is required to cancel a meeting");
  if (to == MeetingStatus::held && m.date && day < *m.date)
    return Error::invalid("/date", "a meeting cannot be held before its date " + m.date->iso());
  m.status = to;
  m.history.push_back({to, day, reason});
  return m;
}

Result<Meeting> add_agenda_item(const Dataset& data, const std::string& id, AgendaItem item) {
  auto found = find_meeting(data, id);
  if (!found) return found;
  Meeting m = found.value();
  if (m.status == MeetingStatus::cancelled || m.status == MeetingStatus::minutes_approved || m.status == MeetingStatus::published)
    return Error::conflict("", "no agenda items can be added to a meeting that is " + name(m.status));
  if (item.title.empty()) return Error::invalid("/title", "is required");
  if (m.items.size() >= kMaxAgendaItems)
    return Error::coded(ErrorKind::conflict, "", "meetings.too_many_items", {{"max", std::to_string(kMaxAgendaItems)}});
  for (size_t i = 0; i < item.attachments.size(); ++i)
    if (item.attachments[i].reference.empty())
      return Error::invalid("/attachments/" + std::to_string(i) + "/reference", "is required: a diary number or an address where the document is kept");
  int last = 0;
  for (const auto& existing : m.items) last = std::max(last, existing.number);
  item.number = last + 1;
  m.items.push_back(std::move(item));
  return m;
}

Result<Meeting> record_outcome(const Dataset& data, const std::string& id, int number, const std::string& text, bool decision) {
  auto found = find_meeting(data, id);
  if (!found) return found;
  Meeting m = found.value();
  if (text.empty()) return Error::invalid("/text", "is required");
  if (m.status != MeetingStatus::held && m.status != MeetingStatus::minutes_drafted)
    return Error::conflict("", "outcomes are recorded for a meeting that is held or whose minutes are being drafted, not one that is " + name(m.status));
  auto item = find_item(m, number);
  if (item == m.items.end()) return Error::not_found("", "the meeting has no agenda item " + std::to_string(number));
  if (decision) {
    const auto* body = data.bodies.find(m.body_id);
    if (body && !body->may_decide)
      return Error::conflict("/decision", body->name.in("en") + " may not decide: " +
                                             (body->may_decide_source.passage.empty() ? std::string("its agreement gives it no decision-making power")
                                                                                      : "\"" + body->may_decide_source.passage + "\"") +
                                             ". Record an agreed item instead.");
    const bool attendance_known = std::any_of(m.participants.begin(), m.participants.end(), [](auto& p) { return p.present.has_value(); });
    if (auto q = quorum_of(data, m, &*item); q && attendance_known && !q->reached)
      return Error::conflict("/decision", "the body has no quorum for item " + std::to_string(number) + ": " + std::to_string(q->present) + " of " +
                                              std::to_string(q->seats) + " seats present, more than half needed");
    item->decision = text;
  } else {
    item->agreed.push_back(text);
  }
  return m;
}

Result<Meeting> prefill_participants(const Dataset& data, const std::string& id) {
  auto found = find_meeting(data, id);
  if (!found) return found;
  Meeting m = found.value();
  if (m.status != MeetingStatus::planned && m.status != MeetingStatus::invited)
    return Error::conflict("", "participants are filled in before the meeting, not when it is " + name(m.status));
  if (!m.date) return Error::invalid("/date", "the meeting has no date");
  for (const auto* membership : data.members_of(m.body_id, *m.date)) {
    if (membership->role == Role::deputy_member || membership->role == Role::guest) continue;
    const bool known = std::any_of(m.participants.begin(), m.participants.end(), [&](auto& p) { return p.person_id == membership->person_id; });
    if (known) continue;
    Participant p;
    p.person_id = membership->person_id;
    p.post_id = membership->post_id;
    p.on_behalf_of_id = membership->on_behalf_of_id;
    p.role = membership->role;
    p.seat_category = membership->seat_category;
    m.participants.push_back(std::move(p));
  }
  return m;
}



Result<Meeting> record_attendance(const Dataset& data, const std::string& id, Participant a) {
  auto found = find_meeting(data, id);
  if (!found) return found;
  Meeting m = found.value();
  if (m.status != MeetingStatus::held && m.status != MeetingStatus::minutes_drafted)
    return Error::conflict("", "attendance is recorded for a meeting that is held, not one that is " + name(m.status));
  if (!data.persons.find(a.person_id)) return Error::invalid("/person_id", "no such person: " + a.person_id);
  if (auto e = check_span(a.arrived, a.left, "arrived", "left")) return *e;
  auto existing = std::find_if(m.participants.begin(), m.participants.end(), [&](auto& p) { return p.person_id == a.person_id; });
  if (!a.deputy_for.empty()) {
    auto member = std::find_if(m.participants.begin(), m.participants.end(), [&](auto& p) { return p.person_id == a.deputy_for; });
    if (member == m.participants.end()) return Error::invalid("/deputy_for", "the person stood in for is not a participant: " + a.deputy_for);
    if (member->present.value_or(false)) return Error::conflict("/deputy_for", "a deputy stands in only for an absent member");
    const bool deputy = std::any_of(data.memberships.items.begin(), data.memberships.items.end(), [&](const Membership& ms) {
      const auto* of = data.memberships.find(ms.deputy_of_id);
      return ms.person_id == a.person_id && ms.organization_id == m.body_id && ms.role == Role::deputy_member && of &&
             of->person_id == a.deputy_for && (!m.date || ms.active_on(*m.date));
    });
    if (!deputy) return Error::invalid("/deputy_for", "the person is not a deputy of " + a.deputy_for + " in this body on the meeting's date");
    a.role = Role::deputy_member;
    a.on_behalf_of_id = member->on_behalf_of_id;
    a.seat_category = member->seat_category;
  }
  if (a.role == Role::guest) {
    const auto* body = data.bodies.find(m.body_id);
    const bool invited_post = body && std::any_of(body->guests.begin(), body->guests.end(), [&](const GuestRule& g) { return g.post_id == a.post_id; });
    if (!invited_post) return Error::invalid("/post_id", "a guest attends by virtue of one of the body's guest posts");
  }
  if (existing != m.participants.end()) {
    existing->present = a.present;
    existing->arrived = a.arrived;
    existing->left = a.left;
    if (!a.deputy_for.empty()) *existing = a;
  } else {
    m.participants.push_back(std::move(a));
  }
  return m;
}

Result<Meeting> declare_disqualification(const Dataset& data, const std::string& id, int number, Disqualification d) {
  auto found = find_meeting(data, id);
  if (!found) return found;
  Meeting m = found.value();
  if (m.status == MeetingStatus::cancelled || m.status == MeetingStatus::minutes_approved || m.status == MeetingStatus::published)
    return Error::conflict("", "disqualifications are not recorded for a meeting that is " + name(m.status));
  auto item = find_item(m, number);
  if (item == m.items.end()) return Error::not_found("", "the meeting has no agenda item " + std::to_string(number));
  if (std::none_of(m.participants.begin(), m.participants.end(), [&](auto& p) { return p.person_id == d.person_id; }))
    return Error::invalid("/person_id", "only a participant can be disqualified: " + d.person_id);
  if (d.ground.empty()) return Error::invalid("/ground", "is required (Administrative Procedure Act 434/2003 § 28)");
  if (auto e = check_span(d.absent_from, d.absent_until, "absent_from", "absent_until")) return *e;
  item->disqualifications.push_back(std::move(d));
  return m;
}

Result<Meeting> record_item_attendance(const Dataset& data, const std::string& id, int number, ItemAttendance a) {
  auto found = find_meeting(data, id);
  if (!found) return found;
  Meeting m = found.value();
  if (m.status != MeetingStatus::held && m.status != MeetingStatus::minutes_drafted)
    return Error::conflict("", "attendance is recorded for a meeting that is held, not one that is " + name(m.status));
  auto item = find_item(m, number);
  if (item == m.items.end()) return Error::not_found("", "the meeting has no agenda item " + std::to_string(number));
  if (std::none_of(m.participants.begin(), m.participants.end(), [&](auto& p) { return p.person_id == a.person_id; }))
    return Error::invalid("/person_id", "only a participant's attendance is recorded: " + a.person_id);
  if (auto e = check_span(a.arrived, a.left, "arrived", "left")) return *e;
  auto existing = std::find_if(item->attendance.begin(), item->attendance.end(), [&](auto& x) { return x.person_id == a.person_id; });
  if (existing != item->attendance.end()) *existing = std::move(a);
  else item->attendance.push_back(std::move(a));
  return m;
}

Result<Meeting> attach(const Dataset& data, const std::string& id, int number, Attachment attachment) {
  auto found = find_meeting(data, id);
  if (!found) return found;
  Meeting m = found.value();
  if (m.status == MeetingStatus::cancelled || m.status == MeetingStatus::minutes_approved || m.status == MeetingStatus::published)
    return Error::conflict("", "attachments are not added to a meeting that is " + name(m.status));
  auto item = find_item(m, number);
  if (item == m.items.end()) return Error::not_found("", "the meeting has no agenda item " + std::to_string(number));
  if (attachment.title.empty()) return Error::invalid("/title", "is required");
  if (attachment.reference.empty()) return Error::invalid("/reference", "is required: a diary number or an address where the document is kept");
  item->attachments.push_back(std::move(attachment));
  return m;
}

Result<Meeting> name_checkers(const Dataset& data, const std::string& id, std::vector<std::string> person_ids) {
  auto found = find_meeting(data, id);
  if (!found) return found;
  Meeting m = found.value();
  if (m.status != MeetingStatus::held && m.status != MeetingStatus::minutes_drafted)
    return Error::conflict("", "checkers are named for a meeting that is held, not one that is " + name(m.status));
  if (person_ids.empty()) return Error::invalid("/person_ids", "name at least one checker");
  for (size_t i = 0; i < person_ids.size(); ++i) {
    auto p = std::find_if(m.participants.begin(), m.participants.end(), [&](auto& x) { return x.person_id == person_ids[i]; });
    if (p == m.participants.end() || !p->present.value_or(true))
      return Error::invalid("/person_ids/" + std::to_string(i), "a checker must be a participant who was present: " + person_ids[i]);
  }
  m.checker_ids = std::move(person_ids);
  return m;
}

std::vector<const Participant*> present_for(const Meeting& m, const AgendaItem* item) {
  std::vector<const Participant*> out;
  for (const auto& p : m.participants) {
    bool here = p.present.value_or(false);
    if (item) {
      for (const auto& dq : item->disqualifications)
        if (dq.person_id == p.person_id) here = false;
      for (const auto& a : item->attendance)
        if (a.person_id == p.person_id) here = a.present;
    }
    if (here) out.push_back(&p);
  }
  return out;
}

std::optional<Quorum> quorum_of(const Dataset& data, const Meeting& m, const AgendaItem* item) {
  const auto* body = data.bodies.find(m.body_id);
  if (!body || !body->may_decide || body->total_seats() == 0) return std::nullopt;
  Quorum q;
  q.seats = body->total_seats();
  for (const auto* p : present_for(m, item)) {
    const bool seat = p->role == Role::chair || p->role == Role::vice_chair || p->role == Role::member || (p->role == Role::deputy_member && !p->deputy_for.empty());
    if (seat) ++q.present;
  }
  q.reached = q.present * 2 > q.seats;
  return q;
}

Result<FollowUp> add_action(const Dataset& data, FollowUp a) {
  auto found = find_meeting(data, a.meeting_id);
  if (!found) return found.error();
  const Meeting& m = found.value();
  if (m.status == MeetingStatus::planned || m.status == MeetingStatus::invited || m.status == MeetingStatus::cancelled)
    return Error::conflict("", "actions are agreed in a meeting that was held, not one that is " + name(m.status));
  // Approved minutes are frozen: what was agreed is what they say.
  if (m.status == MeetingStatus::minutes_approved || m.status == MeetingStatus::published)
    return Error::coded(ErrorKind::conflict, "", "meetings.minutes_frozen");
  if (std::none_of(m.items.begin(), m.items.end(), [&](const AgendaItem& i) { return i.number == a.item_number; }))
    return Error::not_found("", "the meeting has no agenda item " + std::to_string(a.item_number));
  if (a.text.empty()) return Error::invalid("/text", "is required");
  if (a.responsible_organisation_id.empty() && a.responsible_person_id.empty())
    return Error::invalid("/responsible_organisation_id", "an action needs a responsible organisation or person");
  if (!a.responsible_organisation_id.empty() && !data.organisations.find(a.responsible_organisation_id))
    return Error::invalid("/responsible_organisation_id", "no such organisation: " + a.responsible_organisation_id);
  if (!a.responsible_person_id.empty() && !data.persons.find(a.responsible_person_id))
    return Error::invalid("/responsible_person_id", "no such person: " + a.responsible_person_id);
  int n = 1;
  for (const auto& other : data.actions.items) n += other.meeting_id == a.meeting_id;
  a.id = m.id + "-action-" + std::to_string(n);
  a.status = ActionStatus::open;
  a.closed_date.reset();
  return a;
}

Result<FollowUp> set_action_status(const Dataset& data, const std::string& id, ActionStatus status, const Date& day) {
  const auto* found = data.actions.find(id);
  if (!found) return Error::not_found("", "no such action: " + id);
  if (found->status == ActionStatus::done || found->status == ActionStatus::cancelled)
    return Error::conflict("/status", "the action is already " + std::string(name_of(found->status)));
  FollowUp a = *found;
  a.status = status;
  if (status == ActionStatus::done || status == ActionStatus::cancelled) a.closed_date = day;
  return a;
}

std::vector<const FollowUp*> carried_actions(const Dataset& data, const Meeting& meeting) {
  std::vector<const FollowUp*> out;
  if (!meeting.date || meeting.body_id.empty()) return out;
  for (const auto& a : data.actions.items) {
    const auto* origin = data.meetings.find(a.meeting_id);
    if (!origin || origin->id == meeting.id || origin->body_id != meeting.body_id || !origin->date || !(*origin->date < *meeting.date)) continue;
    if (a.open_on(*meeting.date)) out.push_back(&a);
  }
  return out;
}

}  // namespace yp
