// What the program gives every capability's routes: the day (tests fix it) and the server's
// settings that a capability reads (the access capability's sessions and sign-in limits).
#pragma once
#include <functional>

#include "access/routes.h"
#include "core/date.h"

namespace yp {

struct ProgramSettings {
  std::function<Date()> today;
  http::AccessOptions access;
};

}  // namespace yp
