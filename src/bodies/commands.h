// The bodies' write commands, as pure functions: each validates its input against the Dataset and
// returns the membership to store, or an Error naming the field. Nothing is changed here; the
// caller stores the result in one transaction and then applies it to its in-memory Dataset.
#pragma once
#include <string>

#include "core/error.h"
#include "program/dataset.h"

namespace yp {

// The party a membership sits for: its own, or when it names none, the party of the member whose
// deputy it is.
std::string seat_party(const Dataset& data, const Membership& m);

// Nominate: a new membership of a body. Its id is given by the caller (the store allocates it).
Result<Membership> nominate(const Dataset& data, Membership request);

// End a membership on `end_date` for `reason`; it stays on record (nothing is deleted).
Result<Membership> end_membership(const Dataset& data, const std::string& membership_id, const Date& end_date,
                                  const std::string& reason);

}  // namespace yp
