// The budget capability's part of the Dataset's validation (program/validator.h): what its
// entities refer to exists, its dates run forwards, its rules are coherent.
#include "budget/manifest.h"

#include "program/validator.h"

namespace yp {

void BudgetManifest::validate(Validator& v) {
  const Dataset& d = v.data;
  for (const auto& rules : d.budget_rules.items) {
    const std::string p = "/budget_rules/" + rules.id;
    v.ref(p + "/agreement_id", rules.agreement_id, d.agreements, "agreement");
    v.ref(p + "/confirming_body_id", rules.confirming_body_id, d.bodies, "body");
    if (rules.plan_years < 1) v.errors.push_back(Error::invalid(p + "/plan_years", "must be 1 or more"));
    if (rules.stages.empty()) v.errors.push_back(Error::invalid(p + "/stages", "names at least one stage of the frame"));
    v.source(p, rules.source);
  }
  for (const auto& f : d.budget_frames.items) {
    const std::string p = "/budget_frames/" + f.id;
    v.ref(p + "/rules_id", f.rules_id, d.budget_rules, "budget rules");
    for (size_t i = 0; i < f.fee_shares.size(); ++i) v.org(p + "/fee_shares/" + std::to_string(i) + "/member_id", f.fee_shares[i].member_id);
  }
  for (const auto& x : d.budget_explanations.items) {
    const std::string p = "/budget_explanations/" + x.id;
    v.org(p + "/member_id", x.member_id);
    v.ref(p + "/measurement_id", x.measurement_id, d.measurements, "measurement");
    v.ref(p + "/event_id", x.event_id, d.events, "event");
  }
}

}  // namespace yp
