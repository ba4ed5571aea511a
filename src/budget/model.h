// The HUS budget as the organising agreement (document 001, "Rahoitus ja talous") lays it out:
// its rules as data (how many years the financial plan covers, the stages a year's frame goes
// through), the frame versions recorded and confirmed at each stage with every member's fee share
// per plan year, and the explanation of each significant monthly deviation as it moves
// requested → explained → accepted (or returned and explained again). Plain values, no behaviour;
// euros are exact decimal text ("1234.50"), never floating point.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/collection.h"
#include "core/date.h"
#include "core/enums.h"
#include "core/source.h"
#include "core/text.h"

namespace yp {

// One stage of a year's budget frame (the spring frame, the autumn refinement, the adjustment after
// the state budget), in the order the agreement gives them.
struct BudgetStage {
  std::string id;
  Text title;
  Source source;
};
template <class V>
void fields(V& v, BudgetStage& x) {
  v.field("id", x.id);
  v.field("title", x.title);
  v.field("source", x.source, false);
}

// An agreement's budget rules, from its text.
struct BudgetRules {
  std::string id;
  std::string agreement_id;
  int plan_years = 0;                // the financial plan covers this many years from the budget year
  std::string confirming_body_id;    // the body that confirms the frame's principles and schedule
  std::vector<BudgetStage> stages;   // in order
  Source source;
};
template <class V>
void fields(V& v, BudgetRules& x) {
  v.field("id", x.id);
  v.field("agreement_id", x.agreement_id);
  v.field("plan_years", x.plan_years);
  v.field("confirming_body_id", x.confirming_body_id, false);
  v.field("stages", x.stages);
  v.field("source", x.source, false);
}

// A member's fee share for one year of the plan, in euros.
struct FeeShare {
  std::string member_id;
  int year = 0;
  std::string euros;
};
template <class V>
void fields(V& v, FeeShare& x) {
  v.field("member_id", x.member_id);
  v.field("year", x.year);
  v.field("euros", x.euros);
}

// Who confirmed a frame version and when: the confirming body, at a meeting where one is recorded.
struct FrameConfirmation {
  Date date;
  std::string body_id;
  std::string meeting_id;
  std::string recorded_by;  // the account that recorded the confirmation
};
template <class V>
void fields(V& v, FrameConfirmation& x) {
  v.field("date", x.date);
  v.field("body_id", x.body_id, false);
  v.field("meeting_id", x.meeting_id, false);
  v.field("recorded_by", x.recorded_by, false);
}

// A version of the frame of budget year `year` (which opens a plan of the rules' plan_years) at one
// stage. Versions of a year and stage are numbered from 1; a confirmed version is never changed.
struct BudgetFrame {
  std::string id;  // "frame-2026-spring_frame-1"
  std::string rules_id;
  int year = 0;
  std::string stage_id;
  int version = 0;
  std::vector<FeeShare> fee_shares;
  Text note;
  Date recorded_on;
  std::string recorded_by;
  std::optional<FrameConfirmation> confirmation;
};
template <class V>
void fields(V& v, BudgetFrame& x) {
  v.field("id", x.id);
  v.field("rules_id", x.rules_id);
  v.field("year", x.year);
  v.field("stage_id", x.stage_id);
  v.field("version", x.version);
  v.field("fee_shares", x.fee_shares);
  v.field("note", x.note, false);
  v.field("recorded_on", x.recorded_on);
  v.field("recorded_by", x.recorded_by, false);
  v.field("confirmation", x.confirmation, false);
}

enum class ExplanationState { requested, explained, accepted, returned };
YP_ENUM_NAMES(ExplanationState, "requested", "explained", "accepted", "returned")

// One step of an explanation's way, with who took it and what they wrote.
struct ExplanationStep {
  ExplanationState state = ExplanationState::requested;
  Date date;
  std::string actor;
  std::string text;
};
template <class V>
void fields(V& v, ExplanationStep& x) {
  v.field("state", x.state);
  v.field("date", x.date);
  v.field("actor", x.actor, false);
  v.field("text", x.text, false);
}

// HUS's explanation of one member's significant deviation in one month (all service groups
// together): raised with the measurement that triggers the duty, counted for the duty as an
// explanation event once the member accepts it.
struct DeviationExplanation {
  std::string id;  // "deviation-2025-03-county-01"
  std::string member_id;
  int year = 0;
  int month = 0;
  std::string allocated_euros;
  std::string realised_euros;
  std::string deviation_percent;
  std::string threshold_percent;
  std::string measurement_id;
  ExplanationState state = ExplanationState::requested;
  std::vector<ExplanationStep> steps;
  std::string event_id;  // the explanation event recorded on acceptance
};
template <class V>
void fields(V& v, DeviationExplanation& x) {
  v.field("id", x.id);
  v.field("member_id", x.member_id);
  v.field("year", x.year);
  v.field("month", x.month);
  v.field("allocated_euros", x.allocated_euros);
  v.field("realised_euros", x.realised_euros);
  v.field("deviation_percent", x.deviation_percent);
  v.field("threshold_percent", x.threshold_percent);
  v.field("measurement_id", x.measurement_id);
  v.field("state", x.state);
  v.field("steps", x.steps);
  v.field("event_id", x.event_id, false);
}

// Budget monitoring's collections in the Dataset (the monthly figures are tables of its own: budget/store.h).
struct BudgetCollections {
  Collection<BudgetRules> budget_rules;
  Collection<BudgetFrame> budget_frames;
  Collection<DeviationExplanation> budget_explanations;

  template <class F>
  void for_each_collection(F&& f) {
    f("budget_rules", budget_rules);
    f("budget_frames", budget_frames);
    f("budget_explanations", budget_explanations);
  }
};

}  // namespace yp
