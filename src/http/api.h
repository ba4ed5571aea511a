// The JSON API: one handler per route over the LiveRegistry. Reads answer from memory; writes
// (nominate, end a membership, record an approval) go through the core commands and the store.
// `today` supplies the default date for "as of" questions, so that tests can fix it.
#pragma once
#include <functional>

#include "core/date.h"
#include "http/router.h"
#include "store/live_registry.h"

namespace yp::http {

Router make_api(LiveRegistry& registry, std::function<Date()> today);

}  // namespace yp::http
