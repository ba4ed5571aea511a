// Test support: the repository's data loaded once, a temporary database path, and a tiny HTTP/1.1
// client over a real loopback socket (so API tests go through the server's real network path).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "program/dataset.h"

namespace yp::test {

// The repository's data/ directory (YP_DATA_DIR, or the source tree's).
std::string data_dir();
// Loads data/ through the real loader; fails the test on any load error.
Dataset load_repository_data();
// A fresh path under the system's temporary folder.
std::string temp_path(const std::string& name);
// A new, empty database `name` on the PostgreSQL server of YP_TEST_POSTGRES (dropped first if it
// is there), as a store URL; empty when no server is given.
std::string fresh_postgres_database(const std::string& name);

struct HttpResult {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-case names; a repeated one with its first value
  std::vector<std::string> cookies;            // every Set-Cookie, in order
  std::string body;
};
// Sends one request to 127.0.0.1:port and reads the whole answer.
HttpResult http(unsigned short port, const std::string& method, const std::string& target, const std::string& body = "",
                const std::string& extra_headers = "");

// A signed-in session as a client holds it: the cookie and the CSRF token to send with writes.
struct SignedIn {
  std::string cookie;  // "yp_session=…"
  std::string device;  // "yp_device=…": the cookie of a device that has signed in
  std::string csrf;
  int status = 0;      // of the sign-in
  std::string headers() const { return "Cookie: " + cookie + "\r\nX-CSRF-Token: " + csrf + "\r\n"; }
};
// Signs in over POST /api/session.
SignedIn sign_in(unsigned short port, const std::string& account, const std::string& password);

}  // namespace yp::test
