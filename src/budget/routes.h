// HUS budget monitoring over HTTP (docs/budget.md): the monthly report as JSON, CSV and XLSX for
// anyone signed in (the members' internal finances), held as columns per year and read again only
// when an import (by any process) has changed the figures; imports of production and allocation
// (CSV bodies, HUS's coordinators); the agreement's budget rules and the frame versions (public);
// the explanations of significant deviations and their steps. Never memoized with the registry's
// answers, because imports come from the command line too.
#pragma once
#include <functional>

#include "core/date.h"
#include "http/router.h"
#include "program/live_registry.h"

namespace yp::http {

void add_budget_routes(Router& router, LiveRegistry& registry, std::function<Date()> today);

}  // namespace yp::http
