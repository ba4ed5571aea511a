// Events: what happened, as evidence that duties count: meetings held, negotiations, approvals,
// reviews, deliveries, monitoring reports, evaluations, consultations, decisions. Recorded events
// are a collection of their own; meetings and approvals also count as events (duties/evidence.h).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/decimal.h"
#include "registry/model.h"

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
  production_change,
  explanation,
  welfare_report,  // the yearly welfare report to the council (612/2021 §§ 6–7)
  welfare_plan,    // the welfare report and plan of a council term
  publication,     // published on the public web (a plan, an agreement)
  amendment        // an agreement amended
};
YP_ENUM_NAMES(EventKind, "meeting", "negotiation", "approval", "review", "delivery", "monitoring_report",
              "evaluation", "consultation", "decision", "production_change", "explanation", "welfare_report",
              "welfare_plan", "publication", "amendment")

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
  std::string concerns_id;               // what it answers: e.g. the measurement an explanation is of
  Text description;
  Source source;  // the document or minutes paragraph it rests on
  std::string recorded_by;  // the account that recorded it through the API (empty: from the data files); not public
  std::vector<std::string> recorded_for;  // the grants it was recorded under ("coordinator:county-04"): public
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
  v.field("concerns_id", x.concerns_id, false);
  v.field("description", x.description, false);
  v.field("source", x.source, false);
  v.field("recorded_by", x.recorded_by, false);
  v.field("recorded_for", x.recorded_for, false);
}

// A dated parameter: a threshold or a date a rule uses, with the value in force from each date and
// the source of each value. A value a document does not state is not recorded.
struct ParameterValue {
  Date from;
  std::string value;  // a decimal number written with a point: "5", "-2.5"
  Source source;
};
template <class V>
void fields(V& v, ParameterValue& x) {
  v.field("from", x.from);
  v.field("value", x.value);
  v.field("source", x.source, false);
}

struct Parameter {
  std::string id;
  Text title;
  std::string unit;
  std::vector<ParameterValue> values;
  Source source;

  // The value in force on `day` (the latest from on or before it), or nothing.
  const ParameterValue* on(const Date& day) const {
    const ParameterValue* found = nullptr;
    for (const auto& v : values)
      if (v.from <= day && (!found || found->from < v.from)) found = &v;
    return found;
  }
};
template <class V>
void fields(V& v, Parameter& x) {
  v.field("id", x.id);
  v.field("title", x.title);
  v.field("unit", x.unit, false);
  v.field("values", x.values, false);
  v.field("source", x.source, false);
}

// A measured value (a month's budget deviation of a member, an indicator's value), dated.
struct Measurement {
  std::string id;
  std::string measure;     // e.g. "budget_deviation_percent"
  std::string subject_id;  // whose value it is: an organisation
  Date date;
  std::string value;       // a decimal number written with a point
  Text description;
  Source source;
};
template <class V>
void fields(V& v, Measurement& x) {
  v.field("id", x.id);
  v.field("measure", x.measure);
  v.field("subject_id", x.subject_id);
  v.field("date", x.date);
  v.field("value", x.value);
  v.field("description", x.description, false);
  v.field("source", x.source, false);
}

}  // namespace yp
