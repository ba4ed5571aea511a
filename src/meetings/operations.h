// Every write of the meetings capability by name, with its arguments as one JSON object: the single
// entry point that the API's routes, the command line and the scenario files share, so that a
// meeting is run the same way from each. An operation decodes its arguments strictly (an unknown or
// missing field is an Error pointing at it), runs the pure command of lifecycle.h on the data and
// returns what to store; it never changes `data`.
//
// Arguments: `meeting_id` names the meeting, `item` an agenda item's number, `action_id` an action;
// the rest are the fields of the entity the operation takes (see docs/meetings.md).
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "access/access.h"
#include "program/dataset.h"
#include "core/error.h"
#include "core/operation.h"

namespace yp {

// Runs operation `name` (one of meeting_operation_names()) with `args` on `data`, dated `today`.
Result<Written> run_meeting_operation(const Dataset& data, const std::string& name, nlohmann::json args, const Date& today);

// Who may run operation `name` with `args`: the secretary of the meeting's body (planning: of the
// body), and for an action's status also a coordinator of the responsible organisation.
Allowed who_may_run(const Dataset& data, const std::string& name, const nlohmann::json& args);

// The operations' names, in the order a meeting goes through them.
const std::vector<std::string>& meeting_operation_names();

}  // namespace yp
