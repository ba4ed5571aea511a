// The meetings capability's routes: meetings, their minutes (HTML and PDF in fi/sv/en), every
// write as a named operation of meetings/operations.h, and the follow-up actions, each shown as
// its meeting allows (meetings/visibility.h) to the one who asks.
#pragma once
#include <functional>

#include "core/date.h"
#include "http/router.h"
#include "program/live_registry.h"

namespace yp::http {

void add_meetings_routes(Router& router, LiveRegistry& registry, std::function<Date()> today);

}  // namespace yp::http
