// The HUS budget monitoring report over HTTP: GET /api/budget/report?year=&through_month=&member=
// &threshold= for anyone signed in (the figures are the members' internal finances). Read fresh
// from the store on every request, because imports come from the command line too; never memoized.
#pragma once
#include "http/router.h"
#include "store/live_registry.h"

namespace yp::http {

void add_budget_routes(Router& router, LiveRegistry& registry);

}  // namespace yp::http
