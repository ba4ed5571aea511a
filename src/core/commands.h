// Write commands on the registry, as pure functions: each validates its input against the Dataset
// and returns the entity to store, or an Error naming the field. Nothing is changed here; the
// caller stores the result in one transaction and then applies it to its in-memory Dataset.
#pragma once
#include <string>

#include "core/dataset.h"
#include "core/error.h"

namespace yp {

// Nominate: a new membership of a body. Its id is given by the caller (the store allocates it).
Result<Membership> nominate(const Dataset& data, Membership request);

// End a membership on `end_date` for `reason`; it stays on record (nothing is deleted).
Result<Membership> end_membership(const Dataset& data, const std::string& membership_id, const Date& end_date,
                                  const std::string& reason);

// Record a party's approval of an agreement; a party approves a given agreement once.
Result<Approval> record_approval(const Dataset& data, Approval request);

// Record an event as evidence: its id is new, it rests on a document or minutes paragraph
// (source.document), and what it refers to exists.
Result<Event> record_event(const Dataset& data, Event request);

}  // namespace yp
