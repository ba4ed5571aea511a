// Every write of budget monitoring by name, with its arguments as one JSON object, shared by the
// API's routes and the command line (as the meetings' operations are): recording a frame version
// and confirming it, and the steps of a deviation's explanation. Raising the explanations that a
// report's significant months call for is a function of its own, run after every import. Pure:
// each returns what to store and changes nothing itself.
//
// Operations and their arguments (docs/budget.md):
//   record_frame   year, stage_id, fee_shares [{member_id, year, euros}], note {fi, sv, en}
//   confirm_frame  frame_id, date, meeting_id (optional)
//   record_threshold  percent, from (default today), source {document, section, passage}
//                  (the parties' agreement on what deviation is significant, as a dated value)
//   explain        explanation_id, text          (HUS)
//   accept         explanation_id, text (optional) (the member concerned)
//   return         explanation_id, text          (the member concerned: why it is returned)
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "access/access.h"
#include "budget/report.h"
#include "program/dataset.h"
#include "core/operation.h"

namespace yp::budget {

// Runs operation `name` with `args` on `data`, dated `today`, by account `actor`.
Result<Written> run_budget_operation(const Dataset& data, const std::string& name, nlohmann::json args, const Date& today,
                                     const std::string& actor);

// Who may run it, per bearer (each entry must be acted for): a frame version is recorded by HUS's
// coordinator, or by someone who acts for every member whose fee share it sets (the frame is built
// jointly), and confirmed by the secretary of the confirming body, who also records the threshold
// agreed; HUS's coordinators explain; the member's coordinators accept or return.
std::vector<Allowed> who_may_run_budget(const Dataset& data, const std::string& name, const nlohmann::json& args);

const std::vector<std::string>& budget_operation_names();

// For every significant member-month of `report` that has no explanation yet: the measurement that
// raises the duty hus-explains-significant-deviation (dated `today`) and the explanation, requested.
// Empty when nothing is significant or no threshold is known.
Dataset raise_explanations(const Dataset& data, const MonthlyReport& report, const Date& today);

// The confirmed frame version that sets `year`'s fee shares: of the latest budget year whose plan
// covers `year`, the last stage confirmed, its highest version. None when nothing is confirmed.
const BudgetFrame* frame_in_force(const Dataset& data, int year);

// The id an explanation of `member`'s deviation in `month` of `year` has.
std::string explanation_id(int year, int month, const std::string& member);

}  // namespace yp::budget
