#include "duties/evidence.h"

#include <algorithm>

namespace yp {

std::vector<Event> implied_events(const Dataset& data) {
  std::vector<Event> out;
  for (const auto& m : data.meetings.items) {
    // Only a meeting that took place counts: planned, invited and cancelled ones do not.
    if (!m.date || m.status == MeetingStatus::planned || m.status == MeetingStatus::invited || m.status == MeetingStatus::cancelled) continue;
    for (const auto& item : m.items) {
      if (item.decision.empty() || m.body_id.empty() || m.kind != MeetingKind::body_meeting) continue;
      Event d;
      d.id = "decision:" + m.id + ":" + std::to_string(item.number);
      d.kind = EventKind::decision;
      d.date = *m.date;
      d.party_ids = m.party_ids;
      d.body_id = m.body_id;
      d.meeting_id = m.id;
      if (m.is_public) d.description = item.title;
      out.push_back(std::move(d));
    }
    Event e;
    e.id = "meeting:" + m.id;
    e.kind = m.kind == MeetingKind::negotiation ? EventKind::negotiation : EventKind::meeting;
    e.date = *m.date;
    e.party_ids = m.party_ids;
    e.body_id = m.body_id;
    e.legal_basis = m.legal_basis;
    e.topic = m.topic;
    e.meeting_id = m.id;
    if (m.is_public) {  // a non-public meeting counts, but its title and source stay out of verdicts
      e.description = m.title;
      e.source = m.source;
    }
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

EventIndex::EventIndex(const Dataset& data) : implied_(implied_events(data)), by_kind_(names_of(EventKind{}).size()) {
  facts_.reserve(data.events.items.size() + implied_.size());
  auto add = [&](const Event& e) {
    Fact f{static_cast<std::int32_t>(e.date.days_since_epoch()), e.kind,
           e.body_id.empty() ? kNone : intern(e.body_id), e.agreement_id.empty() ? kNone : intern(e.agreement_id),
           e.topic.empty() ? kNone : intern(e.topic), e.concerns_id.empty() ? kNone : intern(e.concerns_id),
           static_cast<std::uint32_t>(parties_.size()), static_cast<std::uint32_t>(bases_.size()),
           static_cast<std::uint16_t>(e.party_ids.size()), static_cast<std::uint16_t>(e.legal_basis.size()), &e};
    for (const auto& p : e.party_ids) parties_.push_back(intern(p));
    for (const auto& b : e.legal_basis) bases_.push_back(intern(b));
    facts_.push_back(f);
  };
  for (const auto& e : data.events.items) add(e);
  for (const auto& e : implied_) add(e);
  // One sort by day (ties keep their order); every list is then filled in date order.
  std::stable_sort(facts_.begin(), facts_.end(), [](const Fact& a, const Fact& b) { return a.day < b.day; });
  for (std::uint32_t at = 0; at < facts_.size(); ++at) {
    const Fact& f = facts_[at];
    by_kind_[static_cast<size_t>(f.kind)].push_back(at);
    for (std::uint32_t i = 0; i < f.parties_n; ++i) by_party_[key(f.kind, parties_[f.parties_at + i])].push_back(at);
    if (f.body != kNone) by_body_[key(f.kind, f.body)].push_back(at);
    if (f.agreement != kNone) by_agreement_[key(f.kind, f.agreement)].push_back(at);
  }
}

std::int32_t EventIndex::intern(const std::string& id) {
  auto [it, added] = ids_.try_emplace(id, static_cast<std::int32_t>(ids_.size()));
  return it->second;
}

std::int32_t EventIndex::id_of(std::string_view id) const {
  auto it = ids_.find(id);
  return it == ids_.end() ? kNone : it->second;
}

bool EventIndex::has_party(const Fact& f, std::int32_t party) const {
  for (std::uint32_t i = 0; i < f.parties_n; ++i)
    if (parties_[f.parties_at + i] == party) return true;
  return false;
}

bool EventIndex::has_basis(const Fact& f, std::int32_t basis) const {
  for (std::uint32_t i = 0; i < f.bases_n; ++i)
    if (bases_[f.bases_at + i] == basis) return true;
  return false;
}

const EventIndex::List& EventIndex::find(const std::unordered_map<std::uint64_t, List>& map, EventKind kind, std::int32_t id) const {
  if (id == kNone) return empty_;
  auto it = map.find(key(kind, id));
  return it == map.end() ? empty_ : it->second;
}

const EventIndex::List& EventIndex::of_kind(EventKind kind) const { return by_kind_[static_cast<size_t>(kind)]; }
const EventIndex::List& EventIndex::with_party(EventKind kind, std::int32_t party) const { return find(by_party_, kind, party); }
const EventIndex::List& EventIndex::with_body(EventKind kind, std::int32_t body) const { return find(by_body_, kind, body); }
const EventIndex::List& EventIndex::with_agreement(EventKind kind, std::int32_t agreement) const {
  return find(by_agreement_, kind, agreement);
}

std::pair<EventIndex::List::const_iterator, EventIndex::List::const_iterator> EventIndex::between(const List& list, long from,
                                                                                                  long until) const {
  auto first = std::lower_bound(list.begin(), list.end(), from, [&](std::uint32_t at, long d) { return facts_[at].day < d; });
  auto last = std::upper_bound(first, list.end(), until, [&](long d, std::uint32_t at) { return d < facts_[at].day; });
  return {first, last};
}

}  // namespace yp
