// The duties' write command, as a pure function: an event validated against the Dataset as
// evidence, to store, or an Error naming the field.
#pragma once
#include <string>

#include "core/error.h"
#include "program/dataset.h"

namespace yp {

// Record an event as evidence: its id is new, it rests on a document or minutes paragraph
// (source.document), and what it refers to exists.
Result<Event> record_event(const Dataset& data, Event request);

}  // namespace yp
