// The registry's routes: organisations with the filters users need (kind, parent, name) and
// their municipalities, bodies and agreements; persons, posts, post holdings, council terms and
// the source documents; and the registry's writes, each a named operation (registry/operations.h).
#pragma once
#include <functional>

#include "core/date.h"
#include "http/router.h"
#include "program/live_registry.h"

namespace yp::http {

void add_registry_routes(Router& router, LiveRegistry& reg, const std::function<Date()>& today);

}  // namespace yp::http
