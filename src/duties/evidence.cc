#include "duties/evidence.h"

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

}  // namespace yp
