// Sign-in over HTTP and what hangs on it: the gate every request passes (who asks, from the session
// cookie; for a write also a CSRF token and a JSON body), the session routes (sign in, who am I,
// sign out here or everywhere), accounts (administrators), and the audit trail (administrators).
#pragma once
#include "http/router.h"
#include "store/live_registry.h"

namespace yp::http {

struct AccessOptions {
  long session_seconds = 8 * 3600;
  int failures_before_lockout = 5;
  long lockout_seconds = 15 * 60;
  int attempts_per_minute = 20;  // sign-in attempts from one address
  bool secure_cookie = true;
};

// The session cookie's name.
inline constexpr const char* kSessionCookie = "yp_session";

Gate make_gate(Store& store);
void add_access_routes(Router& router, LiveRegistry& registry, const AccessOptions& options);

}  // namespace yp::http
