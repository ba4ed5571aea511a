// The agreements' write command, as a pure function: a party's approval validated against the
// Dataset, to store, or a coded Error naming the field.
#pragma once
#include <string>

#include "core/error.h"
#include "program/dataset.h"

namespace yp {

// Record a party's approval of an agreement, or of one of its versions (an amendment): a party
// approves each once, on a day not after `today`.
Result<Approval> record_approval(const Dataset& data, Approval request, const Date& today);

}  // namespace yp
