// The bodies' named write operations (core/operation.h), run alike from HTTP, the command line
// (`yhdyspinta body <operation> name=value …`) and the web forms: a party founds a body (a working
// group, a network, a subgroup) with its seat quotas per party and category, its chair and
// vice-chair rules (a chair that rotates among parties included), its cadence, decision power and
// convener; the body's secretary changes those rules later, each change dated and with its reason.
// Nominations and their ends stay the commands of bodies/commands.h. Pure: no I/O.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "access/access.h"
#include "core/operation.h"
#include "program/dataset.h"

namespace yp {

// Runs operation `name` with `args` (a JSON object) on `data` on the day `today`.
Result<Written> run_body_operation(const Dataset& data, const std::string& name, nlohmann::json args, const Date& today);

// Who may: a body is founded by a coordinator of the organisation that will keep it (its
// secretary's), which must be a party of the agreement it is under; its rules are changed by its
// secretary or that organisation's coordinator.
Allowed who_may_run_body(const Dataset& data, const std::string& name, const nlohmann::json& args);

const std::vector<std::string>& body_operation_names();

}  // namespace yp
