// Goals and their follow-up over HTTP (docs/goals.md): the priorities, each goal with its
// responsibility pair, its indicators' series for a region and its status for a year (public, as
// the plans are); the same as CSV; naming and ending pairs, entering values and targets by hand,
// and importing a Sotkanet file (coordinators of the agreement's parties).
#pragma once
#include <functional>

#include "core/date.h"
#include "http/router.h"
#include "program/live_registry.h"

namespace yp::http {

void add_goals_routes(Router& router, LiveRegistry& registry, std::function<Date()> today);

}  // namespace yp::http
