// Fuzzes the JSON API in process. The first byte picks a route: below 128 a write route, whose body
// is the rest, sent by a signed-in administrator with the CSRF token; from 128 a read route, whose
// query string is the rest (name=value&…, as raw bytes). Every answer must be a JSON document with
// a status the API documents (or a document the route serves), never a crash; 500 (an exception
// escaping a handler) is a failure.
#include <unistd.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "access/credentials.h"
#include "files/loader.h"
#include "program/api.h"
#include "program/stored_dataset.h"
#include "access/store.h"

namespace {

struct Api {
  std::unique_ptr<yp::Store> store;
  std::unique_ptr<yp::LiveRegistry> registry;
  std::unique_ptr<yp::http::Router> router;
  std::string cookie, csrf;

  Api() {
    if (!yp::credentials_init()) std::abort();
    const std::string path = "/tmp/yp-fuzz-api-" + std::to_string(::getpid()) + ".db";
    ::unlink(path.c_str());
    store = std::move(yp::Store::open("sqlite:" + path).value());
    auto report = yp::files::load_files({std::string(YP_SOURCE_DIR) + "/data"}, yp::Dataset{});
    if (!report.errors.empty() || write_dataset(*store, report.fragment, {"fuzz", "load"})) std::abort();
    yp::Account admin{"admin", "", "", yp::hash_password("fuzzing password"), {{yp::AccessRole::administrator, ""}}};
    if (put_account(*store, admin, {"fuzz", "setup"})) std::abort();
    registry = std::make_unique<yp::LiveRegistry>(*store, std::move(read_dataset(*store).value()));
    router = std::make_unique<yp::http::Router>(yp::http::make_api(*registry, [] { return yp::Date{2023, 6, 1}; }));
    yp::http::Request sign_in;
    sign_in.method = "POST";
    sign_in.path = "/api/session";
    sign_in.body = R"({"account":"admin","password":"fuzzing password"})";
    sign_in.headers["content-type"] = "application/json";
    auto r = router->dispatch(sign_in);
    if (r.status != 200) std::abort();
    cookie = r.cookies.at(0).substr(0, r.cookies.at(0).find(';'));
    csrf = nlohmann::json::parse(r.body)["csrf_token"];
  }
};

const char* kRoutes[] = {
    "/api/bodies/ita-uusimaa-top-management-forum/meetings",
    "/api/meetings/espoo-lansi-uusimaa-2025-01-15/transitions",
    "/api/meetings/espoo-lansi-uusimaa-2025-01-15/items",
    "/api/meetings/espoo-lansi-uusimaa-2025-01-15/attendance",
    "/api/meetings/espoo-lansi-uusimaa-2025-01-15/items/1/disqualifications",
    "/api/meetings/espoo-lansi-uusimaa-2025-01-15/items/1/attendance",
    "/api/meetings/espoo-lansi-uusimaa-2025-01-15/items/1/attachments",
    "/api/meetings/espoo-lansi-uusimaa-2025-01-15/items/1/actions",
    "/api/meetings/espoo-lansi-uusimaa-2025-01-15/checkers",
    "/api/bodies/helsinki-counties-cooperation-group/memberships",
    "/api/agreements/hus-organising-agreement/approvals",
    "/api/events",
    "/api/accounts",
    "/api/session",
};

const char* kReads[] = {
    "/api/organisations", "/api/duties", "/api/checks", "/api/bodies/helsinki-counties-cooperation-group/composition", "/api/agreements",
    "/api/budget/report.csv", "/api/budget/report.xlsx", "/api/disclosure", "/api/audit", "/api/goals", "/api/calendar/organisations/county-01",
    "/api/meetings/espoo-lansi-uusimaa-2025-01-15/minutes",
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Api api;
  if (size == 0) return 0;
  yp::http::Request r;
  if (data[0] >= 128) {
    r.method = "GET";
    r.path = kReads[data[0] % (sizeof kReads / sizeof kReads[0])];
    const std::string query(reinterpret_cast<const char*>(data) + 1, size - 1);
    size_t start = 0;
    while (start < query.size()) {
      size_t end = query.find('&', start);
      if (end == std::string::npos) end = query.size();
      const std::string pair = query.substr(start, end - start);
      const auto eq = pair.find('=');
      r.query[pair.substr(0, eq)] = eq == std::string::npos ? "" : pair.substr(eq + 1);
      start = end + 1;
    }
    r.headers["cookie"] = api.cookie;
    r.peer = "127.0.0.1";
    const auto answer = api.router->dispatch(r);
    if (answer.status >= 500 && answer.status != 503) std::abort();
    for (const auto& [name, value] : answer.headers)
      if (value.find_first_of("\r\n") != std::string::npos) std::abort();  // a header that would split the answer
    return 0;
  }
  r.method = "POST";
  r.path = kRoutes[data[0] % (sizeof kRoutes / sizeof kRoutes[0])];
  r.body.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  r.headers["content-type"] = "application/json";
  r.headers["cookie"] = api.cookie;
  r.headers["x-csrf-token"] = api.csrf;
  r.peer = "127.0.0.1";
  const auto answer = api.router->dispatch(r);
  if (answer.status >= 500 && answer.status != 503) std::abort();
  if (nlohmann::json::parse(answer.body, nullptr, false).is_discarded() && !answer.body.empty()) std::abort();
  return 0;
}
