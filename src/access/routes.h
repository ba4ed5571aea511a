// Sign-in over HTTP and what hangs on it: the gate every request passes (who asks, from the session
// cookie; for a write also a CSRF token and a JSON body), the session routes (sign in, who am I,
// sign out here or everywhere), accounts (administrators), and the audit trail (administrators).
#pragma once
#include "http/router.h"
#include "program/live_registry.h"

namespace yp::http {

struct AccessOptions {
  long session_seconds = 8 * 3600;
  // Failed sign-ins per account name (or per trusted device) in a window, before further attempts
  // wait for the window's end: at most 20 an hour, well under OWASP ASVS 2.2.1's 100.
  int failures_before_lockout = 5;
  long lockout_seconds = 15 * 60;
  int attempts_per_minute = 20;  // sign-in attempts from one address
  int device_days = 365;         // how long a device that signed in is trusted
  bool secure_cookie = true;
};

// The session cookie's name, and the cookie a device keeps after signing in (its own count of
// failed attempts, apart from everyone else's for the same account).
inline constexpr const char* kSessionCookie = "yp_session";
inline constexpr const char* kDeviceCookie = "yp_device";

// The gate every request passes, and the same asked not to wait (it knows only the sessions it
// remembers), sharing what they remember.
struct Gates {
  Gate gate;
  QuickGate quick;
};
Gates make_gates(Store& store);
void add_access_routes(Router& router, LiveRegistry& registry, const AccessOptions& options);

}  // namespace yp::http
