#include "duties/evidence.h"

#include <algorithm>
#include <tuple>

namespace yp {

std::vector<Event> all_events(const Dataset& data) {
  std::vector<Event> out = data.events.items;
  for (const auto& m : data.meetings.items) {
    if (!m.date) continue;
    Event e;
    e.id = "meeting:" + m.id;
    e.kind = m.kind == MeetingKind::negotiation ? EventKind::negotiation : EventKind::meeting;
    e.date = *m.date;
    e.party_ids = m.party_ids;
    e.body_id = m.body_id;
    e.legal_basis = m.legal_basis;
    e.meeting_id = m.id;
    e.description = m.title;
    e.source = m.source;
    out.push_back(std::move(e));
  }
  for (const auto& a : data.approvals.items) {
    Event e;
    e.id = "approval:" + a.id;
    e.kind = EventKind::approval;
    e.date = a.date;
    e.party_ids = {a.party_id};
    e.agreement_id = a.agreement_id;
    e.description = a.approving_body;
    e.source = a.source;
    out.push_back(std::move(e));
  }
  return out;
}

EventIndex::EventIndex(std::vector<Event> events) : events_(std::move(events)) {
  std::sort(events_.begin(), events_.end(), [](const Event& a, const Event& b) { return std::tie(a.date, a.id) < std::tie(b.date, b.id); });
  for (const auto& e : events_) {
    by_kind_[e.kind].push_back(&e);
    for (const auto& p : e.party_ids) by_party_[{e.kind, p}].push_back(&e);
    if (!e.body_id.empty()) by_body_[{e.kind, e.body_id}].push_back(&e);
    if (!e.agreement_id.empty()) by_agreement_[{e.kind, e.agreement_id}].push_back(&e);
  }
}

const EventIndex::List& EventIndex::of_kind(EventKind kind) const {
  auto it = by_kind_.find(kind);
  return it == by_kind_.end() ? empty_ : it->second;
}
const EventIndex::List& EventIndex::with_party(EventKind kind, const std::string& party) const {
  auto it = by_party_.find({kind, party});
  return it == by_party_.end() ? empty_ : it->second;
}
const EventIndex::List& EventIndex::with_body(EventKind kind, const std::string& body) const {
  auto it = by_body_.find({kind, body});
  return it == by_body_.end() ? empty_ : it->second;
}
const EventIndex::List& EventIndex::with_agreement(EventKind kind, const std::string& agreement) const {
  auto it = by_agreement_.find({kind, agreement});
  return it == by_agreement_.end() ? empty_ : it->second;
}

std::pair<EventIndex::List::const_iterator, EventIndex::List::const_iterator> EventIndex::between(const List& list, const Date& from,
                                                                                                  const Date& until) {
  auto first = std::lower_bound(list.begin(), list.end(), from, [](const Event* e, const Date& d) { return e->date < d; });
  auto last = std::upper_bound(first, list.end(), until, [](const Date& d, const Event* e) { return d < e->date; });
  return {first, last};
}

}  // namespace yp
