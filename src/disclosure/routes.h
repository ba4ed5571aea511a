// The disclosure's routes: registers, disclosure bases, and whether data may pass between two
// registers on a date (nothing of the question is stored).
#pragma once
#include <functional>

#include "core/date.h"
#include "http/router.h"
#include "program/live_registry.h"

namespace yp::http {

void add_disclosure_routes(Router& router, LiveRegistry& reg, const std::function<Date()>& today);

}  // namespace yp::http
