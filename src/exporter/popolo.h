// Popolo export: every public entity of the registry as one JSON document in Popolo's vocabulary
// (organizations, persons, posts, memberships) with our own collections beside them (agreements,
// approvals, council terms, statute sections, registers, meetings, documents), so that tools that
// already read Popolo can read ours.
#pragma once
#include <nlohmann/json.hpp>

#include "program/dataset.h"

namespace yp {

nlohmann::json export_popolo(const Dataset& data);

}  // namespace yp
