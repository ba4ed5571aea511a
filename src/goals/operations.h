// Every write of goal follow-up by name, with its arguments as one JSON object, shared by the API
// and the command line (as the meetings' and budget's operations are). Pure: each returns what to
// store.
//   name_pair     goal_id, person_id, party_id, hus_person_id, start_date (default today), source
//                 (the pair before it, if any, ends the day before)
//   end_pair      pair_id, end_date
//   enter_value   indicator_id, region_id, year, value    (by hand; imports use values_written)
//   set_target    indicator_id, year, value, source, direction (when not yet recorded)
//   describe_indicator  indicator_id, source, and any of definition, unit, direction, sotkanet_id
//                 (what the responsible group decides of a metric the document left undefined)
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "access/access.h"
#include "program/dataset.h"
#include "core/operation.h"

namespace yp::goals {

Result<Written> run_goal_operation(const Dataset& data, const std::string& name, nlohmann::json args, const Date& today, const std::string& actor);

// Who may: coordinators of the parties of the goal's (or the indicator's goals') agreement; for a
// value, the region's coordinators too.
Allowed who_may_run_goal(const Dataset& data, const std::string& name, const nlohmann::json& args);

const std::vector<std::string>& goal_operation_names();

// The plan or agreement a goal belongs to (through its priority), or none.
const Agreement* agreement_of_goal(const Dataset& data, const std::string& goal_id);

// The id a value of `indicator` for `region` and `year` has: one value each, a later one replaces it.
std::string value_id(const std::string& indicator, const std::string& region, int year);

}  // namespace yp::goals
