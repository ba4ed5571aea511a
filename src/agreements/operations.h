// The agreements' named write operations (core/operation.h), run alike from HTTP, the command
// line (`yhdyspinta agreement <operation> name=value …`) and the web forms: an agreement's life,
// each step evidence for the duties. It is drafted by its preparer (a party's coordinator, who
// coordinates the preparation) with its parties and approvers, and may renew an earlier agreement;
// the preparer asks for statements and records them; each party's coordinator records its approval
// of the agreement or of an amendment; a party proposes an amendment (a new version with its
// effective date), which is consulted on and approved again; the preparer records its end. Each
// checks its arguments against the Dataset and returns the change to store; nothing is deleted.
// Pure: no I/O.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "access/access.h"
#include "core/operation.h"
#include "program/dataset.h"

namespace yp {

// Runs operation `name` with `args` (a JSON object) on `data` on the day `today`.
Result<Written> run_agreement_operation(const Dataset& data, const std::string& name, nlohmann::json args, const Date& today);

// Who may run it with these arguments, as the access policy decides: the preparer's coordinator
// drafts, consults and ends; a party's coordinator approves for it and proposes amendments;
// administrators anything (the ministry's proposal among them).
Allowed who_may_run_agreement(const Dataset& data, const std::string& name, const nlohmann::json& args);

// The operations' names, in the order of an agreement's life.
const std::vector<std::string>& agreement_operation_names();

}  // namespace yp
