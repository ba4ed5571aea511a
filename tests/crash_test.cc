// The real program: crash safety (writes answered 201 by `yhdyspinta serve` are in the SQLite
// database after the process is killed with SIGKILL under load, and the database passes its
// integrity check), graceful stop, feed tokens, and the command line.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <chrono>
#include <thread>
#include <mutex>
#include <atomic>
#include <nlohmann/json.hpp>

#include "program/stored_dataset.h"
#include "store/store.h"
#include "program.h"
#include "support.h"

namespace yp {
namespace {

using test::binary;
using test::create_account;
using test::output_of;
using test::run;
using test::serve;
const char* kPassword = test::kAccountPassword;

// Under a concurrent write load the server is killed with SIGKILL, again and again. After each
// kill, every write that was answered 2xx is in the database, none that was refused is, and the
// database passes its integrity check. On SQLite and on PostgreSQL.
class Crash : public ::testing::TestWithParam<std::string> {};

TEST_P(Crash, AcknowledgedWritesSurviveSigkillUnderConcurrentLoad) {
  const std::string database = GetParam() == "sqlite" ? "sqlite:" + test::temp_path("crash.db") : test::fresh_postgres_database("yp_crash");
  ASSERT_FALSE(database.empty()) << "YP_TEST_POSTGRES is not set: run the suites through scripts/test, which starts PostgreSQL";
  const int kPersons = 4000;
  std::string persons = test::temp_path("persons.yaml");
  {
    std::ofstream out(persons);
    out << "persons:\n";
    for (int i = 0; i < kPersons; ++i) out << "  - {id: crash-" << i << ", name: Henkilö " << i << "}\n";
  }
  ASSERT_EQ(run({binary(), "--database", database, "load", "--quiet", test::data_dir(), persons}), 0);
  ASSERT_EQ(create_account(database, "coordinator", "coordinator:county-01"), 0);
  auto membership_id = [](const std::string& person) { return "m-ita-uusimaa-networks-" + person + "-2023-01-01"; };

  std::vector<std::string> acknowledged, refused;
  std::mutex results;
  std::atomic<int> next{0};
  for (int round = 0; round < 5; ++round) {
    unsigned short port = 0;
    pid_t pid = serve(database, port, {"--rate-limit", "0"});  // as many writes in flight as it can take
    ASSERT_GT(port, 0);
    const auto session = test::sign_in(port, "coordinator", kPassword);
    ASSERT_EQ(session.status, 200);
    std::vector<std::thread> writers;
    for (int w = 0; w < 4; ++w)
      writers.emplace_back([&] {
        for (;;) {
          const int i = next++;
          if (i >= kPersons) return;
          // Every seventh names a person who does not exist: refused, and it must stay absent.
          const std::string person = i % 7 == 3 ? "ghost-" + std::to_string(i) : "crash-" + std::to_string(i);
          nlohmann::json body = {{"person_id", person}, {"role", "member"}, {"seat_category", "elected"},
                                 {"on_behalf_of_id", "county-01"}, {"start_date", "2023-01-01"}};
          auto r = test::http(port, "POST", "/api/bodies/ita-uusimaa-networks/memberships", body.dump(), session.headers());
          if (r.status == 0) return;  // the server is gone: this one's fate is unknown
          std::lock_guard lock(results);
          if (r.status == 201) acknowledged.push_back(membership_id(person));
          else if (r.status == 422) refused.push_back(membership_id(person));
        }
      });
    std::this_thread::sleep_for(std::chrono::milliseconds(150 + 60 * round));
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
    for (auto& t : writers) t.join();

    auto store = Store::open(database);
    ASSERT_TRUE(store.ok());
    EXPECT_FALSE(store.value()->check_integrity()) << "round " << round;
    auto data = read_dataset(*store.value());
    ASSERT_TRUE(data.ok());
    for (const auto& id : acknowledged) EXPECT_TRUE(data->memberships.find(id)) << "round " << round << ": acknowledged " << id << " is lost";
    for (const auto& id : refused) EXPECT_FALSE(data->memberships.find(id)) << "round " << round << ": refused " << id << " is stored";
  }
  EXPECT_GT(acknowledged.size(), 100u);  // the load was real
  EXPECT_GT(refused.size(), 10u);
}
INSTANTIATE_TEST_SUITE_P(Backends, Crash, ::testing::Values("sqlite", "postgresql"), [](const auto& info) { return info.param; });

// One truth across processes: what the command line, or a second server on the same database,
// writes is seen by a running server within a second, with no restart; and a server's own write
// made just after another process's keeps what that process wrote. On SQLite and on PostgreSQL.
class Freshness : public ::testing::TestWithParam<std::string> {};

TEST_P(Freshness, ChangesByAnotherProcessAreSeenWithinASecond) {
  const std::string database = GetParam() == "sqlite" ? "sqlite:" + test::temp_path("fresh.db") : test::fresh_postgres_database("yp_fresh");
  ASSERT_FALSE(database.empty()) << "YP_TEST_POSTGRES is not set: run the suites through scripts/test, which starts PostgreSQL";
  ASSERT_EQ(run({binary(), "--database", database, "load", "--quiet", test::data_dir()}), 0);
  ASSERT_EQ(create_account(database, "coordinator", "coordinator:county-01"), 0);
  unsigned short port = 0, second_port = 0;
  pid_t pid = serve(database, port);
  pid_t second = serve(database, second_port);
  const auto session = test::sign_in(port, "coordinator", kPassword);
  ASSERT_EQ(session.status, 200);
  const auto seen_within = [&](unsigned short at, const std::string& target) {
    const auto began = std::chrono::steady_clock::now();
    while (std::chrono::steady_clock::now() - began < std::chrono::seconds(3)) {
      if (test::http(at, "GET", target).status == 200) return std::chrono::steady_clock::now() - began;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return std::chrono::steady_clock::duration::max();
  };

  // The command line registers a person: both servers show it within a second.
  ASSERT_EQ(run({binary(), "--database", database, "registry", "register_person", "name=Kaisa Komentorivi", "organisation_id=county-01"}), 0);
  EXPECT_LT(seen_within(port, "/api/persons/kaisa-komentorivi"), std::chrono::milliseconds(1500));
  EXPECT_LT(seen_within(second_port, "/api/persons/kaisa-komentorivi"), std::chrono::milliseconds(1500));

  // The command line writes, and at once the first server writes too: neither write is lost to
  // the other, in either server.
  ASSERT_EQ(run({binary(), "--database", database, "registry", "register_person", "name=Linda Lataaja", "organisation_id=county-01"}), 0);
  auto made = test::http(port, "POST", "/api/persons", R"({"name":"Pekka Palvelin","organisation_id":"county-01"})", session.headers());
  ASSERT_EQ(made.status, 201) << made.body;
  for (unsigned short at : {port, second_port})
    for (const char* person : {"linda-lataaja", "pekka-palvelin", "kaisa-komentorivi"})
      EXPECT_LT(seen_within(at, std::string("/api/persons/") + person), std::chrono::milliseconds(1500)) << person << " on " << at;

  // The same person corrected by the command line and, at once, by the server: the server's write
  // is decided on what the command line committed, so both corrections are kept.
  ASSERT_EQ(run({binary(), "--database", database, "registry", "correct_person", "person_id=linda-lataaja", "name=Linda Lataaja-Korjattu", "reason=komentorivi"}), 0);
  auto corrected = test::http(port, "POST", "/api/persons/linda-lataaja/corrections", R"({"name":"Linda Lataaja","reason":"palvelin"})", session.headers());
  ASSERT_EQ(corrected.status, 200) << corrected.body;
  const auto corrections = nlohmann::json::parse(corrected.body)["corrections"];
  ASSERT_EQ(corrections.size(), 2u) << corrected.body;
  EXPECT_EQ(corrections[0]["reason"], "komentorivi");
  EXPECT_EQ(corrections[1]["reason"], "palvelin");
  test::stop(second);
  test::stop(pid);
}

INSTANTIATE_TEST_SUITE_P(Backends, Freshness, ::testing::Values("sqlite", "postgresql"), [](const auto& info) { return info.param; });

// The same flows from the command line: a person registered, an agreement drafted and approved by
// both parties, and then in force in `check`.
TEST(CommandLine, AnAgreementIsDraftedAndApprovedFromTheCommandLine) {
  const std::string database = "sqlite:" + test::temp_path("cli-agreement.db");
  ASSERT_EQ(run({binary(), "--database", database, "load", "--quiet", test::data_dir()}), 0);
  ASSERT_EQ(run({binary(), "--database", database, "agreement", "draft_agreement", "title:={\"fi\":\"Komentorivin sopimus\"}",
                 "party_ids:=[\"municipality-049\",\"county-03\"]", "preparation_coordinator_id=municipality-049"}), 0);
  for (const char* party : {"party_id=municipality-049", "party_id=county-03"})
    ASSERT_EQ(run({binary(), "--database", database, "agreement", "approve", "agreement_id=komentorivin-sopimus", party, "date=2024-01-15"}), 0);
  // Approving twice is refused, in the language of $LANG, and exits 1.
  const std::string twice = output_of("LANG=sv_FI.UTF-8 " + binary() + " --database " + database +
                                      " agreement approve agreement_id=komentorivin-sopimus party_id=county-03 date=2024-01-16 2>&1; echo \"exit=$?\"");
  EXPECT_NE(twice.find("Godkännandet av Västra Nylands välfärdsområde är redan registrerat"), std::string::npos) << twice;
  EXPECT_NE(twice.find("exit=1"), std::string::npos) << twice;
  const std::string checked = output_of(binary() + " --database " + database + " check --as-of 2024-02-01 | grep 'agreement.in_force komentorivin-sopimus'");
  EXPECT_EQ(checked.rfind("[holds]", 0), 0u) << checked;
}

// A command that reads the registry says so when the database is empty, instead of answering nothing.
TEST(CommandLine, AnEmptyDatabaseIsSaidToBeEmpty) {
  const std::string database = "sqlite:" + test::temp_path("empty.db");
  const std::string said = output_of(binary() + " --database " + database + " check 2>&1; echo \"exit=$?\"");
  EXPECT_NE(said.find("load data"), std::string::npos) << said;
  EXPECT_NE(said.find("exit=1"), std::string::npos) << said;
}

TEST(Serve, StopsGracefullyOnSigterm) {
  const std::string database = "sqlite:" + test::temp_path("term.db");
  ASSERT_EQ(run({binary(), "--database", database, "load", "--quiet", test::data_dir()}), 0);
  unsigned short port = 0;
  pid_t pid = serve(database, port);
  ASSERT_EQ(test::http(port, "GET", "/api/health").status, 200);
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_EQ(test::http(port, "GET", "/api/health").status, 0);  // nothing listens any more
}

// The server remembers who a session is for a second at most: grants changed by another process
// (here the command line) bind the session within that time.
TEST(Serve, GrantsChangedFromTheCommandLineBindARunningServerWithinASecond) {
  const std::string database = "sqlite:" + test::temp_path("grants.db");
  ASSERT_EQ(run({binary(), "--database", database, "load", "--quiet", test::data_dir()}), 0);
  ASSERT_EQ(create_account(database, "coordinator", "coordinator:county-01"), 0);
  unsigned short port = 0;
  pid_t pid = serve(database, port);
  const auto session = test::sign_in(port, "coordinator", kPassword);
  auto nominate = [&](const std::string& start) {
    nlohmann::json body = {{"person_id", "jan-d-oker-blom"}, {"role", "member"}, {"seat_category", "elected"},
                           {"on_behalf_of_id", "county-01"}, {"start_date", start}, {"end_date", start}};
    return test::http(port, "POST", "/api/bodies/ita-uusimaa-networks/memberships", body.dump(), session.headers()).status;
  };
  ASSERT_EQ(nominate("2023-01-02"), 201);
  ASSERT_EQ(run({binary(), "--database", database, "account", "coordinator", "--grant", "reader"}), 0);
  const auto changed = std::chrono::steady_clock::now();
  int status = 0;
  for (int n = 3; n < 56 && status != 403 && std::chrono::steady_clock::now() - changed < std::chrono::seconds(3); ++n) {
    const int month = n < 29 ? 1 : 2, day = n < 29 ? n : n - 27;
    status = nominate("2023-0" + std::to_string(month) + "-" + (day < 10 ? "0" : "") + std::to_string(day));
    if (status != 403) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(status, 403);
  // A second, with room for a busy machine.
  EXPECT_LT(std::chrono::steady_clock::now() - changed, std::chrono::seconds(3));
  test::stop(pid);
}

TEST(Serve, FeedTokensOpenNonPublicItemsUntilRevoked) {
  const std::string database = "sqlite:" + test::temp_path("tokens.db");
  const std::string meeting = test::temp_path("private.yaml");
  std::ofstream(meeting) << "meetings:\n  - {id: private-talk, kind: body_meeting, title: Luottamuksellinen, body_id: ita-uusimaa-top-management-forum,"
                            " date: 2026-03-02, public: false}\n";
  ASSERT_EQ(run({binary(), "--database", database, "load", "--quiet", test::data_dir(), meeting}), 0);
  const std::string url = output_of(binary() + " --database " + database + " feed-token --for ita-uusimaa-top-management-forum --note sihteeri");
  ASSERT_EQ(url.rfind("/api/calendar/bodies/ita-uusimaa-top-management-forum.ics?token=", 0), 0u) << url;
  const std::string token = url.substr(url.find("token=") + 6);
  EXPECT_EQ(token.size(), 32u);

  unsigned short port = 0;
  pid_t pid = serve(database, port);
  auto open_feed = test::http(port, "GET", "/api/calendar/bodies/ita-uusimaa-top-management-forum.ics");
  ASSERT_EQ(open_feed.status, 200);
  EXPECT_EQ(open_feed.body.find("meeting-private-talk"), std::string::npos);
  auto with_token = test::http(port, "GET", url);
  ASSERT_EQ(with_token.status, 200);
  EXPECT_NE(with_token.body.find("meeting-private-talk"), std::string::npos);
  EXPECT_EQ(test::http(port, "GET", "/api/calendar/bodies/ita-uusimaa-networks.ics?token=" + token).status, 403);  // another feed
  EXPECT_EQ(test::http(port, "GET", "/api/meetings/private-talk").status, 404);
  EXPECT_EQ(test::http(port, "GET", "/api/export/popolo").body.find("private-talk"), std::string::npos);

  // Revoked from the command line while the server runs: refused at once.
  EXPECT_EQ(run({binary(), "--database", database, "feed-token", "--revoke", token}), 0);
  EXPECT_EQ(test::http(port, "GET", url).status, 403);
  EXPECT_EQ(run({binary(), "--database", database, "feed-token", "--revoke", token}), 1);
  kill(pid, SIGTERM);
  waitpid(pid, nullptr, 0);
}

TEST(Cli, MinutesAsPdfAndConfidentialItemsKeptOutOfPublicViews) {
  const std::string database = "sqlite:" + test::temp_path("minutes.db");
  const std::string meeting = test::temp_path("confidential.yaml");
  std::ofstream(meeting) << "meetings:\n  - id: secret-item\n    kind: body_meeting\n    title: Ylin johto\n    body_id: ita-uusimaa-top-management-forum\n"
                            "    date: 2025-03-03\n    items:\n      - {number: 1, title: Avoin asia, agreed: [Sovittiin avoimesti.]}\n"
                            "      - {number: 2, title: Henkilöstöasia, confidential_ground: \"JulkL 24 § 1 mom. 29 k\", proposal: Salainen ehdotus}\n";
  ASSERT_EQ(run({binary(), "--database", database, "load", "--quiet", test::data_dir(), meeting}), 0);
  const std::string pdf = test::temp_path("espoo.pdf");
  ASSERT_EQ(run({binary(), "--database", database, "minutes", "espoo-lansi-uusimaa-2025-01-15", "--lang", "sv", "--pdf", pdf}), 0);
  const std::string text = output_of("pdftotext '" + pdf + "' -");
  EXPECT_NE(text.find("PROMEMORIA"), std::string::npos) << text;
  EXPECT_NE(text.find("Mervi Katainen"), std::string::npos);

  const std::string public_html = output_of(binary() + " --database " + database + " minutes secret-item");
  EXPECT_NE(public_html.find("Sovittiin avoimesti."), std::string::npos);
  EXPECT_NE(public_html.find("Salassa pidettävä: JulkL 24 § 1 mom. 29 k"), std::string::npos);
  EXPECT_EQ(public_html.find("Salainen ehdotus"), std::string::npos);
  EXPECT_NE(output_of(binary() + " --database " + database + " minutes secret-item --full").find("Salainen ehdotus"), std::string::npos);
  EXPECT_EQ(output_of(binary() + " --database " + database + " export").find("Salainen ehdotus"), std::string::npos);

  unsigned short port = 0;
  pid_t pid = serve(database, port);
  EXPECT_EQ(test::http(port, "GET", "/api/meetings/secret-item").body.find("Salainen ehdotus"), std::string::npos);
  EXPECT_EQ(test::http(port, "GET", "/api/meetings/secret-item/minutes").body.find("Salainen ehdotus"), std::string::npos);
  kill(pid, SIGTERM);
  waitpid(pid, nullptr, 0);
}

TEST(Cli, ASecretaryRunsAMeetingFromTheCommandLine) {
  const std::string database = "sqlite:" + test::temp_path("meeting-cli.db");
  ASSERT_EQ(run({binary(), "--database", database, "load", "--quiet", test::data_dir()}), 0);
  auto meeting = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {binary(), "--database", database, "meeting"});
    return run(args);
  };
  const std::string id = "ita-uusimaa-top-management-forum-2024-1";
  ASSERT_EQ(meeting({"plan", "body_id=ita-uusimaa-top-management-forum", "date=2024-09-12", "place=Porvoo", "start_time=13.00"}), 0);
  EXPECT_EQ(meeting({"move", "meeting_id=" + id, "to=minutes_approved"}), 1);  // illegal move
  EXPECT_EQ(meeting({"plan", "body_id=nowhere", "date=2024-09-12"}), 1);
  EXPECT_EQ(meeting({"add_item", "meeting_id=" + id, "title:={\"fi\": \"Kotoutuminen\", \"sv\": \"Integration\"}"}), 0);
  EXPECT_EQ(meeting({"move", "meeting_id=" + id, "to=held"}), 0);
  EXPECT_EQ(meeting({"agree", "meeting_id=" + id, "item=1", "text=x"}), 1);  // item must be a number: item:=1
  EXPECT_EQ(meeting({"agree", "meeting_id=" + id, "item:=1", "text=Sovittiin yhteisestä kotouttamisohjelmasta."}), 0);
  EXPECT_EQ(meeting({"decide", "meeting_id=" + id, "item:=1", "text=Päätetään."}), 1);  // the forum may not decide
  EXPECT_EQ(meeting({"add_action", "meeting_id=" + id, "item:=1", "text=Laaditaan ohjelma", "responsible_organisation_id=county-01"}), 0);
  for (const char* to : {"to=minutes_drafted", "to=minutes_approved", "to=published"}) EXPECT_EQ(meeting({"move", "meeting_id=" + id, to}), 0) << to;
  const std::string html = output_of(binary() + " --database " + database + " minutes " + id + " --lang sv");
  EXPECT_NE(html.find("PROTOKOLL 1/2024"), std::string::npos) << html;
  EXPECT_NE(html.find("Integration"), std::string::npos);
  EXPECT_NE(html.find("Sovittiin yhteisestä kotouttamisohjelmasta."), std::string::npos);
  EXPECT_NE(html.find("Laaditaan ohjelma"), std::string::npos);
  EXPECT_NE(output_of(binary() + " --database " + database + " meeting move meeting_id=" + id + " to=published 2>&1").find("“published” already"),
            std::string::npos);
  // Every step is in the audit trail, by the system user, with the command that made it.
  const std::string trail = output_of(binary() + " --database " + database + " audit --entity meetings --entity-id " + id);
  EXPECT_NE(trail.find("\"actor\":\"cli:"), std::string::npos) << trail;
  EXPECT_NE(trail.find("meeting plan body_id=ita-uusimaa-top-management-forum"), std::string::npos);
  EXPECT_NE(trail.find("to=published"), std::string::npos);
  // A backup while in use, restored over a later change.
  const std::string backup = test::temp_path("meetings-backup.db");
  ASSERT_EQ(run({binary(), "--database", database, "backup", backup}), 0);
  EXPECT_EQ(run({binary(), "--database", database, "backup", backup}), 1);  // not overwritten
  ASSERT_EQ(meeting({"plan", "body_id=ita-uusimaa-top-management-forum", "date=2024-10-01"}), 0);
  ASSERT_EQ(run({binary(), "--database", database, "restore", backup}), 0);
  EXPECT_EQ(output_of(binary() + " --database " + database + " minutes ita-uusimaa-top-management-forum-2024-2 2>&1").find("PÖYTÄKIRJA"), std::string::npos);
  EXPECT_NE(output_of(binary() + " --database " + database + " minutes " + id).find("PÖYTÄKIRJA 1/2024"), std::string::npos);
  // A negotiation convened from the command line, its day written the Finnish way; a refusal in
  // the language of $LANG.
  EXPECT_EQ(meeting({"plan_negotiation", "organiser_id=county-03", "party_ids:=[\"municipality-049\"]", "date=1.12.2026", "legal_basis:=[\"611-2021-s14\"]"}), 0);
  EXPECT_NE(output_of(binary() + " --database " + database + " minutes negotiation-county-03-2026-1 --lang sv").find("DAGORDNING 1/2026"), std::string::npos);
  EXPECT_EQ(meeting({"move", "meeting_id=negotiation-county-03-2026-1", "to=held", "date=1.12.2026"}), 0);
  EXPECT_NE(output_of(binary() + " --database " + database + " minutes negotiation-county-03-2026-1").find("MUISTIO 1/2026"), std::string::npos);
  const std::string alone = output_of("LANG=fi_FI.UTF-8 " + binary() + " --database " + database + " meeting plan_negotiation organiser_id=county-03 date=2.12.2026 2>&1");
  EXPECT_NE(alone.find("Neuvottelussa on vähintään kaksi osapuolta."), std::string::npos) << alone;
}

TEST(Cli, LoadRefusesABadFileAndStoresNothing) {
  const std::string database = "sqlite:" + test::temp_path("cli.db");
  std::string bad = test::temp_path("bad.yaml");
  std::ofstream(bad) << "persons:\n  - {id: a, name: A}\n  - {id: b}\n";
  EXPECT_EQ(run({binary(), "--database", database, "load", "--quiet", test::data_dir(), bad}), 1);
  auto store = Store::open(database);
  ASSERT_TRUE(store.ok());
  auto data = read_dataset(*store.value());
  ASSERT_TRUE(data.ok());
  EXPECT_TRUE(data->organisations.items.empty());
  EXPECT_EQ(run({binary(), "--database", database, "check", "--as-of", "2024-02-30"}), 1);
}

}  // namespace
}  // namespace yp
