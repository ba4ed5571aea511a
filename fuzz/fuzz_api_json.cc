// Fuzzes the JSON API's writes in process: the first byte picks a write route, the rest is its
// body, sent by a signed-in administrator with the CSRF token. Every answer must be a JSON
// document with a status the API documents, never a crash; 500 (an exception escaping a handler)
// is a failure.
#include <unistd.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "access/credentials.h"
#include "files/loader.h"
#include "http/api.h"

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
    if (!report.errors.empty() || store->write(report.fragment, {"fuzz", "load"})) std::abort();
    yp::Account admin{"admin", "", "", yp::hash_password("fuzzing password"), {{yp::AccessRole::administrator, ""}}};
    if (store->put_account(admin, {"fuzz", "setup"})) std::abort();
    registry = std::make_unique<yp::LiveRegistry>(*store, std::move(store->read_all().value()));
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

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Api api;
  if (size == 0) return 0;
  yp::http::Request r;
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
