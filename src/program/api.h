// The JSON API: one handler per route over the LiveRegistry. Reads answer from memory; writes go
// through the core commands and the store, authorized and audited.
// `today` supplies the default date for "as of" questions, so that tests can fix it.
#pragma once
#include <functional>

#include "core/date.h"
#include "http/access_routes.h"
#include "http/router.h"
#include "store/live_registry.h"

namespace yp::http {

// Every route passes the access gate (access_routes.h): writes need someone signed in with a CSRF
// token, and each write checks the grants it takes against the registry under the write lock.
Router make_api(LiveRegistry& registry, std::function<Date()> today, const AccessOptions& access = {});

}  // namespace yp::http
