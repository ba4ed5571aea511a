// The agreements' routes: agreements with their approvals and whether they are in force on a
// date, the statute sections they rest on, and the write that records a party's approval.
#pragma once
#include <functional>

#include "core/date.h"
#include "http/router.h"
#include "program/live_registry.h"

namespace yp::http {

void add_agreements_routes(Router& router, LiveRegistry& reg, const std::function<Date()>& today);

}  // namespace yp::http
