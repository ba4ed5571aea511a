// The registry's named write operations (core/operation.h), run alike from HTTP, the command line
// (`yhdyspinta registry <operation> name=value …`) and the web forms: register and correct a
// person, make a post, say who holds it from when (and until when), register and dissolve an
// organisation. Each checks its arguments against the Dataset and returns the change to store in
// one transaction; nothing is deleted: a holding ends and a person is corrected, each with a
// reason, and the audit trail keeps what was there before. Seats held by virtue of a post follow
// its holder: when a post passes to a new holder, the seats the previous holder held by virtue of
// it end the day before and the same seats begin for the new holder (bodies/ex_officio.h).
// Pure: no I/O.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "access/access.h"
#include "core/operation.h"
#include "program/dataset.h"

namespace yp {

// Runs operation `name` with `args` (a JSON object) on `data`, dated `today` where a date is not
// given; an Error naming the argument when it is refused.
Result<Written> run_registry_operation(const Dataset& data, const std::string& name, nlohmann::json args, const Date& today);

// Who may run it with these arguments, as the access policy decides: a person, a post and its
// holders are kept by a coordinator of their organisation; organisations by administrators.
Allowed who_may_run_registry(const Dataset& data, const std::string& name, const nlohmann::json& args);

// The operations' names, in the order they are listed to people.
const std::vector<std::string>& registry_operation_names();

}  // namespace yp
