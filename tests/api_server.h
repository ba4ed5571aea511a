// The real server for API tests: a SQLite store loaded with the repository's data and an
// administrator account, the API served on a free loopback port in a thread of this process.
#pragma once
#include <gtest/gtest.h>

#include <memory>
#include <thread>

#include "access/credentials.h"
#include "access/store.h"
#include "program/api.h"
#include "http/server.h"
#include "program/live_registry.h"
#include "support.h"

namespace yp::test {

inline const char* kAdminPassword = "the administrator's long password";

class ApiServer {
 public:
  // requests_per_second: the server's rate limit per address (0: none), with bursts of as many;
  // body_limit: the largest request body but for imports.
  explicit ApiServer(const http::AccessOptions& access = {}, double requests_per_second = 0, std::size_t body_limit = 64 * 1024) {
    EXPECT_TRUE(credentials_init());
    path = temp_path("api.db");
    auto opened = Store::open("sqlite:" + path);
    EXPECT_TRUE(opened.ok()) << opened.error().message;
    store = std::move(opened.value());
    EXPECT_FALSE(write_dataset(*store, load_repository_data(), {"test", "fixture"}));
    add_account("admin", {{AccessRole::administrator, ""}});
    auto data = read_dataset(*store);
    EXPECT_TRUE(data.ok());
    registry = std::make_unique<LiveRegistry>(*store, std::move(data.value()));
    router = std::make_unique<http::Router>(http::make_api(*registry, [] { return Date{2023, 6, 1}; }, access));
    http::ServerOptions options;
    options.port = 0;
    options.body_limit = body_limit;
    options.requests_per_second = requests_per_second;
    options.burst = requests_per_second;
    server = std::make_unique<http::Server>(*router, options);
    thread = std::thread([this] { server->run(false); });
  }
  ~ApiServer() {
    server->stop();
    thread.join();
  }
  // An account with `grants` and kAdminPassword, stored directly (as `yhdyspinta account` does).
  void add_account(const std::string& id, std::vector<Grant> grants) {
    Account a;
    a.id = id;
    a.password_hash = hash_password(kAdminPassword);
    a.grants = std::move(grants);
    EXPECT_FALSE(put_account(*store, a, {"test", "fixture"}));
  }
  unsigned short port() const { return server->port(); }
  SignedIn sign_in(const std::string& id) const { return test::sign_in(port(), id, kAdminPassword); }

  std::string path;  // the SQLite database's file
  std::unique_ptr<Store> store;
  std::unique_ptr<LiveRegistry> registry;
  std::unique_ptr<http::Router> router;
  std::unique_ptr<http::Server> server;
  std::thread thread;
};

}  // namespace yp::test
