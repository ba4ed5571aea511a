// The real program under the pressures one client can put on it (issue 14): connections that hang
// half-sent, a process out of file descriptors, and a restore attempted under a running server, on
// SQLite and on PostgreSQL. Each ends with the server answering a normal client.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

#include "program.h"
#include "support.h"

namespace yp {
namespace {

using test::binary;
using test::run;

// A connection held open, having sent `start` (part of a request's head, or nothing).
class Held {
 public:
  Held(unsigned short port, const std::string& start) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 && !start.empty()) ::send(fd_, start.data(), start.size(), MSG_NOSIGNAL);
  }
  ~Held() { ::close(fd_); }

 private:
  int fd_;
};

std::string loaded_database(const std::string& name) {
  const std::string database = "sqlite:" + test::temp_path(name);
  EXPECT_EQ(run({binary(), "--database", database, "load", "--quiet", test::data_dir()}), 0);
  return database;
}

// A normal client's answer, asked again for up to `seconds` while the server cannot take it yet.
int answered_within(unsigned short port, int seconds) {
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  int status = 0;
  while ((status = test::http(port, "GET", "/api/health").status) != 200 && std::chrono::steady_clock::now() < until)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  return status;
}

// 200 connections that send half a head and hang: a normal client is answered meanwhile.
TEST(Resilience, SlowConnectionsDoNotStopTheServer) {
  const std::string database = loaded_database("slow.db");
  unsigned short port = 0;
  const pid_t server = test::serve(database, port, {"--rate-limit", "0"});
  ASSERT_GT(port, 0);
  std::vector<std::unique_ptr<Held>> slow;
  for (int i = 0; i < 200; ++i) slow.push_back(std::make_unique<Held>(port, "GET /api/bodies HTTP/1.1\r\nHost: x\r\nX-Slow: "));
  const auto asked = std::chrono::steady_clock::now();
  EXPECT_EQ(test::http(port, "GET", "/api/health").status, 200);
  EXPECT_LT(std::chrono::steady_clock::now() - asked, std::chrono::seconds(2));
  EXPECT_EQ(test::http(port, "GET", "/api/bodies").status, 200);
  EXPECT_EQ(test::stop(server), 0);
}

// The process runs out of descriptors (its limit is 128, and the connection cap is set above it):
// accepting fails while they last, and resumes by itself when they are freed.
TEST(Resilience, TheServerAcceptsAgainAfterRunningOutOfDescriptors) {
  const std::string database = loaded_database("descriptors.db");
  unsigned short port = 0;
  const pid_t server = test::serve(database, port, {"--rate-limit", "0", "--max-connections", "1000"}, 128);
  ASSERT_GT(port, 0);
  {
    std::vector<std::unique_ptr<Held>> hogs;
    for (int i = 0; i < 300; ++i) hogs.push_back(std::make_unique<Held>(port, ""));
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
  }
  EXPECT_EQ(answered_within(port, 10), 200);
  EXPECT_EQ(test::stop(server), 0);
}

// With the cap the descriptors allow (the default), the connection that has waited longest for a
// head makes room for a new one: a normal client is served while 300 idle connections are held.
TEST(Resilience, AtTheConnectionCapIdleConnectionsMakeRoom) {
  const std::string database = loaded_database("cap.db");
  unsigned short port = 0;
  const pid_t server = test::serve(database, port, {"--rate-limit", "0"}, 128);
  ASSERT_GT(port, 0);
  std::vector<std::unique_ptr<Held>> idle;
  for (int i = 0; i < 300; ++i) idle.push_back(std::make_unique<Held>(port, i % 2 ? "GET / HTTP/1.1\r\n" : ""));
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  EXPECT_EQ(answered_within(port, 5), 200);
  EXPECT_EQ(test::stop(server), 0);
}

// Strict-Transport-Security only where the deployment says TLS is terminated in front.
TEST(Resilience, HstsIsSentOnlyWhenAsked) {
  const std::string database = loaded_database("hsts.db");
  unsigned short port = 0;
  pid_t server = test::serve(database, port);
  EXPECT_EQ(test::http(port, "GET", "/api/health").headers.count("strict-transport-security"), 0u);
  EXPECT_EQ(test::stop(server), 0);
  server = test::serve(database, port, {"--hsts"});
  EXPECT_EQ(test::http(port, "GET", "/api/health").headers["strict-transport-security"], "max-age=31536000; includeSubDomains");
  EXPECT_EQ(test::stop(server), 0);
}

// A restore onto the database of a running server is refused, saying so; stopped, it restores.
class Restore : public ::testing::TestWithParam<std::string> {};

TEST_P(Restore, IsRefusedWhileAServerUsesTheDatabase) {
  const std::string database = GetParam() == "sqlite" ? "sqlite:" + test::temp_path("restore.db") : test::fresh_postgres_database("yp_restore");
  ASSERT_FALSE(database.empty()) << "YP_TEST_POSTGRES is not set: run the suites through scripts/test, which starts PostgreSQL";
  ASSERT_EQ(run({binary(), "--database", database, "load", "--quiet", test::data_dir()}), 0);
  const std::string backup = test::temp_path("restore-backup");
  ASSERT_EQ(run({binary(), "--database", database, "backup", backup}), 0);
  unsigned short port = 0;
  const pid_t server = test::serve(database, port);
  ASSERT_GT(port, 0);
  const std::string said =
      test::output_of(binary() + " --database '" + database + "' restore " + backup + " 2>&1; echo \" exit=$?\"");
  EXPECT_NE(said.find("in use"), std::string::npos) << said;
  EXPECT_NE(said.find("exit=1"), std::string::npos) << said;
  EXPECT_EQ(test::http(port, "GET", "/api/health").status, 200);
  EXPECT_EQ(test::stop(server), 0);
  EXPECT_EQ(run({binary(), "--database", database, "restore", backup}), 0);
  const pid_t again = test::serve(database, port);
  EXPECT_EQ(test::http(port, "GET", "/api/bodies/helsinki-counties-cooperation-group").status, 200);
  EXPECT_EQ(test::stop(again), 0);
}

// Two servers on one PostgreSQL database: failed sign-ins are counted once across both, so
// guesses spread over them check no more passwords than one server would.
TEST(Resilience, SignInAttemptsAreCountedAcrossServers) {
  const std::string database = test::fresh_postgres_database("yp_signin");
  ASSERT_FALSE(database.empty()) << "YP_TEST_POSTGRES is not set: run the suites through scripts/test, which starts PostgreSQL";
  ASSERT_EQ(run({binary(), "--database", database, "load", "--quiet", test::data_dir()}), 0);
  ASSERT_EQ(test::create_account(database, "target", "administrator"), 0);
  unsigned short a = 0, b = 0;
  const pid_t first = test::serve(database, a), second = test::serve(database, b);
  ASSERT_GT(a, 0);
  ASSERT_GT(b, 0);
  std::atomic<int> refused{0}, limited{0};
  std::vector<std::thread> guessers;
  for (int i = 0; i < 16; ++i)
    guessers.emplace_back([&, i] {
      const int s = test::http(i % 2 ? a : b, "POST", "/api/session", R"({"account":"target","password":"a wrong guess, long"})").status;
      refused += s == 401;
      limited += s == 429;
    });
  for (auto& t : guessers) t.join();
  EXPECT_EQ(refused.load(), 5);
  EXPECT_EQ(limited.load(), 11);
  EXPECT_EQ(test::stop(first), 0);
  EXPECT_EQ(test::stop(second), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, Restore, ::testing::Values("sqlite", "postgresql"), [](const auto& info) { return info.param; });

}  // namespace
}  // namespace yp
