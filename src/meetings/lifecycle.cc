#include "meetings/lifecycle.h"

#include <algorithm>
#include <cctype>

#include "core/refusal.h"
#include "registry/naming.h"

namespace yp {
namespace {

const Refusals refuse("meetings");

// A meeting's status as a parameter of a message, in the reader's language.
Param status_param(const char* param, MeetingStatus s) { return refuse.message(param, "status." + std::string(name_of(s))); }
Param status_param(MeetingStatus s) { return status_param("status", s); }
Param action_status_param(ActionStatus s) { return refuse.message("status", "action_status." + std::string(name_of(s))); }

Result<Meeting> find_meeting(const Dataset& data, const std::string& id) {
  const auto* m = data.meetings.find(id);
  if (!m) return refuse(ErrorKind::not_found, "", "no_meeting", {{"id", id}});
  return *m;
}

Error no_item(int number) { return refuse(ErrorKind::not_found, "", "no_item", {{"number", std::to_string(number)}}); }
Error required(const char* path) { return Error::coded(ErrorKind::invalid, path, "codec.required"); }

std::vector<AgendaItem>::iterator find_item(Meeting& m, int number) {
  return std::find_if(m.items.begin(), m.items.end(), [&](const AgendaItem& i) { return i.number == number; });
}

// The address of a remote meeting is a web address (it is shown as a link).
std::optional<Error> check_link(const std::string& link) {
  if (!link.empty() && link.rfind("https://", 0) != 0 && link.rfind("http://", 0) != 0) return refuse(ErrorKind::invalid, "/online_link", "not_a_link");
  return std::nullopt;
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
  if (!body) return Error::coded(ErrorKind::not_found, "/body_id", "bodies.no_body", {{"id", m.body_id}});
  if (!m.date) return required("/date");
  if (auto e = check_span(m.start_time, m.end_time, "start_time", "end_time")) return *e;
  if (auto e = check_link(m.online_link)) return *e;
  if (m.title.empty()) m.title = body->name;
  int last = 0;
  for (const auto& other : data.meetings.items)
    if (other.body_id == m.body_id && other.date && other.date->year == m.date->year) last = std::max(last, other.number);
  m.number = last + 1;
  m.id = m.body_id + "-" + std::to_string(m.date->year) + "-" + std::to_string(m.number);
  if (data.meetings.find(m.id)) return refuse(ErrorKind::conflict, "/id", "id_taken", {{"id", m.id}});
  m.kind = MeetingKind::body_meeting;
  m.status = MeetingStatus::planned;
  m.history = {{MeetingStatus::planned, today, ""}};
  if (m.party_ids.empty()) m.party_ids = body->party_ids;
  if (m.organiser_id.empty()) m.organiser_id = body->convener_id.empty() ? body->secretary_organization_id : body->convener_id;
  return m;
}

Result<Meeting> plan_negotiation(const Dataset& data, Meeting m, const Date& today) {
  if (m.organiser_id.empty()) return required("/organiser_id");
  if (!data.organisations.find(m.organiser_id))
    return Error::coded(ErrorKind::invalid, "/organiser_id", "registry.no_organisation", {{"id", m.organiser_id}});
  if (!m.date) return required("/date");
  // The parties as the request names them (its pointers are to its own list), each there on the day.
  const auto dissolved = [&](const std::string& id) {
    const auto* o = data.organisations.find(id);
    return o && o->dissolution_date && *o->dissolution_date <= *m.date;
  };
  if (dissolved(m.organiser_id)) return refuse(ErrorKind::invalid, "/organiser_id", "dissolved", {name_param("party", org_name(data, m.organiser_id))});
  for (size_t i = 0; i < m.party_ids.size(); ++i) {
    const std::string at = "/party_ids/" + std::to_string(i);
    if (!data.organisations.find(m.party_ids[i])) return Error::coded(ErrorKind::invalid, at, "registry.no_organisation", {{"id", m.party_ids[i]}});
    if (dissolved(m.party_ids[i])) return refuse(ErrorKind::invalid, at, "dissolved", {name_param("party", org_name(data, m.party_ids[i]))});
    if (std::find(m.party_ids.begin(), m.party_ids.begin() + static_cast<long>(i), m.party_ids[i]) != m.party_ids.begin() + static_cast<long>(i))
      return refuse(ErrorKind::invalid, at, "party_twice", {name_param("party", org_name(data, m.party_ids[i]))});
  }
  if (std::find(m.party_ids.begin(), m.party_ids.end(), m.organiser_id) == m.party_ids.end()) m.party_ids.insert(m.party_ids.begin(), m.organiser_id);
  if (m.party_ids.size() < 2) return refuse(ErrorKind::invalid, "/party_ids", "negotiation_parties");
  for (size_t i = 0; i < m.legal_basis.size(); ++i)
    if (!data.statute_sections.find(m.legal_basis[i]))
      return refuse(ErrorKind::invalid, "/legal_basis/" + std::to_string(i), "no_section", {{"id", m.legal_basis[i]}});
  if (auto e = check_span(m.start_time, m.end_time, "start_time", "end_time")) return *e;
  if (auto e = check_link(m.online_link)) return *e;
  if (m.title.empty()) {
    // "Neuvottelu: Espoon kaupunki – Länsi-Uudenmaan hyvinvointialue", in each language.
    m.title = {"Neuvottelu: ", "Förhandling: ", "Negotiation: "};
    for (size_t i = 0; i < m.party_ids.size(); ++i) {
      const Text name = org_name(data, m.party_ids[i]);
      const char* between = i == 0 ? "" : " – ";
      m.title.fi += between + name.fi;
      m.title.sv += between + (name.sv.empty() ? name.fi : name.sv);
      m.title.en += between + (name.en.empty() ? name.fi : name.en);
    }
  }
  int last = 0;
  for (const auto& other : data.meetings.items)
    if (other.kind == MeetingKind::negotiation && other.body_id.empty() && other.organiser_id == m.organiser_id && other.date &&
        other.date->year == m.date->year)
      last = std::max(last, other.number);
  m.number = last + 1;
  m.id = "negotiation-" + m.organiser_id + "-" + std::to_string(m.date->year) + "-" + std::to_string(m.number);
  if (data.meetings.find(m.id)) return refuse(ErrorKind::conflict, "/id", "id_taken", {{"id", m.id}});
  m.kind = MeetingKind::negotiation;
  m.body_id.clear();
  m.status = MeetingStatus::planned;
  m.history = {{MeetingStatus::planned, today, ""}};
  return m;
}

namespace {

// The meeting and its agenda item `number`, for a change of the item's record before the minutes
// are approved; the item's iterator is into `out`.
Result<std::vector<AgendaItem>::iterator> open_item(const Dataset& data, const std::string& id, int number, Meeting& out, bool held_only) {
  auto found = find_meeting(data, id);
  if (!found) return found.error();
  out = found.value();
  const bool held = out.status == MeetingStatus::held || out.status == MeetingStatus::minutes_drafted;
  if (held_only ? !held : (out.status == MeetingStatus::cancelled || out.status == MeetingStatus::minutes_approved || out.status == MeetingStatus::published))
    return refuse(ErrorKind::conflict, "", held_only ? "outcome_when" : "record_when", {status_param(out.status)});
  auto item = find_item(out, number);
  if (item == out.items.end()) return no_item(number);
  return item;
}

}  // namespace

Result<Meeting> record_statement(const Dataset& data, const std::string& id, int number, Statement s) {
  Meeting m;
  auto item = open_item(data, id, number, m, true);
  if (!item) return item.error();
  if ((*item)->statements.size() >= kMaxItemEntries) return refuse(ErrorKind::conflict, "", "too_many_entries", {{"max", std::to_string(kMaxItemEntries)}});
  if (s.on_behalf_of_id.empty()) return required("/on_behalf_of_id");
  if (std::find(m.party_ids.begin(), m.party_ids.end(), s.on_behalf_of_id) == m.party_ids.end())
    return refuse(ErrorKind::invalid, "/on_behalf_of_id", "not_a_party", {name_param("party", org_name(data, s.on_behalf_of_id))});
  for (size_t i = 0; i < s.person_ids.size(); ++i) {
    if (!data.persons.find(s.person_ids[i]))
      return Error::coded(ErrorKind::invalid, "/person_ids/" + std::to_string(i), "registry.no_person", {{"id", s.person_ids[i]}});
    // A participant speaks for the side they take part for.
    const auto p = std::find_if(m.participants.begin(), m.participants.end(), [&](const Participant& x) { return x.person_id == s.person_ids[i]; });
    if (p != m.participants.end() && !p->on_behalf_of_id.empty() && p->on_behalf_of_id != s.on_behalf_of_id)
      return refuse(ErrorKind::invalid, "/person_ids/" + std::to_string(i), "speaker_other_side",
                    {person_param(data, s.person_ids[i]), name_param("party", org_name(data, p->on_behalf_of_id))});
  }
  std::erase_if(s.points, [](const std::string& p) { return p.find_first_not_of(" \t\r\n") == std::string::npos; });
  if (s.points.empty()) return refuse(ErrorKind::invalid, "/points", "point_needed");
  (*item)->statements.push_back(std::move(s));
  return m;
}

Result<Meeting> record_discussion(const Dataset& data, const std::string& id, int number, const std::string& point) {
  Meeting m;
  auto item = open_item(data, id, number, m, true);
  if (!item) return item.error();
  if ((*item)->discussion.size() >= kMaxItemEntries) return refuse(ErrorKind::conflict, "", "too_many_entries", {{"max", std::to_string(kMaxItemEntries)}});
  (*item)->discussion.push_back(point);
  return m;
}

Result<Meeting> record_proposal(const Dataset& data, const std::string& id, int number, const std::string& proposal, const std::string& presenter_id) {
  Meeting m;
  auto item = open_item(data, id, number, m, false);
  if (!item) return item.error();
  if (!presenter_id.empty() && !data.persons.find(presenter_id))
    return Error::coded(ErrorKind::invalid, "/presenter_id", "registry.no_person", {{"id", presenter_id}});
  (*item)->proposal = proposal;
  if (!presenter_id.empty()) (*item)->presenter_id = presenter_id;
  return m;
}

Result<Meeting> move_meeting(const Dataset& data, const std::string& id, MeetingStatus to, const Date& day, const std::string& reason) {
  auto found = find_meeting(data, id);
  if (!found) return found;
  Meeting m = found.value();
  if (m.status == to) return refuse(ErrorKind::conflict, "/to", "already", {status_param(to)});
  if (!may_move(m.status, to)) return refuse(ErrorKind::conflict, "/to", "cannot_move", {status_param("from", m.status), status_param("to", to)});
  if (to == MeetingStatus::cancelled && reason.empty()) return refuse(ErrorKind::invalid, "/reason", "cancel_needs_reason");
  if (to == MeetingStatus::held && m.date && day < *m.date) return refuse(ErrorKind::invalid, "/date", "held_before_date", {{"date", m.date->finnish()}});
  m.status = to;
  m.history.push_back({to, day, reason});
  return m;
}

Result<Meeting> add_agenda_item(const Dataset& data, const std::string& id, AgendaItem item) {
  auto found = find_meeting(data, id);
  if (!found) return found;
  Meeting m = found.value();
  if (m.status == MeetingStatus::cancelled || m.status == MeetingStatus::minutes_approved || m.status == MeetingStatus::published)
    return refuse(ErrorKind::conflict, "", "closed_for_items", {status_param(m.status)});
  if (item.title.empty()) return required("/title");
  if (m.items.size() >= kMaxAgendaItems)
    return Error::coded(ErrorKind::conflict, "", "meetings.too_many_items", {{"max", std::to_string(kMaxAgendaItems)}});
  for (size_t i = 0; i < item.attachments.size(); ++i)
    if (item.attachments[i].reference.empty())
      return refuse(ErrorKind::invalid, "/attachments/" + std::to_string(i) + "/reference", "reference_needed");
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
  if (text.empty()) return required("/text");
  if (m.status != MeetingStatus::held && m.status != MeetingStatus::minutes_drafted)
    return refuse(ErrorKind::conflict, "", "outcome_when", {status_param(m.status)});
  auto item = find_item(m, number);
  if (item == m.items.end()) return no_item(number);
  if (decision) {
    // A negotiation between parties agrees; it decides nothing (each party decides in its own bodies).
    if (m.body_id.empty()) return refuse(ErrorKind::conflict, "/decision", "negotiation_decides_nothing");
    const auto* body = data.bodies.find(m.body_id);
    if (body && !body->may_decide) {
      const auto& passage = body->may_decide_source.passage;
      if (passage.empty()) return refuse(ErrorKind::conflict, "/decision", "may_not_decide_at_all", {name_param("body", body->name)});
      return refuse(ErrorKind::conflict, "/decision", "may_not_decide", {name_param("body", body->name), {"passage", passage}});
    }
    const bool attendance_known = std::any_of(m.participants.begin(), m.participants.end(), [](auto& p) { return p.present.has_value(); });
    if (auto q = quorum_of(data, m, &*item); q && attendance_known && !q->reached)
      return refuse(ErrorKind::conflict, "/decision", "no_quorum",
                    {{"number", std::to_string(number)}, {"present", std::to_string(q->present)}, {"seats", std::to_string(q->seats)}});
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
    return refuse(ErrorKind::conflict, "", "participants_when", {status_param(m.status)});
  if (!m.date) return refuse(ErrorKind::invalid, "/date", "no_date");
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
    return refuse(ErrorKind::conflict, "", "attendance_when", {status_param(m.status)});
  if (!data.persons.find(a.person_id)) return Error::coded(ErrorKind::invalid, "/person_id", "registry.no_person", {{"id", a.person_id}});
  if (auto e = check_span(a.arrived, a.left, "arrived", "left")) return *e;
  auto existing = std::find_if(m.participants.begin(), m.participants.end(), [&](auto& p) { return p.person_id == a.person_id; });
  if (!a.deputy_for.empty()) {
    auto member = std::find_if(m.participants.begin(), m.participants.end(), [&](auto& p) { return p.person_id == a.deputy_for; });
    if (member == m.participants.end()) return refuse(ErrorKind::invalid, "/deputy_for", "not_a_participant", {person_param(data, a.deputy_for)});
    if (member->present.value_or(false)) return refuse(ErrorKind::conflict, "/deputy_for", "member_present", {person_param(data, a.deputy_for)});
    const bool deputy = std::any_of(data.memberships.items.begin(), data.memberships.items.end(), [&](const Membership& ms) {
      const auto* of = data.memberships.find(ms.deputy_of_id);
      return ms.person_id == a.person_id && ms.organization_id == m.body_id && ms.role == Role::deputy_member && of &&
             of->person_id == a.deputy_for && (!m.date || ms.active_on(*m.date));
    });
    if (!deputy)
      return refuse(ErrorKind::invalid, "/deputy_for", "not_a_deputy_of", {person_param(data, a.person_id), person_param(data, a.deputy_for, "member")});
    a.role = Role::deputy_member;
    a.on_behalf_of_id = member->on_behalf_of_id;
    a.seat_category = member->seat_category;
  }
  // One takes part on behalf of one of the meeting's parties (a guest by virtue of a post excepted).
  if (a.role != Role::guest && a.deputy_for.empty() && !a.on_behalf_of_id.empty() && !m.party_ids.empty() &&
      std::find(m.party_ids.begin(), m.party_ids.end(), a.on_behalf_of_id) == m.party_ids.end())
    return refuse(ErrorKind::invalid, "/on_behalf_of_id", "not_a_party", {name_param("party", org_name(data, a.on_behalf_of_id))});
  if (a.role == Role::guest) {
    const auto* body = data.bodies.find(m.body_id);
    const bool invited_post = body && std::any_of(body->guests.begin(), body->guests.end(), [&](const GuestRule& g) { return g.post_id == a.post_id; });
    if (!invited_post) return refuse(ErrorKind::invalid, "/post_id", "guest_post");
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
    return refuse(ErrorKind::conflict, "", "disqualification_when", {status_param(m.status)});
  auto item = find_item(m, number);
  if (item == m.items.end()) return no_item(number);
  if (std::none_of(m.participants.begin(), m.participants.end(), [&](auto& p) { return p.person_id == d.person_id; }))
    return refuse(ErrorKind::invalid, "/person_id", "not_a_participant", {person_param(data, d.person_id)});
  if (d.ground.empty()) return refuse(ErrorKind::invalid, "/ground", "ground_needed");
  if (auto e = check_span(d.absent_from, d.absent_until, "absent_from", "absent_until")) return *e;
  item->disqualifications.push_back(std::move(d));
  return m;
}

Result<Meeting> record_item_attendance(const Dataset& data, const std::string& id, int number, ItemAttendance a) {
  auto found = find_meeting(data, id);
  if (!found) return found;
  Meeting m = found.value();
  if (m.status != MeetingStatus::held && m.status != MeetingStatus::minutes_drafted)
    return refuse(ErrorKind::conflict, "", "attendance_when", {status_param(m.status)});
  auto item = find_item(m, number);
  if (item == m.items.end()) return no_item(number);
  if (std::none_of(m.participants.begin(), m.participants.end(), [&](auto& p) { return p.person_id == a.person_id; }))
    return refuse(ErrorKind::invalid, "/person_id", "not_a_participant", {person_param(data, a.person_id)});
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
    return refuse(ErrorKind::conflict, "", "attach_when", {status_param(m.status)});
  auto item = find_item(m, number);
  if (item == m.items.end()) return no_item(number);
  if (attachment.title.empty()) return required("/title");
  if (attachment.reference.empty()) return refuse(ErrorKind::invalid, "/reference", "reference_needed");
  item->attachments.push_back(std::move(attachment));
  return m;
}

Result<Meeting> name_checkers(const Dataset& data, const std::string& id, std::vector<std::string> person_ids) {
  auto found = find_meeting(data, id);
  if (!found) return found;
  Meeting m = found.value();
  if (m.status != MeetingStatus::held && m.status != MeetingStatus::minutes_drafted)
    return refuse(ErrorKind::conflict, "", "checkers_when", {status_param(m.status)});
  if (person_ids.empty()) return refuse(ErrorKind::invalid, "/person_ids", "checker_needed");
  for (size_t i = 0; i < person_ids.size(); ++i) {
    auto p = std::find_if(m.participants.begin(), m.participants.end(), [&](auto& x) { return x.person_id == person_ids[i]; });
    if (p == m.participants.end() || !p->present.value_or(true))
      return refuse(ErrorKind::invalid, "/person_ids/" + std::to_string(i), "checker_present", {person_param(data, person_ids[i])});
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
    return refuse(ErrorKind::conflict, "", "actions_when", {status_param(m.status)});
  // Approved minutes are frozen: what was agreed is what they say.
  if (m.status == MeetingStatus::minutes_approved || m.status == MeetingStatus::published)
    return refuse(ErrorKind::conflict, "", "minutes_frozen");
  if (std::none_of(m.items.begin(), m.items.end(), [&](const AgendaItem& i) { return i.number == a.item_number; })) return no_item(a.item_number);
  if (a.text.empty()) return required("/text");
  if (a.responsible_organisation_id.empty() && a.responsible_person_id.empty())
    return refuse(ErrorKind::invalid, "/responsible_organisation_id", "action_responsible");
  if (!a.responsible_organisation_id.empty() && !data.organisations.find(a.responsible_organisation_id))
    return Error::coded(ErrorKind::invalid, "/responsible_organisation_id", "registry.no_organisation", {{"id", a.responsible_organisation_id}});
  if (!a.responsible_person_id.empty() && !data.persons.find(a.responsible_person_id))
    return Error::coded(ErrorKind::invalid, "/responsible_person_id", "registry.no_person", {{"id", a.responsible_person_id}});
  if (a.due_date && m.date && *a.due_date < *m.date) return refuse(ErrorKind::invalid, "/due_date", "due_before_meeting", {{"date", m.date->finnish()}});
  int n = 1;
  for (const auto& other : data.actions.items) n += other.meeting_id == a.meeting_id;
  a.id = m.id + "-action-" + std::to_string(n);
  a.status = ActionStatus::open;
  a.closed_date.reset();
  a.corrections.clear();  // a new action has no history
  return a;
}

Result<FollowUp> set_action_status(const Dataset& data, const std::string& id, ActionStatus status, const Date& day, const std::string& reason,
                                   const Date& today) {
  const auto* found = data.actions.find(id);
  if (!found) return refuse(ErrorKind::not_found, "", "no_action", {{"id", id}});
  if (found->status == status) return *found;  // nothing to change: the same answer again
  const auto closed = [](ActionStatus s) { return s == ActionStatus::done || s == ActionStatus::cancelled; };
  FollowUp a = *found;
  if (closed(found->status)) {
    // A closed action opens again only as a correction (a "done" clicked by mistake), with its reason.
    if (reason.empty()) return refuse(ErrorKind::conflict, "/reason", "action_closed", {action_status_param(found->status)});
    // Dated the day it is made; the audit trail keeps the status and closing day it corrects.
    a.corrections.push_back({today, reason, {"status", "closed_date"}});
  } else if (!reason.empty()) {
    return refuse(ErrorKind::invalid, "/reason", "reason_only_to_reopen");
  }
  a.status = status;
  a.closed_date.reset();
  if (closed(status)) a.closed_date = day;
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
