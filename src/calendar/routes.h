// The calendar's routes: a body's or an organisation's annual planning calendar as an iCalendar
// feed, its non-public items opened by a revocable token.
#pragma once
#include <functional>

#include "core/date.h"
#include "http/router.h"
#include "program/live_registry.h"

namespace yp::http {

void add_calendar_routes(Router& router, LiveRegistry& reg, const std::function<Date()>& today);

}  // namespace yp::http
