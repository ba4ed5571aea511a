// Who may do what, through real HTTP: sign-in (wrong passwords, lockout, limits per address,
// CSRF, signing out here and everywhere) and the authorization matrix: every route of the router ×
// the public, a reader, a body's secretary, two organisations' coordinators and an administrator,
// with the answer each must get; a refused write changes nothing; every change is in the audit
// trail with who, which request, and the values before and after.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "access/access.h"
#include "access/credentials.h"
#include "api_server.h"

namespace yp {
namespace {

using nlohmann::json;

const std::string kForum = "ita-uusimaa-top-management-forum";  // a body of Itä-Uusimaa (county-01)

class Access : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    http::AccessOptions options;
    options.attempts_per_minute = 100;  // the matrix signs in many accounts from one address
    server_ = new test::ApiServer(options);
    server_->add_account("reader", {{AccessRole::reader, ""}});
    server_->add_account("secretary", {{AccessRole::secretary, kForum}});
    server_->add_account("coordinator-iu", {{AccessRole::coordinator, "county-01"}});
    server_->add_account("coordinator-hki", {{AccessRole::coordinator, "municipality-091"}});
    server_->add_account("coordinator-hus", {{AccessRole::coordinator, "hus"}});
    server_->add_account("secretary-top", {{AccessRole::secretary, "uusimaa-top-management-meeting"}});
  }
  static void TearDownTestSuite() { delete server_; }
  static test::HttpResult call(const std::string& method, const std::string& target, const json& body, const std::string& headers) {
    // A string body is a file imported as it is (CSV); anything else is sent as JSON.
    if (body.is_string()) return test::http(server_->port(), method, target, body.get<std::string>(), headers + "Content-Type: text/csv\r\n");
    return test::http(server_->port(), method, target, body.is_null() ? "" : body.dump(), headers);
  }
  static long audit_size() {
    AuditFilter all;
    all.limit = 10000;
    return static_cast<long>(server_->store->read_audit(all).value().size());
  }
  static test::ApiServer* server_;
};
test::ApiServer* Access::server_ = nullptr;

TEST_F(Access, SignInRefusesWrongPasswordsLocksAndSignsOut) {
  server_->add_account("locked", {{AccessRole::reader, ""}});
  EXPECT_EQ(test::sign_in(server_->port(), "nobody", "whatever password").status, 401);
  auto wrong = test::http(server_->port(), "POST", "/api/session", R"({"account":"locked","password":"wrong password!!"})");
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(wrong.headers.count("set-cookie"), 0u);
  for (int i = 0; i < 4; ++i) test::sign_in(server_->port(), "locked", "wrong password!!");
  // Five failures lock the account: even the right password is refused for now.
  auto locked = test::http(server_->port(), "POST", "/api/session", std::string(R"({"account":"locked","password":")") + test::kAdminPassword + "\"}");
  EXPECT_EQ(locked.status, 429) << locked.body;
  EXPECT_FALSE(locked.headers["retry-after"].empty());
  // The failed sign-ins are in the trail, five of them, by name and address, without any password.
  auto trail = server_->store->read_audit({"", "sign_in_failures", "locked", "", "", 100}).value();
  ASSERT_EQ(trail.size(), 5u);
  EXPECT_EQ(trail.back().actor, "anonymous@127.0.0.1");
  for (const auto& e : trail) EXPECT_EQ(e.after.find("wrong password"), std::string::npos);

  // The session cookie: HttpOnly, SameSite=Strict, Secure; a write without the CSRF token is refused.
  auto raw = test::http(server_->port(), "POST", "/api/session", std::string(R"({"account":"reader","password":")") + test::kAdminPassword + "\"}");
  ASSERT_EQ(raw.status, 200);
  const std::string cookie = raw.cookies.empty() ? "" : raw.cookies.front();
  for (const char* attribute : {"HttpOnly", "SameSite=Strict", "Secure", "Path=/"}) EXPECT_NE(cookie.find(attribute), std::string::npos) << cookie;
  auto here = server_->sign_in("reader");
  auto elsewhere = server_->sign_in("reader");
  const std::string only_cookie = "Cookie: " + here.cookie + "\r\n";
  EXPECT_EQ(test::http(server_->port(), "POST", "/api/accounts/reader/password", R"({"password":"another long password"})", only_cookie).status, 403);
  EXPECT_EQ(test::http(server_->port(), "POST", "/api/accounts/reader/password", "password=x", here.headers() + "Content-Type: application/x-www-form-urlencoded\r\n").status, 415);
  EXPECT_EQ(test::http(server_->port(), "GET", "/api/session", "", only_cookie).status, 200);
  // Signing out here ends this session only; signing out everywhere ends the other one too.
  EXPECT_EQ(test::http(server_->port(), "DELETE", "/api/session", "", here.headers()).status, 204);
  EXPECT_EQ(test::http(server_->port(), "GET", "/api/session", "", only_cookie).status, 401);
  EXPECT_EQ(test::http(server_->port(), "GET", "/api/session", "", elsewhere.headers()).status, 200);
  auto third = server_->sign_in("reader");
  EXPECT_EQ(test::http(server_->port(), "DELETE", "/api/sessions", "", third.headers()).status, 204);
  EXPECT_EQ(test::http(server_->port(), "GET", "/api/session", "", elsewhere.headers()).status, 401);
}

TEST(AccessLimits, SignInAttemptsFromOneAddressAreLimited) {
  http::AccessOptions options;
  options.attempts_per_minute = 3;
  test::ApiServer server(options);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(test::sign_in(server.port(), "admin", "wrong password!!").status, 401);
  auto limited = test::http(server.port(), "POST", "/api/session", std::string(R"({"account":"admin","password":")") + test::kAdminPassword + "\"}");
  EXPECT_EQ(limited.status, 429);
  EXPECT_FALSE(limited.headers["retry-after"].empty());
}

// Any request beyond the rate from one address is refused with 429 and when to come back, in the
// asker's language, until the bucket refills.
TEST(AccessLimits, RequestsFromOneAddressAreLimited) {
  test::ApiServer server({}, 4);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(test::http(server.port(), "GET", "/api/health").status, 200) << i;
  auto limited = test::http(server.port(), "GET", "/api/bodies", "", "Accept-Language: sv\r\n");
  EXPECT_EQ(limited.status, 429);
  EXPECT_EQ(limited.headers["retry-after"], "1");
  EXPECT_EQ(json::parse(limited.body)["title"], "För många förfrågningar");
  std::this_thread::sleep_for(std::chrono::milliseconds(600));  // 4 a second: two tokens back
  EXPECT_EQ(test::http(server.port(), "GET", "/api/health").status, 200);
  int refused = 0;
  for (int i = 0; i < 10; ++i) refused += test::http(server.port(), "GET", "/api/health").status == 429;
  EXPECT_GE(refused, 5);
}

// One row of the matrix: a write, the principal whose scope it is, and those who must be refused.
struct Row {
  std::string route;  // "POST /api/…/{id}" as the router lists it
  std::string target;
  json body;
  std::string owner;  // signed-in account that may do it ("" for the public)
  std::vector<std::string> refused;
  std::set<int> owner_gets = {200, 201};
};

// What the answers say one may do (`may`) is what the server allows: the web application shows a
// form only where the write would be accepted, and asks the server instead of repeating its rules.
TEST_F(Access, TheMayListsSayWhatTheServerAllows) {
  std::map<std::string, test::SignedIn> as;
  for (const char* id : {"admin", "reader", "secretary", "coordinator-iu", "coordinator-hki", "coordinator-hus", "secretary-top"}) {
    as[id] = server_->sign_in(id);
    ASSERT_EQ(as[id].status, 200) << id;
  }
  const auto post = [&](const std::string& target, const json& body) {
    auto answer = test::http(server_->port(), "POST", target, body.dump(), as["admin"].headers());
    EXPECT_LT(answer.status, 300) << target << " " << answer.body;
    return json::parse(answer.body);
  };
  const std::string meeting = post("/api/bodies/" + kForum + "/meetings", {{"date", "2023-05-02"}})["id"];
  post("/api/meetings/" + meeting + "/items", {{"title", "Kotoutuminen"}});
  post("/api/meetings/" + meeting + "/transitions", {{"to", "held"}, {"date", "2023-05-02"}});
  const std::string action = post("/api/meetings/" + meeting + "/items/1/actions", {{"text", "Laaditaan ohjelma"}, {"responsible_organisation_id", "county-01"}})["id"];

  const auto get = [&](const std::string& who, const std::string& target) {
    auto answer = test::http(server_->port(), "GET", target, "", who.empty() ? "" : as[who].headers());
    EXPECT_EQ(answer.status, 200) << who << " " << target << " " << answer.body;
    return json::parse(answer.body);
  };
  const auto has = [](const json& list, const std::string& what) { return std::find(list.begin(), list.end(), what) != list.end(); };
  const auto owners = [](std::set<std::string> s) { return s.insert("admin"), s; };
  for (const std::string who : {"", "reader", "secretary", "coordinator-iu", "coordinator-hki", "coordinator-hus", "secretary-top"}) {
    SCOPED_TRACE("as " + (who.empty() ? std::string("the public") : who));
    EXPECT_EQ(has(get(who, "/api/meetings/" + meeting)["may"], "move"), owners({"secretary"}).count(who) == 1);
    EXPECT_EQ(has(get(who, "/api/bodies/" + kForum + "/composition?as_of=2023-06-01")["may"], "plan_meeting"), owners({"secretary"}).count(who) == 1);
    EXPECT_EQ(has(get(who, "/api/actions/" + action)["may"], "action_status"), owners({"secretary", "coordinator-iu"}).count(who) == 1);
    EXPECT_EQ(has(get(who, "/api/agreements/ita-uusimaa-strategic-cooperation-agreement")["may_approve_for"], "county-01"),
              owners({"coordinator-iu"}).count(who) == 1);
    EXPECT_EQ(has(get(who, "/api/organisations/county-01")["may"], "register_person"), owners({"coordinator-iu"}).count(who) == 1);
    EXPECT_EQ(has(get(who, "/api/organisations/county-01")["may"], "dissolve_organisation"), who == "admin");
    EXPECT_EQ(has(get(who, "/api/negotiations/organisers"), "county-01"), owners({"coordinator-iu"}).count(who) == 1);
    EXPECT_EQ(has(get(who, "/api/negotiations/organisers"), "municipality-091"), owners({"coordinator-hki"}).count(who) == 1);
    if (who.empty()) continue;  // budget monitoring and the session are for those signed in
    const auto report = get(who, "/api/budget/report?year=2025");
    EXPECT_EQ(has(report["may"], "import"), owners({"coordinator-hus"}).count(who) == 1);
    EXPECT_EQ(has(report["may"], "record_threshold"), owners({"secretary-top"}).count(who) == 1);
    // HUS's coordinator, and a fee-paying member's (Itä-Uusimaa, Helsinki) for its own share.
    EXPECT_EQ(has(get(who, "/api/budget/rules")[0]["may"], "record_frame"), owners({"coordinator-hus", "coordinator-iu", "coordinator-hki"}).count(who) == 1);
    const auto session = get(who, "/api/session");
    EXPECT_EQ(has(session["may"], "list_accounts"), who == "admin");
    EXPECT_EQ(has(session["may"], "read_audit"), who == "admin");
  }
}

TEST_F(Access, EveryRouteTimesEveryRole) {
  std::map<std::string, test::SignedIn> as;
  for (const char* id : {"admin", "reader", "secretary", "coordinator-iu", "coordinator-hki", "coordinator-hus", "secretary-top", "victim", "spare"}) {
    if (std::string(id) == "victim" || std::string(id) == "spare") server_->add_account(id, {{AccessRole::reader, ""}});
    as[id] = server_->sign_in(id);
    ASSERT_EQ(as[id].status, 200) << id;
  }
  const std::vector<std::string> everyone_but_owner_scope = {"reader", "coordinator-iu", "coordinator-hki"};
  const std::string meeting = kForum + "-2023-1", m = "/api/meetings/" + meeting;
  const std::string hki_member = "m-helsinki-counties-cooperation-group-otto-andersson-2023-01-01";
  const std::vector<Row> rows = {
      {"POST /api/bodies/{id}/meetings", "/api/bodies/" + kForum + "/meetings", {{"date", "2023-05-02"}}, "secretary", everyone_but_owner_scope},
      {"POST /api/meetings/{id}/participants/prefill", m + "/participants/prefill", nullptr, "secretary", everyone_but_owner_scope},
      {"POST /api/meetings/{id}/items", m + "/items", {{"title", "Kotoutuminen"}}, "secretary", everyone_but_owner_scope},
      {"POST /api/meetings/{id}/items/{number}/attachments", m + "/items/1/attachments", {{"title", "Liite"}, {"reference", "IU/1/2023"}}, "secretary",
       everyone_but_owner_scope},
      {"POST /api/meetings/{id}/transitions", m + "/transitions", {{"to", "held"}, {"date", "2023-05-02"}}, "secretary", everyone_but_owner_scope},
      {"POST /api/meetings/{id}/attendance", m + "/attendance", {{"person_id", "otto-andersson"}, {"present", true}}, "secretary", everyone_but_owner_scope},
      {"POST /api/meetings/{id}/items/{number}/attendance", m + "/items/1/attendance", {{"person_id", "otto-andersson"}, {"arrived", "13.05"}}, "secretary",
       everyone_but_owner_scope},
      {"POST /api/meetings/{id}/items/{number}/disqualifications", m + "/items/1/disqualifications", {{"person_id", "otto-andersson"}, {"ground", "yhteisöjäävi"}},
       "secretary", everyone_but_owner_scope},
      {"POST /api/meetings/{id}/items/{number}/decision", m + "/items/1/decision", {{"text", "Päätetään."}}, "secretary", everyone_but_owner_scope, {409}},
      {"POST /api/meetings/{id}/items/{number}/agreed", m + "/items/1/agreed", {{"text", "Sovitaan."}}, "secretary", everyone_but_owner_scope},
      {"POST /api/meetings/{id}/items/{number}/actions", m + "/items/1/actions", {{"text", "Laaditaan ohjelma"}, {"responsible_organisation_id", "county-01"}},
       "secretary", everyone_but_owner_scope},
      // The responsible organisation's coordinator answers the action; another organisation's may not.
      {"POST /api/actions/{id}/status", "/api/actions/" + meeting + "-action-1/status", {{"status", "in_progress"}}, "coordinator-iu", {"reader", "coordinator-hki"}},
      {"POST /api/meetings/{id}/checkers", m + "/checkers", {{"person_ids", {"otto-andersson"}}}, "secretary", everyone_but_owner_scope},
      {"POST /api/meetings/{id}/items/{number}/statements", m + "/items/1/statements",
       {{"on_behalf_of_id", "county-01"}, {"person_ids", {"otto-andersson"}}, {"points", {"Kotoutuminen on yhteinen asia."}}}, "secretary", everyone_but_owner_scope},
      {"POST /api/meetings/{id}/items/{number}/discussion", m + "/items/1/discussion", {{"text", "Keskusteltiin kotoutumisesta."}}, "secretary",
       everyone_but_owner_scope},
      {"POST /api/meetings/{id}/items/{number}/proposal", m + "/items/1/proposal", {{"text", "Ehdotetaan yhteistä ohjelmaa."}}, "secretary",
       everyone_but_owner_scope},
      // A negotiation between parties is convened by the coordinator of its organiser.
      {"POST /api/negotiations", "/api/negotiations",
       {{"organiser_id", "county-01"}, {"party_ids", {"county-01", "municipality-434"}}, {"date", "2023-06-01"}, {"legal_basis", {"611-2021-s14"}}},
       "coordinator-iu", {"reader", "secretary", "coordinator-hki"}, {201}},
      // It is run by that coordinator, not by another party's or a body's secretary.
      {"POST /api/meetings/{id}/items", "/api/meetings/negotiation-county-01-2023-1/items", {{"title", "Avaus"}}, "coordinator-iu",
       {"reader", "secretary", "coordinator-hki"}, {201}},
      {"POST /api/meetings/{id}/transitions", "/api/meetings/negotiation-county-01-2023-1/transitions", {{"to", "held"}, {"date", "2023-06-01"}},
       "coordinator-iu", {"reader", "secretary", "coordinator-hki"}},
      {"POST /api/meetings/{id}/items/{number}/statements", "/api/meetings/negotiation-county-01-2023-1/items/1/statements",
       {{"on_behalf_of_id", "municipality-434"}, {"person_ids", json::array()}, {"points", {"Loviisan puheenvuoro."}}}, "coordinator-iu",
       {"reader", "secretary", "coordinator-hki"}},
      {"POST /api/bodies/{id}/memberships", "/api/bodies/helsinki-counties-cooperation-group/memberships",
       {{"person_id", "otto-andersson"}, {"role", "member"}, {"seat_category", "elected"}, {"on_behalf_of_id", "municipality-091"}, {"start_date", "2023-01-01"}},
       "coordinator-hki", {"reader", "secretary", "coordinator-iu"}},
      // A Itä-Uusimaa coordinator cannot end a Helsinki member's seat.
      {"POST /api/memberships/{id}/end", "/api/memberships/" + hki_member + "/end", {{"end_date", "2023-05-31"}, {"reason", "eronnut"}}, "coordinator-hki",
       {"reader", "secretary", "coordinator-iu"}},
      {"POST /api/agreements/{id}/approvals", "/api/agreements/ita-uusimaa-strategic-cooperation-agreement/approvals", {{"party_id", "county-01"}, {"date", "2023-03-20"}},
       "coordinator-iu", {"reader", "secretary", "coordinator-hki"}},
      {"POST /api/agreements/{id}/approval-corrections", "/api/agreements/ita-uusimaa-strategic-cooperation-agreement/approval-corrections",
       {{"party_id", "county-01"}, {"date", "2023-03-21"}, {"reason", "päivä kirjattiin väärin"}}, "coordinator-iu", {"reader", "secretary", "coordinator-hki"}},
      {"POST /api/events", "/api/events",
       {{"id", "matrix-event"}, {"kind", "negotiation"}, {"date", "2023-04-04"}, {"party_ids", {"county-01"}}, {"source", {{"document", "doc-002"}}}},
       "coordinator-iu", {"reader", "secretary", "coordinator-hki"}},
      // Budget monitoring: the top management meeting's secretary records the threshold and confirms
      // frames; HUS imports and explains; the member concerned (Itä-Uusimaa) accepts or returns.
      {"POST /api/budget/threshold", "/api/budget/threshold", {{"percent", "5"}, {"from", "2025-01-01"}, {"source", {{"document", "doc-001"}}}}, "secretary-top",
       {"reader", "secretary", "coordinator-iu", "coordinator-hki", "coordinator-hus"}},
      {"POST /api/budget/imports/allocation", "/api/budget/imports/allocation", "member,service_group,month,euros,count\ncounty-01,surgery,2025-01,1000.00,0\n",
       "coordinator-hus", {"reader", "secretary", "coordinator-iu", "coordinator-hki", "secretary-top"}},
      {"POST /api/budget/imports/production", "/api/budget/imports/production", "member,service_group,date,euros,count\ncounty-01,surgery,2025-01-15,1200.00,3\n",
       "coordinator-hus", {"reader", "secretary", "coordinator-iu", "coordinator-hki", "secretary-top"}},
      {"POST /api/budget/explanations/{id}/explanation", "/api/budget/explanations/deviation-2025-01-county-01/explanation", {{"text", "Leikkauksia enemmän."}},
       "coordinator-hus", {"reader", "secretary", "coordinator-iu", "coordinator-hki", "secretary-top"}},
      {"POST /api/budget/explanations/{id}/return", "/api/budget/explanations/deviation-2025-01-county-01/return", {{"text", "Eritelkää syyt."}},
       "coordinator-iu", {"reader", "secretary", "coordinator-hki", "coordinator-hus", "secretary-top"}},
      // Returned, not explained again: the member may accept only what is explained.
      {"POST /api/budget/explanations/{id}/acceptance", "/api/budget/explanations/deviation-2025-01-county-01/acceptance", nullptr, "coordinator-iu",
       {"reader", "secretary", "coordinator-hki", "coordinator-hus", "secretary-top"}, {409}},
      {"POST /api/budget/frames", "/api/budget/frames",
       {{"year", 2023}, {"stage_id", "spring_frame"}, {"fee_shares", {{{"member_id", "municipality-091"}, {"year", 2023}, {"euros", "1500000000"}}}}},
       "coordinator-hki", {"reader", "secretary", "secretary-top"}, {201}},
      {"POST /api/budget/frames/{id}/confirmation", "/api/budget/frames/frame-2023-spring_frame-1/confirmation", {{"date", "2023-05-20"}}, "secretary-top",
       {"reader", "secretary", "coordinator-iu", "coordinator-hki", "coordinator-hus"}},
      // Goals: coordinators of the plan's or agreement's parties; Itä-Uusimaa is no party of the HYKS plan.
      {"POST /api/goals/{id}/pairs", "/api/goals/hyks-goal-cooperation/pairs",
       {{"person_id", "mervi-heinaro"}, {"party_id", "municipality-091"}, {"hus_person_id", "otto-andersson"}, {"start_date", "2023-01-01"}}, "coordinator-hki",
       {"reader", "secretary", "coordinator-iu"}, {201}},
      {"POST /api/responsibility-pairs/{id}/end", "/api/responsibility-pairs/hyks-goal-cooperation-pair-1/end", {{"end_date", "2023-05-01"}}, "coordinator-hki",
       {"reader", "secretary", "coordinator-iu"}},
      {"POST /api/indicators/{id}/description", "/api/indicators/sm-staff-metric/description",
       {{"unit", "%"}, {"sotkanet_id", "5083"}, {"source", {{"document", "doc-001"}}}}, "coordinator-iu", {"reader", "secretary"}},
      {"POST /api/indicators/{id}/targets", "/api/indicators/sm-staff-metric/targets",
       {{"year", 2023}, {"value", "5"}, {"direction", "higher_is_better"}, {"source", {{"document", "doc-001"}}}}, "coordinator-iu", {"reader", "secretary"}},
      {"POST /api/indicators/{id}/values", "/api/indicators/sm-staff-metric/values", {{"region_id", "county-01"}, {"year", 2022}, {"value", "3"}}, "coordinator-iu",
       {"reader", "secretary"}, {201}},
      {"POST /api/goals/values/sotkanet", "/api/goals/values/sotkanet", {{"name", "empty"}, {"rows", json::array()}}, "coordinator-iu", {"reader", "secretary"}},
      // The registry: a coordinator keeps its own organisation's persons, posts and holders;
      // administrators register and dissolve organisations.
      {"POST /api/persons", "/api/persons", {{"name", "Matriisi Henkilö"}, {"organisation_id", "municipality-091"}}, "coordinator-hki",
       {"reader", "secretary", "coordinator-iu"}, {201}},
      {"POST /api/persons/{id}/corrections", "/api/persons/matriisi-henkilo/corrections", {{"name", "Matriisi Henkilö-Korjattu"}, {"reason", "kirjoitusvirhe"}},
       "coordinator-hki", {"reader", "secretary", "coordinator-iu"}},
      {"POST /api/posts", "/api/posts", {{"organization_id", "municipality-091"}, {"label", {{"fi", "Matriisitehtävä"}}}, {"category", "elected"}}, "coordinator-hki",
       {"reader", "secretary", "coordinator-iu"}, {201}},
      {"POST /api/posts/{id}/holdings", "/api/posts/municipality-091-matriisitehtava/holdings", {{"person_id", "matriisi-henkilo"}, {"start_date", "2023-01-01"}},
       "coordinator-hki", {"reader", "secretary", "coordinator-iu"}, {201}},
      {"POST /api/post-holdings/{id}/end", "/api/post-holdings/municipality-091-matriisitehtava-2023-01-01/end",
       {{"end_date", "2023-12-31"}, {"reason", "toimikausi päättyi"}}, "coordinator-hki", {"reader", "secretary", "coordinator-iu"}},
      {"POST /api/organisations", "/api/organisations", {{"id", "matrix-org"}, {"classification", "other"}, {"name", {{"fi", "Matriisi Oy"}}}}, "admin",
       {"reader", "secretary", "coordinator-iu", "coordinator-hki"}, {201}},
      {"POST /api/organisations/{id}/dissolution", "/api/organisations/matrix-org/dissolution", {{"dissolution_date", "2024-01-01"}, {"reason", "sulautui"}}, "admin",
       {"reader", "secretary", "coordinator-iu", "coordinator-hki"}},
      // An agreement's life, by the coordinator of the party that prepares it; a body kept by it.
      {"POST /api/agreements", "/api/agreements",
       {{"title", {{"fi", "Matriisisopimus"}}}, {"party_ids", {"municipality-091", "county-01"}}, {"preparation_coordinator_id", "municipality-091"}}, "coordinator-hki",
       {"reader", "secretary", "coordinator-iu"}, {201}},
      {"POST /api/agreements/{id}/consultations", "/api/agreements/matriisisopimus/consultations", {{"organization_id", "hus"}}, "coordinator-hki",
       {"reader", "secretary", "coordinator-iu"}, {201}},
      {"POST /api/agreements/{id}/statements", "/api/agreements/matriisisopimus/statements", {{"organization_id", "hus"}, {"given_date", "2023-06-01"}},
       "coordinator-hki", {"reader", "secretary", "coordinator-iu"}},
      {"POST /api/agreements/{id}/versions", "/api/agreements/matriisisopimus/versions",
       {{"description", {{"fi", "Muutos"}}}, {"effective_date", "2023-09-01"}, {"proposed_by_id", "municipality-091"}}, "coordinator-hki",
       {"reader", "secretary", "coordinator-iu"}, {201}},
      {"POST /api/agreements/{id}/end", "/api/agreements/matriisisopimus/end", {{"end_date", "2023-12-31"}, {"reason", "korvattu"}}, "coordinator-hki",
       {"reader", "secretary", "coordinator-iu"}},
      {"POST /api/bodies", "/api/bodies", {{"name", {{"fi", "Matriisiryhmä"}}}, {"secretary_organization_id", "municipality-091"}}, "coordinator-hki",
       {"reader", "secretary", "coordinator-iu"}, {201}},
      {"POST /api/bodies/{id}/rules", "/api/bodies/matriisiryhma/rules", {{"reason", "tarve"}, {"cadence", {{"kind", "as_needed"}}}}, "coordinator-hki",
       {"reader", "secretary", "coordinator-iu"}},
      {"POST /api/accounts", "/api/accounts", {{"id", "new-account"}, {"password", "a brand new long password"}, {"grants", {{{"role", "reader"}}}}}, "admin",
       {"reader", "secretary", "coordinator-iu", "coordinator-hki"}, {201}},
      {"POST /api/accounts/{id}/grants", "/api/accounts/new-account/grants", {{"grants", {{{"role", "secretary"}, {"scope_id", kForum}}}}}, "admin",
       {"reader", "secretary", "coordinator-iu", "coordinator-hki"}},
      {"POST /api/accounts/{id}/password", "/api/accounts/victim/password", {{"password", "victim's new long password"}}, "admin",
       {"reader", "secretary", "coordinator-iu", "coordinator-hki"}, {204}},
      {"POST /api/accounts/{id}/disable", "/api/accounts/new-account/disable", nullptr, "admin", {"reader", "secretary", "coordinator-iu", "coordinator-hki"}},
      {"DELETE /api/sessions", "/api/sessions", nullptr, "spare", {}, {204}},
      {"DELETE /api/session", "/api/session", nullptr, "reader", {}, {204}},
      {"POST /api/session", "/api/session", {{"account", "admin"}, {"password", test::kAdminPassword}}, "", {}},
  };
  std::set<std::string> covered;
  for (const auto& row : rows) {
    covered.insert(row.route);
    const std::string method = row.route.substr(0, row.route.find(' '));
    const auto version = server_->registry->version();
    const long trail = audit_size();
    if (!row.owner.empty()) {
      // The public is asked to sign in; the owner without the CSRF token is refused.
      EXPECT_EQ(call(method, row.target, row.body, "").status, 401) << row.route;
      EXPECT_EQ(call(method, row.target, row.body, "Cookie: " + as[row.owner].cookie + "\r\n").status, 403) << row.route;
    }
    for (const auto& who : row.refused) {
      auto r = call(method, row.target, row.body, as[who].headers());
      EXPECT_EQ(r.status, 403) << row.route << " as " << who << ": " << r.body;
    }
    EXPECT_EQ(server_->registry->version(), version) << row.route << ": a refused write changed the registry";
    EXPECT_EQ(audit_size(), trail) << row.route << ": a refused write left a trace of a change";
    auto r = call(method, row.target, row.body, row.owner.empty() ? "" : as[row.owner].headers());
    EXPECT_TRUE(row.owner_gets.count(r.status)) << row.route << " as " << (row.owner.empty() ? "the public" : row.owner) << ": " << r.status << " " << r.body;
  }
  // Reads: the public reads everything public; accounts and the trail are for administrators;
  // the session and the budget report answer whoever is signed in.
  const std::set<std::string> admin_reads = {"GET /api/accounts", "GET /api/audit", "GET /api/read-log"};
  for (const auto& route : server_->router->routes()) {
    if (route.rfind("GET ", 0) != 0) continue;
    covered.insert(route);
    std::string target = route.substr(4);
    for (auto at = target.find("{id}"); at != std::string::npos; at = target.find("{id}")) target.replace(at, 4, "x");
    if (admin_reads.count(route)) {
      EXPECT_EQ(call("GET", target, nullptr, "").status, 401) << route;
      for (const char* who : {"secretary", "coordinator-iu", "coordinator-hki"}) EXPECT_EQ(call("GET", target, nullptr, as[who].headers()).status, 403) << route;
      EXPECT_EQ(call("GET", target, nullptr, as["admin"].headers()).status, 200) << route;
    } else if (route == "GET /api/session") {
      EXPECT_EQ(call("GET", target, nullptr, "").status, 401);
      EXPECT_EQ(call("GET", target, nullptr, as["secretary"].headers()).status, 200);
    } else if (route.rfind("GET /api/budget/report", 0) == 0 || route.rfind("GET /api/budget/explanations", 0) == 0) {
      // The members' internal finances: anyone signed in.
      const std::string query = route.find("{id}") == std::string::npos ? "?year=2025" : "";
      EXPECT_EQ(call("GET", target + query, nullptr, "").status, 401) << route;
      EXPECT_EQ(call("GET", target + query, nullptr, as["coordinator-hki"].headers()).status, query.empty() ? 404 : 200) << route;
    } else {
      const int status = call("GET", target, nullptr, "").status;
      EXPECT_TRUE(status != 401 && status != 403 && status != 0) << route << ": " << status;
    }
  }
  const auto routes = server_->router->routes();
  EXPECT_EQ(covered, std::set<std::string>(routes.begin(), routes.end())) << "every route needs a row in the matrix";

  // A refusal says in the reader's words what was refused, not the operation's name.
  const auto refused = call("POST", m + "/items", {{"title", "x"}}, as["coordinator-hki"].headers() + "Accept-Language: fi\r\n");
  EXPECT_EQ(refused.status, 403);
  EXPECT_NE(refused.body.find("lisätä asiaa tämän kokouksen esityslistalle"), std::string::npos) << refused.body;
  EXPECT_EQ(refused.body.find("add_item"), std::string::npos) << refused.body;

  // The trail: who ended the Helsinki seat, through which request, before and after.
  auto ended = server_->store->read_audit({"", "memberships", hki_member, "", "", 100}).value();
  ASSERT_EQ(ended.size(), 2u);  // nominated, then ended
  EXPECT_EQ(ended[1].actor, "coordinator-hki");
  EXPECT_EQ(ended[1].request, "POST /api/memberships/" + hki_member + "/end");
  EXPECT_EQ(json::parse(ended[1].before).count("end_date"), 0u);
  EXPECT_EQ(json::parse(ended[1].after)["end_date"], "2023-05-31");
  auto trail = json::parse(call("GET", "/api/audit?actor=secretary&entity=meetings", nullptr, as["admin"].headers()).body);
  // Thirteen writes (a statement, a point of discussion and a proposal among them), less the
  // prefill, which found no members to add and so changed nothing.
  ASSERT_EQ(trail.size(), 12u);
  EXPECT_TRUE(trail[0]["before"].is_null());  // planned: nothing before
  EXPECT_EQ(trail[0]["after"]["status"], "planned");
  // A new password ended the victim's session; the disabled account cannot sign in.
  EXPECT_EQ(call("GET", "/api/session", nullptr, as["victim"].headers()).status, 401);
  EXPECT_EQ(test::sign_in(server_->port(), "new-account", "a brand new long password").status, 401);
}

}  // namespace
}  // namespace yp
