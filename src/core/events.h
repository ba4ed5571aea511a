// Events: what happened, as evidence that duties count: meetings held, negotiations, approvals,
// reviews, deliveries, monitoring reports, evaluations, consultations, decisions. Recorded events
// are a collection of their own; meetings and approvals also count as events (duties/evidence.h).
#pragma once
#include <string>
#include <vector>

#include "core/registry.h"

namespace yp {

enum class EventKind {
  meeting,
  negotiation,
  approval,
  review,
  delivery,
  monitoring_report,
  evaluation,
  consultation,
  decision,
  production_change
};
YP_ENUM_NAMES(EventKind, "meeting", "negotiation", "approval", "review", "delivery", "monitoring_report",
              "evaluation", "consultation", "decision", "production_change")

struct Event {
  std::string id;
  EventKind kind = EventKind::meeting;
  Date date;
  std::vector<std::string> party_ids;    // the parties present or acting
  std::string body_id;                   // the body that met or decided
  std::string agreement_id;              // the agreement reviewed, delivered, evaluated, …
  std::vector<std::string> legal_basis;  // statute sections the event is held under
  std::string topic;                     // e.g. "hyte" for welfare and health promotion
  std::string meeting_id;                // the recorded meeting it comes from
  Text description;
  Source source;  // the document or minutes paragraph it rests on
};
template <class V>
void fields(V& v, Event& x) {
  v.field("id", x.id);
  v.field("kind", x.kind);
  v.field("date", x.date);
  v.field("party_ids", x.party_ids, false);
  v.field("body_id", x.body_id, false);
  v.field("agreement_id", x.agreement_id, false);
  v.field("legal_basis", x.legal_basis, false);
  v.field("topic", x.topic, false);
  v.field("meeting_id", x.meeting_id, false);
  v.field("description", x.description, false);
  v.field("source", x.source, false);
}

}  // namespace yp
