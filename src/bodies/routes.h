// The bodies' routes: bodies, their members and composition on a date (with its verdict), the
// memberships, and the writes that nominate a member and end a membership.
#pragma once
#include <functional>

#include "core/date.h"
#include "http/router.h"
#include "program/live_registry.h"

namespace yp::http {

void add_bodies_routes(Router& router, LiveRegistry& reg, const std::function<Date()>& today);

}  // namespace yp::http
