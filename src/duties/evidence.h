// Evidence: every event a duty may count. The recorded events, plus what other records already
// say happened: a recorded negotiation or body meeting is an event of its kind on its date with its
// parties, and a recorded approval is an approval event of its party.
#pragma once
#include <vector>

#include "core/dataset.h"

namespace yp {

std::vector<Event> all_events(const Dataset& data);

}  // namespace yp
