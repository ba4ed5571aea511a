// The goals capability's part of the Dataset's validation (program/validator.h): what its
// entities refer to exists, its dates run forwards, its rules are coherent.
#include "goals/manifest.h"

#include "program/validator.h"

namespace yp {

void GoalsManifest::validate(Validator& v) {
  const Dataset& d = v.data;
  for (const auto& x : d.priorities.items) {
    v.ref("/priorities/" + x.id + "/agreement_id", x.agreement_id, d.agreements, "agreement");
    v.ref("/priorities/" + x.id + "/body_id", x.body_id, d.bodies, "body");
    v.source("/priorities/" + x.id, x.source);
  }
  for (const auto& x : d.indicators.items) {
    const std::string p = "/indicators/" + x.id;
    if (x.baseline) v.decimal(p + "/baseline/value", x.baseline->value);
    for (size_t i = 0; i < x.targets.size(); ++i) v.decimal(p + "/targets/" + std::to_string(i) + "/value", x.targets[i].value);
    v.source(p, x.source);
  }
  for (const auto& x : d.goals.items) {
    v.ref("/goals/" + x.id + "/priority_id", x.priority_id, d.priorities, "priority");
    v.refs("/goals/" + x.id + "/indicator_ids", x.indicator_ids, d.indicators, "indicator");
    v.source("/goals/" + x.id, x.source);
  }
  for (const auto& x : d.responsibility_pairs.items) {
    const std::string p = "/responsibility_pairs/" + x.id;
    v.ref(p + "/goal_id", x.goal_id, d.goals, "goal");
    v.ref(p + "/person_id", x.person_id, d.persons, "person");
    v.ref(p + "/hus_person_id", x.hus_person_id, d.persons, "person");
    v.org(p + "/party_id", x.party_id);
    v.org(p + "/hus_party_id", x.hus_party_id);
    if (x.end_date && *x.end_date < x.start_date) v.errors.push_back(Error::invalid(p + "/end_date", "is before the start date"));
  }
  for (const auto& x : d.indicator_values.items) {
    const std::string p = "/indicator_values/" + x.id;
    v.ref(p + "/indicator_id", x.indicator_id, d.indicators, "indicator");
    v.org(p + "/region_id", x.region_id);
    v.decimal(p + "/value", x.value);
  }
}

}  // namespace yp
