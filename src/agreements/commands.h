// The agreements' write command, as a pure function: a party's approval validated against the
// Dataset, to store, or an Error naming the field.
#pragma once
#include <string>

#include "core/error.h"
#include "program/dataset.h"

namespace yp {

// Record a party's approval of an agreement; a party approves a given agreement once.
Result<Approval> record_approval(const Dataset& data, Approval request);

}  // namespace yp
