// How a goal is doing, explained like a duty's verdict: for a year and a region (an organisation),
// each indicator's value against its target for the year (on track when it meets it, exactly on
// target included; at risk when it does not yet but is better than the year before or the
// baseline; off track otherwise; no data when the value, the target or which way is better is not
// recorded), and the goal as the worst of its indicators that have data. And the follow-up duty
// of a goal's responsibility pair (rule goal.follow_up): due when the pair has left office (ended,
// or a person of it holds no post any more) with no successor, or when an indicator has no value
// for the pair's region for the last full year; satisfied otherwise. Pure.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/verdict.h"
#include "program/dataset.h"

namespace yp::goals {

enum class Status { on_track, at_risk, off_track, no_data };
YP_ENUM_NAMES(Status, "on_track", "at_risk", "off_track", "no_data")

struct IndicatorStatus {
  std::string indicator_id;
  Status status = Status::no_data;
  std::optional<std::string> value, target, previous;
  Text explanation;
};

struct GoalStatus {
  std::string goal_id;
  std::string region_id;
  int year = 0;
  Status status = Status::no_data;
  Text explanation;
  std::vector<IndicatorStatus> indicators;
};

GoalStatus goal_status(const Dataset& data, const Goal& goal, const std::string& region_id, int year);

// The pair answering for `goal` on `day`, or none.
const ResponsibilityPair* pair_on(const Dataset& data, const std::string& goal_id, const Date& day);

// The follow-up verdicts of every goal that has had a responsibility pair, on `as_of`.
std::vector<Verdict> follow_up_verdicts(const Dataset& data, const Date& as_of);

}  // namespace yp::goals
