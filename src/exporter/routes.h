// The export's routes: the registry as Popolo JSON.
#pragma once
#include <functional>

#include "core/date.h"
#include "http/router.h"
#include "program/live_registry.h"

namespace yp::http {

void add_export_routes(Router& router, LiveRegistry& reg);

}  // namespace yp::http
