// The JSON API, assembled: the shared routes (health, the OpenAPI document), the access gate, the
// read log and the memo of answers, and every capability's routes from its manifest
// (program/capabilities.h). Reads answer from memory; writes go through the capabilities' commands
// and the store, authorized and audited.
// `today` supplies the default date for "as of" questions, so that tests can fix it.
#pragma once
#include <functional>

#include "core/date.h"
#include "access/routes.h"
#include "http/router.h"
#include "program/live_registry.h"

namespace yp::http {

// Every route passes the access gate (access/routes.h): writes need someone signed in with a CSRF
// token, and each write checks the grants it takes against the registry under the write lock.
Router make_api(LiveRegistry& registry, std::function<Date()> today, const AccessOptions& access = {});

}  // namespace yp::http
