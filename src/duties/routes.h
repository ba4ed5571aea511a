// The duties' routes: duty definitions, events (and recording one), waivers, parameters and
// measurements; every duty's verdicts on a date, by organisation for dashboards; and every check's.
#pragma once
#include <functional>

#include "core/date.h"
#include "http/router.h"
#include "program/live_registry.h"

namespace yp::http {

void add_duties_routes(Router& router, LiveRegistry& reg, const std::function<Date()>& today);

}  // namespace yp::http
