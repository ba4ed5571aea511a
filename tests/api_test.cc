// The API through real HTTP on loopback: the server runs in this process on a free port over a
// SQLite store loaded with the repository's data; requests go through a real socket.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <thread>

#include "budget/store.h"
#include "api_server.h"
#include "http/openapi.h"
#include "http/static_files.h"
#include "core/messages.h"
#include "program/capabilities.h"
#include "resources/resources.h"

namespace yp {
namespace {

using nlohmann::json;

class Api : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new test::ApiServer();
    router_ = server_->router.get();
    registry_ = server_->registry.get();
    admin_ = new test::SignedIn(server_->sign_in("admin"));
    ASSERT_FALSE(admin_->cookie.empty());
  }
  static void TearDownTestSuite() { delete server_; }
  static test::HttpResult get(const std::string& target, const std::string& headers = "") {
    return test::http(server_->port(), "GET", target, "", headers);
  }
  // A write by the administrator, signed in with the CSRF token.
  static test::HttpResult post(const std::string& target, const json& body) {
    return test::http(server_->port(), "POST", target, body.dump(), admin_->headers());
  }
  // The same, asking for answers in `lang`: the refusal's detail in that language.
  static std::string refusal_in(const std::string& lang, const std::string& target, const json& body) {
    auto r = test::http(server_->port(), "POST", target, body.dump(), admin_->headers() + "Accept-Language: " + lang + "\r\n");
    EXPECT_GE(r.status, 400) << r.body;
    return json::parse(r.body).value("detail", "");
  }
  // Every listed party approves the agreement on `date` (one already recorded by an earlier case of
  // this suite stays): its bodies and its own duties are judged from its entry into force.
  static void approve_all(const std::string& agreement, const std::vector<std::string>& parties, const std::string& date) {
    for (const auto& party : parties) {
      const auto r = post("/api/agreements/" + agreement + "/approvals", {{"party_id", party}, {"date", date}});
      ASSERT_TRUE(r.status == 201 || r.status == 409) << party << ": " << r.body;
    }
  }
  static test::ApiServer* server_;
  static LiveRegistry* registry_;
  static http::Router* router_;
  static test::SignedIn* admin_;
};
test::ApiServer* Api::server_ = nullptr;
LiveRegistry* Api::registry_ = nullptr;
http::Router* Api::router_ = nullptr;
test::SignedIn* Api::admin_ = nullptr;

TEST_F(Api, HealthAndSecurityHeaders) {
  auto r = get("/api/health");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(json::parse(r.body)["backend"], "sqlite");
  EXPECT_EQ(r.headers["x-content-type-options"], "nosniff");
  EXPECT_EQ(r.headers["x-frame-options"], "DENY");
  EXPECT_NE(r.headers["content-security-policy"].find("default-src 'none'"), std::string::npos);
  EXPECT_EQ(r.headers.count("access-control-allow-origin"), 0u);  // CORS off
  auto preflight = test::http(server_->port(), "OPTIONS", "/api/bodies", "", "Origin: https://evil.example\r\n");
  EXPECT_EQ(preflight.headers.count("access-control-allow-origin"), 0u);
}

TEST_F(Api, MunicipalitiesOfACounty) {
  auto r = get("/api/organisations/county-01/municipalities");
  ASSERT_EQ(r.status, 200);
  auto list = json::parse(r.body);
  EXPECT_EQ(list.size(), 7u);
  bool loviisa = false;
  for (const auto& o : list) loviisa |= o["name"]["sv"] == "Lovisa";
  EXPECT_TRUE(loviisa);
  EXPECT_EQ(get("/api/organisations?q=helsing").status, 200);
  // HUS-yhtymä and, until 2022, the hospital district joint authority it took over (document 003's party).
  EXPECT_EQ(json::parse(get("/api/organisations?classification=joint_authority").body).size(), 2u);
  EXPECT_EQ(get("/api/organisations?classification=club").status, 422);
}

TEST_F(Api, BodiesOfAnOrganisationAndTheGroupsSeats) {
  auto bodies = json::parse(get("/api/organisations/county-03/bodies").body);
  bool group = false;
  for (const auto& b : bodies) group |= b["id"] == "helsinki-counties-cooperation-group";
  EXPECT_TRUE(group);
  auto body = json::parse(get("/api/bodies/helsinki-counties-cooperation-group").body);
  EXPECT_EQ(body["total_seats"], 18);
  EXPECT_EQ(get("/api/bodies/nope").status, 404);
}

TEST_F(Api, AgreementsInForceOnADate) {
  auto all = json::parse(get("/api/agreements").body);
  EXPECT_EQ(all.size(), 4u);
  auto in_2022 = json::parse(get("/api/agreements?in_force_on=2022-06-01").body);
  ASSERT_EQ(in_2022.size(), 1u);
  EXPECT_EQ(in_2022[0]["id"], "hyks-organising-plan-2021-2025");
  EXPECT_EQ(json::parse(get("/api/agreements?in_force_on=2023-06-01").body).size(), 0u);
  // A day may be written the Finnish way; one that is no day is refused, naming the parameter.
  EXPECT_EQ(json::parse(get("/api/agreements?in_force_on=1.6.2022").body), in_2022);
  auto bad = get("/api/agreements?in_force_on=31.6.2023");
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.headers["content-type"], "application/problem+json");
  EXPECT_EQ(json::parse(bad.body)["errors"][0]["pointer"], "#/in_force_on");
}

TEST_F(Api, ChecksCarryTheRequiredFields) {
  auto r = get("/api/checks?as_of=2023-06-01");
  ASSERT_EQ(r.status, 200);
  auto verdicts = json::parse(r.body);
  ASSERT_FALSE(verdicts.empty());
  for (const auto& v : verdicts) {
    for (const char* key : {"rule", "subject", "status", "as_of", "explanation", "source", "evidence"}) EXPECT_TRUE(v.contains(key)) << key;
    EXPECT_TRUE(v["source"].is_array());
    EXPECT_TRUE(v["evidence"].is_array());
    for (const char* lang : {"fi", "sv", "en"}) EXPECT_FALSE(v["explanation"][lang].get<std::string>().empty()) << lang;
  }
}

TEST_F(Api, NominateSeeCompositionAndEnd) {
  // Record the person through the store first: persons are registry data.
  ASSERT_TRUE(registry_->write({"test", "api_test"}, [](const Dataset&) -> Result<Dataset> {
    Dataset d;
    d.persons.put({"api-person", "Api Henkilö", {}, {}, {}});
    return d;
  }).ok());
  json nomination = {{"person_id", "api-person"}, {"role", "member"}, {"seat_category", "elected"},
                     {"on_behalf_of_id", "county-01"}, {"start_date", "2023-02-01"}};
  // Read (and so memoize) the members first: the write must make the next read see the change.
  EXPECT_EQ(json::parse(get("/api/bodies/helsinki-counties-cooperation-group/members?as_of=2023-03-01").body).size(), 0u);
  auto created = post("/api/bodies/helsinki-counties-cooperation-group/memberships", nomination);
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string id = json::parse(created.body)["id"];
  EXPECT_EQ(created.headers["location"], "/api/memberships/" + id);
  EXPECT_EQ(post("/api/bodies/helsinki-counties-cooperation-group/memberships", nomination).status, 409);

  auto members = json::parse(get("/api/bodies/helsinki-counties-cooperation-group/members?as_of=2023-03-01").body);
  ASSERT_EQ(members.size(), 1u);
  EXPECT_EQ(members[0]["person"]["name"], "Api Henkilö");
  auto composition = json::parse(get("/api/bodies/helsinki-counties-cooperation-group/composition?as_of=2023-03-01").body);
  EXPECT_EQ(composition["verdict"]["status"], "fails");  // 1 of 18 seats filled
  EXPECT_EQ(json::parse(get("/api/bodies/helsinki-counties-cooperation-group/members?as_of=2023-01-01").body).size(), 0u);

  auto ended = post("/api/memberships/" + id + "/end", {{"end_date", "2023-04-30"}, {"reason", "eronnut"}});
  ASSERT_EQ(ended.status, 200) << ended.body;
  EXPECT_EQ(json::parse(get("/api/bodies/helsinki-counties-cooperation-group/members?as_of=2023-05-01").body).size(), 0u);
  EXPECT_EQ(post("/api/memberships/" + id + "/end", {{"end_date", "2023-05-30"}, {"reason", "x"}}).status, 409);

  // Committed, not only in memory.
  auto stored = read_dataset(*server_->store);
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored->memberships.find(id)->end_reason, "eronnut");
}

TEST_F(Api, InvalidNominationsAreRefusedNamingTheField) {
  auto missing = post("/api/bodies/helsinki-counties-cooperation-group/memberships",
                      {{"person_id", "otto-andersson"}, {"role", "member"}, {"on_behalf_of_id", "county-01"}, {"start_date", "2023-02-01"}});
  ASSERT_EQ(missing.status, 422);
  EXPECT_EQ(json::parse(missing.body)["errors"][0]["pointer"], "#/seat_category");
  auto unknown_person = post("/api/bodies/helsinki-counties-cooperation-group/memberships",
                             {{"person_id", "nobody"}, {"role", "member"}, {"seat_category", "elected"}, {"on_behalf_of_id", "county-01"}, {"start_date", "2023-02-01"}});
  ASSERT_EQ(unknown_person.status, 422);
  EXPECT_EQ(json::parse(unknown_person.body)["errors"][0]["pointer"], "#/person_id");
  auto sv = get("/api/bodies/nope", "Accept-Language: sv\r\n");
  EXPECT_EQ(json::parse(sv.body)["title"], "Hittades inte");
  EXPECT_EQ(test::http(server_->port(), "POST", "/api/bodies/helsinki-counties-cooperation-group/memberships", "{not json", admin_->headers()).status, 422);
  EXPECT_EQ(test::http(server_->port(), "POST", "/api/bodies/x/memberships", std::string(70 * 1024, 'x')).status, 413);
  EXPECT_EQ(test::http(server_->port(), "DELETE", "/api/bodies/helsinki-counties-cooperation-group").status, 405);
}

TEST_F(Api, RecordAnApprovalOnceAndSeeItCount) {
  auto r = post("/api/agreements/hus-organising-agreement/approvals",
                {{"party_id", "hus"}, {"date", "2023-02-14"}, {"minutes_paragraph", "§ 5"}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(json::parse(r.body)["approving_body"]["fi"], "yhtymäkokous");
  EXPECT_EQ(post("/api/agreements/hus-organising-agreement/approvals", {{"party_id", "hus"}, {"date", "2023-02-15"}}).status, 409);
  EXPECT_EQ(post("/api/agreements/hus-organising-agreement/approvals", {{"party_id", "kela"}, {"date", "2023-02-15"}}).status, 422);
  auto agreement = json::parse(get("/api/agreements/hus-organising-agreement").body);
  EXPECT_EQ(agreement["approvals"].size(), 1u);
  EXPECT_NE(agreement["in_force"]["findings"][0]["text"]["en"].get<std::string>().find("1 of 6"), std::string::npos);

  // A wrong date is corrected with a reason, kept with the approval; a correction that changes
  // nothing, one without a reason and one of an approval never recorded are refused.
  const std::string corrections = "/api/agreements/hus-organising-agreement/approval-corrections";
  EXPECT_EQ(post(corrections, {{"party_id", "hus"}, {"date", "2023-02-13"}}).status, 422);  // no reason
  EXPECT_EQ(refusal_in("fi", corrections, {{"party_id", "hus"}, {"date", "2023-02-14"}, {"reason", "x"}}),
            "Korjaus ei muuta mitään osapuolen HUS-yhtymä hyväksynnässä.");
  EXPECT_NE(refusal_in("sv", corrections, {{"party_id", "county-01"}, {"date", "2023-02-14"}, {"reason", "x"}})
                .find("har inte godkänt HUS-organiseringsavtalet: det finns inget godkännande att rätta."),
            std::string::npos);
  auto corrected = post(corrections, {{"party_id", "hus"}, {"date", "2023-02-13"}, {"minutes_paragraph", "§ 4"}, {"reason", "Päivä ja pykälä kirjattiin väärin"}});
  ASSERT_EQ(corrected.status, 200) << corrected.body;
  agreement = json::parse(get("/api/agreements/hus-organising-agreement").body);
  ASSERT_EQ(agreement["approvals"].size(), 1u);
  EXPECT_EQ(agreement["approvals"][0]["date"], "2023-02-13");
  EXPECT_EQ(agreement["approvals"][0]["minutes_paragraph"], "§ 4");
  EXPECT_EQ(agreement["approvals"][0]["corrections"][0]["reason"], "Päivä ja pykälä kirjattiin väärin");
  EXPECT_EQ(agreement["approvals"][0]["corrections"][0]["fields"], json::array({"date", "minutes_paragraph"}));
}

TEST_F(Api, MeetingsDocumentsAndExport) {
  auto m = json::parse(get("/api/meetings/loviisa-strategic-cooperation-item").body);
  EXPECT_EQ(m["items"][0]["disqualifications"][0]["absent_from"], "17.43");
  EXPECT_EQ(json::parse(get("/api/documents").body).size(), 5u);
  auto exported = json::parse(get("/api/export/popolo").body);
  EXPECT_GT(exported["organizations"].size(), 300u);
  auto openapi = json::parse(get("/api/openapi.json").body);
  EXPECT_EQ(openapi["openapi"], "3.1.0");
}

TEST_F(Api, DutiesFilteredAndSummarisedAndEventsRecorded) {
  auto espoo = json::parse(get("/api/duties?as_of=2025-06-15&subject=county-03%2Bmunicipality-049").body);
  ASSERT_EQ(espoo.size(), 2u);
  EXPECT_EQ(espoo[0]["status"], "satisfied");
  EXPECT_EQ(espoo[1]["status"], "due");
  EXPECT_EQ(espoo[1]["excluded"][0]["id"], "meeting:espoo-lansi-uusimaa-2025-01-15");
  EXPECT_NE(espoo[0]["law"]["sv"].get<std::string>().find("fullmäktigeperiod"), std::string::npos);
  EXPECT_EQ(get("/api/duties?status=late").status, 422);
  for (const auto& v : json::parse(get("/api/duties?as_of=2025-06-15&organisation_id=municipality-434").body))
    EXPECT_NE(std::find(v["bearer_ids"].begin(), v["bearer_ids"].end(), "municipality-434"), v["bearer_ids"].end());

  // The summary counts, per status, the verdicts that Espoo bears.
  std::map<std::string, int> espoo_counts;
  for (const auto& v : json::parse(get("/api/duties?as_of=2025-06-15&organisation_id=municipality-049").body)) ++espoo_counts[v["status"].get<std::string>()];
  EXPECT_GE(espoo_counts["satisfied"], 1);
  auto summary = json::parse(get("/api/duties/summary?as_of=2025-06-15").body);
  bool espoo_row = false;
  for (const auto& row : summary)
    if (row["organisation_id"] == "municipality-049") {
      espoo_row = true;
      EXPECT_EQ((row["counts"].get<std::map<std::string, int>>()), espoo_counts);
    }
  EXPECT_TRUE(espoo_row);

  // The review is the agreement's own duty: judged once every party has approved it.
  approve_all("hus-organising-agreement", {"county-01", "county-02", "county-03", "county-04", "municipality-091", "hus"}, "2023-02-14");

  json event = {{"id", "api-review-2024"}, {"kind", "review"}, {"date", "2024-05-02"}, {"agreement_id", "hus-organising-agreement"},
                {"source", {{"document", "doc-001"}, {"section", "pöytäkirja § 12"}}}};
  auto before = json::parse(get("/api/duties?as_of=2024-06-01&rule=uusimaa-11-hus-agreement-review").body);
  ASSERT_EQ(before.size(), 1u);
  EXPECT_EQ(before[0]["status"], "due");
  ASSERT_EQ(post("/api/events", event).status, 201);
  EXPECT_EQ(post("/api/events", event).status, 409);
  auto after = json::parse(get("/api/duties?as_of=2024-06-01&rule=uusimaa-11-hus-agreement-review").body);
  EXPECT_EQ(after[0]["status"], "satisfied");
  json unsourced = event;
  unsourced["id"] = "api-review-2";
  unsourced.erase("source");
  auto refused = post("/api/events", unsourced);
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(json::parse(refused.body)["errors"][0]["pointer"], "#/source/document");
}

TEST_F(Api, DisclosureQuestionsAreAnsweredAndNotStored) {
  auto yes = get("/api/disclosure?from=patient-register-county-01&to=patient-register-hus&date=2024-01-02&kanta_notice=true&prohibition=false");
  ASSERT_EQ(yes.status, 200) << yes.body;
  EXPECT_EQ(json::parse(yes.body)["status"], "holds");
  auto no = json::parse(get("/api/disclosure?from=patient-register-county-01&to=patient-register-hus&date=2026-01-02&kanta_notice=true").body);
  EXPECT_EQ(no["status"], "fails");
  EXPECT_EQ(get("/api/disclosure?from=patient-register-county-01&to=x").status, 404);
  EXPECT_EQ(get("/api/disclosure?from=patient-register-county-01&to=patient-register-hus&prohibition=maybe").status, 422);
  EXPECT_EQ(get("/api/disclosure?to=patient-register-hus").status, 422);
}

TEST_F(Api, ASecretaryRunsAMeetingAndIllegalMovesChangeNothing) {
  const std::string body = "ita-uusimaa-top-management-forum";
  auto planned = post("/api/bodies/" + body + "/meetings", {{"date", "2023-05-10"}, {"place", "Porvoo"}, {"start_time", "13:00"}});
  ASSERT_EQ(planned.status, 201) << planned.body;
  auto meeting = json::parse(planned.body);
  const std::string id = meeting["id"];
  EXPECT_EQ(meeting["number"], 1);
  EXPECT_EQ(meeting["status"], "planned");
  auto second = json::parse(post("/api/bodies/" + body + "/meetings", {{"date", "2023-11-10"}}).body);
  EXPECT_EQ(second["number"], 2);  // numbered per body and year

  auto move = [&](const std::string& target, const std::string& to, json extra = json::object()) {
    extra["to"] = to;
    return post("/api/meetings/" + target + "/transitions", extra);
  };
  // Illegal moves: refused with a clear error, and nothing changes.
  auto early = move(id, "minutes_approved");
  EXPECT_EQ(early.status, 409);
  EXPECT_EQ(refusal_in("en", "/api/meetings/" + id + "/transitions", {{"to", "minutes_approved"}}),
            "The meeting's status is “planned”; it cannot become “minutes approved”.");
  EXPECT_EQ(refusal_in("fi", "/api/meetings/" + id + "/transitions", {{"to", "minutes_approved"}}),
            "Kokouksen tila on ”suunniteltu”: siitä ei voi siirtyä tilaan ”pöytäkirja tarkastettu”.");
  EXPECT_EQ(refusal_in("sv", "/api/meetings/" + id + "/transitions", {{"to", "minutes_approved"}}),
            "Sammanträdet har status ”planerat” och kan inte få status ”protokoll justerat”.");
  EXPECT_EQ(json::parse(get("/api/meetings/" + id).body)["status"], "planned");
  EXPECT_EQ(move(second["id"], "cancelled").status, 422);  // no reason
  ASSERT_EQ(move(second["id"], "cancelled", {{"reason", "päällekkäinen kokous"}}).status, 200);
  EXPECT_EQ(move(second["id"], "held").status, 409);  // a cancelled meeting is not held
  EXPECT_EQ(get("/api/meetings/" + second["id"].get<std::string>() + "/minutes", "Accept-Language: fi\r\n").status, 409);  // nor has minutes
  const std::string agenda = get("/api/meetings/" + id + "/minutes", "Accept-Language: en\r\n").body;
  EXPECT_NE(agenda.find("<h1>AGENDA 1/2023</h1>"), std::string::npos);  // a planned meeting's document is its agenda,
  EXPECT_EQ(agenda.find("Signatures"), std::string::npos);              // neither checked nor signed

  ASSERT_EQ(move(id, "invited").status, 200);
  EXPECT_EQ(move(id, "held", {{"date", "2023-05-09"}}).status, 422);  // before its date
  ASSERT_EQ(move(id, "held", {{"date", "2023-05-10"}}).status, 200);
  auto item = post("/api/meetings/" + id + "/items", {{"title", {{"fi", "Yhteistyön rakenteet"}, {"sv", "Samarbetsstrukturer"}}}});
  ASSERT_EQ(item.status, 201) << item.body;
  EXPECT_EQ(json::parse(item.body)["items"][0]["number"], 1);

  // A forum without decision-making power: a decision is refused, an agreed item is recorded.
  auto decision = post("/api/meetings/" + id + "/items/1/decision", {{"text", "Päätetään perustaa työryhmä."}});
  EXPECT_EQ(decision.status, 409);
  EXPECT_NE(refusal_in("en", "/api/meetings/" + id + "/items/1/decision", {{"text", "x"}}).find("may not decide"), std::string::npos);
  EXPECT_NE(refusal_in("sv", "/api/meetings/" + id + "/items/1/decision", {{"text", "x"}}).find("kan inte fatta beslut"), std::string::npos);
  EXPECT_EQ(refusal_in("fi", "/api/meetings/" + id + "/items/9/agreed", {{"text", "x"}}), "Kokouksessa ei ole asiaa 9.");
  EXPECT_EQ(post("/api/meetings/" + id + "/items/1/agreed", {{"text", "Sovittiin työryhmän perustamisesta."}}).status, 200);
  EXPECT_EQ(post("/api/meetings/" + id + "/items/9/agreed", {{"text", "x"}}).status, 404);
  EXPECT_EQ(post("/api/meetings/" + id + "/items/1/agreed", {{"text", "x"}, {"colour", "blue"}}).status, 422);  // not an argument

  // Attachments by reference; attendance for one item.
  auto attached = post("/api/meetings/" + id + "/items/1/attachments", {{"title", "Rakennekaavio"}, {"reference", "IUHVA/42/2023"}});
  ASSERT_EQ(attached.status, 201) << attached.body;
  EXPECT_EQ(json::parse(attached.body)["items"][0]["attachments"][0]["reference"], "IUHVA/42/2023");
  auto unreferenced = post("/api/meetings/" + id + "/items/1/attachments", {{"title", "Ilman viitettä"}});
  EXPECT_EQ(unreferenced.status, 422);
  EXPECT_EQ(json::parse(unreferenced.body)["errors"][0]["pointer"], "#/reference") << unreferenced.body;
  EXPECT_EQ(post("/api/meetings/" + id + "/items/1/attendance", {{"person_id", "nobody"}, {"present", false}}).status, 422);

  for (const char* step : {"minutes_drafted", "minutes_approved", "published"}) ASSERT_EQ(move(id, step).status, 200) << step;
  EXPECT_EQ(move(id, "minutes_approved").status, 409);  // approving twice
  EXPECT_EQ(post("/api/meetings/" + id + "/items", {{"title", "Myöhäinen"}}).status, 409);
  // Published minutes are frozen: no action is added to them after the fact.
  EXPECT_EQ(post("/api/meetings/" + id + "/items/1/actions", {{"text", "Jälkikäteen"}, {"responsible_organisation_id", "county-01"}}).status, 409);
  EXPECT_EQ(get("/api/meetings/" + id + "/minutes").body.find("Jälkikäteen"), std::string::npos);
  auto published = json::parse(get("/api/meetings/" + id).body);
  EXPECT_EQ(published["status"], "published");
  EXPECT_EQ(published["history"].size(), 6u);
  EXPECT_EQ(published["items"][0]["agreed"][0], "Sovittiin työryhmän perustamisesta.");

  // The held meeting is evidence: it counts for the forum's yearly cadence (judged from its
  // agreement's entry into force); the cancelled one does not.
  approve_all("ita-uusimaa-strategic-cooperation-agreement",
              {"county-01", "municipality-434", "municipality-638", "municipality-018", "municipality-407", "municipality-504", "municipality-616", "municipality-753"},
              "2023-01-16");
  auto cadence = json::parse(get("/api/duties?as_of=2023-12-31&rule=body-meets-yearly-cadence&subject=" + body).body);
  ASSERT_EQ(cadence.size(), 1u);
  EXPECT_EQ(cadence[0]["counted"].size(), 1u);
  EXPECT_EQ(cadence[0]["status"], "due");
}

// Answers are memoized; the language asked for by Accept-Language is part of what an answer is.
TEST_F(Api, RepeatedReadsAnswerInTheLanguageAskedFor) {
  const std::string minutes = "/api/meetings/espoo-lansi-uusimaa-2025-01-15/minutes";
  for (int round = 0; round < 2; ++round) {
    auto fi = get(minutes, "Accept-Language: fi\r\n");
    auto sv = get(minutes, "Accept-Language: sv-FI,sv;q=0.9\r\n");
    ASSERT_EQ(fi.status, 200);
    ASSERT_EQ(sv.status, 200);
    EXPECT_NE(sv.body.find("PROMEMORIA"), std::string::npos) << round;
    EXPECT_EQ(fi.body.find("PROMEMORIA"), std::string::npos) << round;
  }
}

// The web application's files beside the API: a file by its path, the application's own routes to
// index.html, hashed assets cached for good, pages under their own CSP, and /api/ left to the API.
TEST(WebApplication, FilesBesideTheApi) {
  const std::string folder = test::temp_path("dist");
  std::filesystem::create_directories(folder + "/assets");
  std::ofstream(folder + "/index.html") << "<!doctype html><title>Yhdyspinta</title>";
  std::ofstream(folder + "/assets/index-3f2a.js") << "console.log(1)";
  EXPECT_FALSE(http::StaticFiles::load(folder + "/assets").ok());  // no index.html
  auto files = http::StaticFiles::load(folder);
  ASSERT_TRUE(files.ok()) << files.error().message;
  http::Router router;
  router.add("GET", "/api/health", [](const http::Request&) { return http::Response{200, "application/json", "{}", {}}; });
  router.set_fallback([&](const std::string& path) { return files->serve(path); });
  auto get = [&](const std::string& path, const std::string& method = "GET") {
    http::Request r;
    r.method = method;
    r.path = path;
    return router.dispatch(r);
  };
  auto page = get("/bodies/helsinki-counties-cooperation-group");
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(page.headers["Cache-Control"], "no-cache");
  EXPECT_NE(page.headers["Content-Security-Policy"].find("script-src 'self'"), std::string::npos);
  EXPECT_EQ(get("/").body, page.body);
  auto script = get("/assets/index-3f2a.js");
  EXPECT_EQ(script.body, "console.log(1)");
  EXPECT_EQ(script.content_type, "text/javascript; charset=utf-8");
  EXPECT_NE(script.headers["Cache-Control"].find("immutable"), std::string::npos);
  EXPECT_EQ(get("/api/health").status, 200);
  EXPECT_EQ(get("/api/no-such").status, 404);
  EXPECT_EQ(get("/api/no-such").content_type, "application/problem+json");
  EXPECT_EQ(get("/bodies", "POST").status, 404);
}

// The budget report over HTTP: for anyone signed in, read fresh from the store (an import from the
// command line shows at once), euros and per cents as exact decimal strings.
TEST_F(Api, BudgetReportFromTheStore) {
  using budget::month_index;
  budget::Columns plan, done;
  plan.add("county-01", "surgery", month_index(2025, 3), 200000'00, 0);
  done.add("county-01", "surgery", month_index(2025, 3), 187345'67, 120);
  ASSERT_FALSE(budget::replace_months(*server_->store, budget::Table::allocation, plan, {month_index(2025, 3)}, {"test", "api_test"}));
  ASSERT_FALSE(budget::replace_months(*server_->store, budget::Table::production, done, {month_index(2025, 3)}, {"test", "api_test"}));
  EXPECT_EQ(get("/api/budget/report?year=2025").status, 401);
  EXPECT_EQ(get("/api/budget/report?year=25", admin_->headers()).status, 422);
  EXPECT_EQ(get("/api/budget/report?year=2025&through_month=13", admin_->headers()).status, 422);
  auto unjudged = json::parse(get("/api/budget/report?year=2025", admin_->headers()).body);
  EXPECT_TRUE(unjudged["threshold_percent"].is_null());  // the agreement records no threshold
  ASSERT_EQ(unjudged["lines"].size(), 1u);
  const auto& line = unjudged["lines"][0];
  EXPECT_EQ(line["member"], "county-01");
  EXPECT_EQ(line["month"], 3);
  EXPECT_EQ(line["realised_euros"], "187345.67");
  EXPECT_EQ(line["deviation_euros"], "-12654.33");
  EXPECT_EQ(line["deviation_percent"], "-6.33");
  EXPECT_EQ(line["realised_count"], 120);
  EXPECT_TRUE(line["significant"].is_null());
  auto judged = json::parse(get("/api/budget/report?year=2025&threshold=5", admin_->headers()).body);
  EXPECT_EQ(judged["threshold_percent"], "5.00");
  EXPECT_EQ(judged["lines"][0]["significant"], true);
  EXPECT_EQ(json::parse(get("/api/budget/report?year=2025&threshold=7", admin_->headers()).body)["lines"][0]["significant"], false);
  EXPECT_EQ(json::parse(get("/api/budget/report?year=2025&member=county-02", admin_->headers()).body)["lines"].size(), 0u);
  EXPECT_EQ(json::parse(get("/api/budget/report?year=2025&through_month=2", admin_->headers()).body)["lines"].size(), 0u);
}

TEST_F(Api, ActionsAreCarriedFromMeetingToMeetingUntilDone) {
  const std::string body = "ita-uusimaa-operational-steering-groups";
  auto plan = [&](const std::string& date) { return json::parse(post("/api/bodies/" + body + "/meetings", {{"date", date}}).body)["id"].get<std::string>(); };
  const std::string first = plan("2024-02-01"), second = plan("2024-04-01"), third = plan("2024-06-03");
  ASSERT_EQ(post("/api/meetings/" + first + "/items", {{"title", "Palveluketjut"}}).status, 201);
  // Not before the meeting is held.
  json action = {{"text", {{"fi", "Valmistellaan yhteinen palveluketjukuvaus"}, {"sv", "En gemensam beskrivning bereds"}}},
                 {"responsible_organisation_id", "county-01"}, {"due_date", "2024-06-01"}};
  EXPECT_EQ(post("/api/meetings/" + first + "/items/1/actions", action).status, 409);
  ASSERT_EQ(post("/api/meetings/" + first + "/transitions", {{"to", "held"}, {"date", "2024-02-01"}}).status, 200);
  EXPECT_EQ(post("/api/meetings/" + first + "/items/1/actions", {{"text", "x"}}).status, 422);  // nobody responsible
  auto added = post("/api/meetings/" + first + "/items/1/actions", action);
  ASSERT_EQ(added.status, 201) << added.body;
  const std::string id = json::parse(added.body)["id"];

  auto carried = json::parse(get("/api/meetings/" + second + "/carried-actions").body);
  ASSERT_EQ(carried.size(), 1u);
  EXPECT_EQ(carried[0]["id"], id);
  EXPECT_EQ(post("/api/actions/" + id + "/status", {{"status", "in_progress"}, {"reason", "x"}}).status, 422);  // a reason only to reopen
  ASSERT_EQ(post("/api/actions/" + id + "/status", {{"status", "done"}, {"date", "2024-03-01"}}).status, 200);
  // A "done" clicked by mistake: refused without a reason (saying how), reopened with one, kept.
  EXPECT_EQ(refusal_in("fi", "/api/actions/" + id + "/status", {{"status", "in_progress"}}),
            "Toimenpiteen tila on ”tehty”: sen voi avata uudelleen vain syyn kanssa, esimerkiksi että se merkittiin tehdyksi vahingossa.");
  auto reopened = post("/api/actions/" + id + "/status", {{"status", "in_progress"}, {"date", "2024-03-04"}, {"reason", "Merkittiin tehdyksi vahingossa"}});
  ASSERT_EQ(reopened.status, 200) << reopened.body;
  EXPECT_EQ(json::parse(reopened.body)["corrections"][0]["reason"], "Merkittiin tehdyksi vahingossa");
  EXPECT_FALSE(json::parse(reopened.body).contains("closed_date"));
  // Setting the status it has already changes nothing and is no error (two officials clicking at once).
  EXPECT_EQ(post("/api/actions/" + id + "/status", {{"status", "in_progress"}}).status, 200);
  ASSERT_EQ(post("/api/actions/" + id + "/status", {{"status", "done"}, {"date", "2024-05-02"}}).status, 200);
  EXPECT_EQ(post("/api/actions/" + id + "/status", {{"status", "in_progress"}}).status, 409);  // closed stays closed without a reason
  EXPECT_EQ(json::parse(get("/api/meetings/" + second + "/carried-actions").body).size(), 1u);  // it was open on 1.4.
  EXPECT_EQ(json::parse(get("/api/meetings/" + third + "/carried-actions").body).size(), 0u);   // done by 3.6.
  auto minutes = get("/api/meetings/" + second + "/minutes?lang=sv");
  EXPECT_NE(minutes.body.find("Öppna åtgärder från tidigare möten"), std::string::npos);
  EXPECT_NE(minutes.body.find("En gemensam beskrivning bereds"), std::string::npos);
}

// A negotiation under 611/2021 § 14 (document 004's kind) registered as its parties hold it: planned
// by the county, each side's opening statement, the discussion, what was only proposed and what
// was agreed, a follow-up action; once held it is the event the negotiation duty counts.
TEST_F(Api, ANegotiationIsRecordedSideBySideAndCountedByTheDuty) {
  const json plan = {{"organiser_id", "county-01"}, {"party_ids", {"municipality-434"}}, {"date", "1.6.2023"}, {"start_time", "9.00"}, {"end_time", "10.30"},
                     {"online_link", "https://teams.example/neuvottelu"}, {"legal_basis", {"611-2021-s14"}}};
  json alone = plan;
  alone["party_ids"] = json::array();
  EXPECT_EQ(refusal_in("fi", "/api/negotiations", alone), "Neuvottelussa on vähintään kaksi osapuolta.");
  json unknown = plan;
  unknown["legal_basis"] = {"611-2021-s999"};
  EXPECT_EQ(refusal_in("sv", "/api/negotiations", unknown), "Bestämmelsen '611-2021-s999' finns inte i materialet.");
  json late = plan;
  late["start_time"] = "25.99";
  EXPECT_EQ(refusal_in("sv", "/api/negotiations", late), "Starttid: måste vara ett klockslag i formen 17.43 eller 9.00");  // the field by its label
  for (const char* field : {"status", "checker_ids", "participants"}) {
    json injected = plan;
    injected[field] = field == std::string("status") ? json("published") : json::array({"mervi-heinaro"});
    EXPECT_EQ(post("/api/negotiations", injected).status, 422) << field;  // its path is the lifecycle's, not the request's
  }
  json unlinked = plan;
  unlinked["online_link"] = "javascript:alert(1)";
  EXPECT_EQ(post("/api/negotiations", unlinked).status, 422);
  json misplaced = plan;
  misplaced["party_ids"] = {"municipality-434", "nowhere"};
  auto pointed = post("/api/negotiations", misplaced);
  EXPECT_EQ(json::parse(pointed.body)["errors"][0]["pointer"], "#/party_ids/1") << pointed.body;  // the request's own list

  auto planned = post("/api/negotiations", plan);
  ASSERT_EQ(planned.status, 201) << planned.body;
  const auto n = json::parse(planned.body);
  const std::string id = n["id"];
  EXPECT_EQ(n["kind"], "negotiation");
  EXPECT_EQ(n["date"], "2023-06-01");  // written the Finnish way, kept as a date
  EXPECT_EQ(n["party_ids"], json::array({"county-01", "municipality-434"}));
  EXPECT_EQ(n["title"]["fi"].get<std::string>().rfind("Neuvottelu: ", 0), 0u);
  const std::string at = "/api/meetings/" + id;
  // Planned, it counts for nothing yet.
  const auto verdict = [&]() {
    auto duties = json::parse(get("/api/duties?as_of=2024-12-31&rule=hvl-14-county-municipality-negotiation").body);
    const auto ours = std::find_if(duties.begin(), duties.end(), [](const json& v) { return v["bearer_ids"] == json::array({"county-01", "municipality-434"}); });
    return ours == duties.end() ? json() : *ours;
  };
  ASSERT_FALSE(verdict().is_null());
  EXPECT_NE(verdict()["status"], "satisfied");
  ASSERT_EQ(post(at + "/items", {{"title", "Avauspuheenvuorot"}}).status, 201);
  ASSERT_EQ(post(at + "/items", {{"title", "Sovitut asiat"}}).status, 201);
  ASSERT_EQ(post(at + "/transitions", {{"to", "held"}, {"date", "2023-06-01"}}).status, 200);
  ASSERT_EQ(post(at + "/attendance", {{"person_id", "mervi-heinaro"}, {"on_behalf_of_id", "municipality-434"}, {"present", true}}).status, 200);
  EXPECT_NE(refusal_in("fi", at + "/attendance", {{"person_id", "otto-andersson"}, {"on_behalf_of_id", "hus"}, {"present", true}}).find("ei ole kokouksen osapuoli"),
            std::string::npos);  // one takes part for one of the parties
  EXPECT_NE(refusal_in("fi", at + "/items/1/statements", {{"on_behalf_of_id", "county-01"}, {"person_ids", {"mervi-heinaro"}}, {"points", {"x"}}})
                .find("Mervi Heinaro osallistuu osapuolen"),
            std::string::npos);  // and speaks for that side
  EXPECT_NE(refusal_in("fi", at + "/items/1/actions", {{"text", "x"}, {"responsible_organisation_id", "county-01"}, {"due_date", "2023-05-31"}})
                .find("Määräaika: on ennen kokouksen päivää 1.6.2023"),
            std::string::npos);
  for (const char* side : {"county-01", "municipality-434"})
    ASSERT_EQ(post(at + "/items/1/statements", {{"on_behalf_of_id", side}, {"person_ids", json::array()}, {"points", {std::string("Puheenvuoro: ") + side}}}).status, 200);
  EXPECT_NE(refusal_in("fi", at + "/items/1/statements", {{"on_behalf_of_id", "hus"}, {"person_ids", json::array()}, {"points", {"x"}}}).find("ei ole kokouksen osapuoli"),
            std::string::npos);
  EXPECT_EQ(post(at + "/items/1/statements", {{"on_behalf_of_id", "county-01"}, {"person_ids", json::array()}, {"points", {"  "}}}).status, 422);
  ASSERT_EQ(post(at + "/items/1/discussion", {{"text", "Lähipalvelut ja liikenne liittyvät toisiinsa."}}).status, 200);
  ASSERT_EQ(post(at + "/items/2/proposal", {{"text", "Hyvinvointialue ehdottaa yhteistä tapaamista Kelan kanssa."}}).status, 200);
  ASSERT_EQ(post(at + "/items/2/agreed", {{"text", "Sovittiin, että viranhaltijat tapaavat syksyllä."}}).status, 200);
  ASSERT_EQ(post(at + "/items/2/actions", {{"text", "Kutsu koolle"}, {"responsible_organisation_id", "municipality-434"}, {"due_date", "30.9.2023"}}).status, 201);
  auto held = json::parse(get(at).body);
  EXPECT_EQ(held["items"][0]["statements"].size(), 2u);
  EXPECT_EQ(held["items"][0]["discussion"][0], "Lähipalvelut ja liikenne liittyvät toisiinsa.");
  EXPECT_EQ(held["items"][1]["proposal"], "Hyvinvointialue ehdottaa yhteistä tapaamista Kelan kanssa.");
  EXPECT_EQ(held["items"][1]["agreed"].size(), 1u);
  auto minutes = get(at + "/minutes?lang=fi");
  EXPECT_NE(minutes.body.find("Puheenvuoro: municipality-434"), std::string::npos);

  EXPECT_EQ(verdict()["status"], "satisfied") << verdict().dump();
  // A negotiation agrees and decides nothing; its memo names the sides by their names.
  EXPECT_EQ(post(at + "/items/2/decision", {{"text", "Päätetään."}}).status, 409);
  EXPECT_NE(minutes.body.find("(Loviisa)"), std::string::npos) << minutes.body;
}

// The text of a PDF, by Debian's pdftotext.
std::string pdf_text(const std::string& pdf) {
  const std::string path = test::temp_path("minutes.pdf");
  std::ofstream(path, std::ios::binary) << pdf;
  std::string text;
  FILE* pipe = popen(("pdftotext -layout '" + path + "' -").c_str(), "r");
  char buffer[4096];
  size_t n;
  while (pipe && (n = fread(buffer, 1, sizeof buffer, pipe)) > 0) text.append(buffer, n);
  if (pipe) pclose(pipe);
  return text;
}

TEST_F(Api, RecordedMeetingsRenderAsMinutesInPdf) {
  auto espoo = get("/api/meetings/espoo-lansi-uusimaa-2025-01-15/minutes.pdf?lang=fi");
  ASSERT_EQ(espoo.status, 200) << espoo.body;
  EXPECT_EQ(espoo.headers["content-type"], "application/pdf");
  const std::string memo = pdf_text(espoo.body);
  for (const char* expected : {"MUISTIO", "15.1.2025 09:00–10:00, Teams", "611/2021 14 §", "Mervi Katainen", "Jarno Limnéll", "Sovitut asiat",
                               "Sovittiin, että tapaaminen järjestetään.", "Hyvinvointialue ehdottaa"})
    EXPECT_NE(memo.find(expected), std::string::npos) << expected << "\n" << memo;

  const std::string loviisa = pdf_text(get("/api/meetings/loviisa-strategic-cooperation-item/minutes.pdf?lang=fi").body);
  for (const char* expected : {"PÖYTÄKIRJA", "§ 1", "Esteellisyys: Otto Andersson", "yhteisöjäävi", "17.43–17.55", "Esittelijä: Jan D. Oker-Blom",
                               "Päätös ehdotuksen mukainen", "Pöytäkirjantarkastaja", "Puheenjohtaja"})
    EXPECT_NE(loviisa.find(expected), std::string::npos) << expected << "\n" << loviisa;

  auto swedish = get("/api/meetings/loviisa-strategic-cooperation-item/minutes?lang=sv");
  ASSERT_EQ(swedish.status, 200);
  EXPECT_NE(swedish.body.find("<html lang=\"sv\">"), std::string::npos);
  EXPECT_NE(swedish.body.find("Jäv"), std::string::npos);
  EXPECT_NE(swedish.body.find("PROTOKOLL"), std::string::npos);
  EXPECT_EQ(get("/api/meetings/nope/minutes.pdf").status, 404);
}

TEST_F(Api, OpenApiDocumentsEveryRouteAndNoOther) {
  auto openapi = json::parse(get("/api/openapi.json").body);
  std::set<std::string> documented;
  for (auto& [path, operations] : openapi["paths"].items())
    for (auto& [method, op] : operations.items()) {
      std::string upper = method;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      documented.insert(upper + " " + path);
    }
  const auto routes = router_->routes();
  std::set<std::string> served(routes.begin(), routes.end());
  EXPECT_EQ(documented, served);
  // Every documented GET without required parameters answers 200: to anyone, or when it names a
  // security requirement, to the administrator signed in (and 401 to the public).
  for (const auto& route : served) {
    if (route.rfind("GET ", 0) != 0 || route.find('{') != std::string::npos) continue;
    const json& op = openapi["paths"][route.substr(4)]["get"];
    bool needs_parameters = false;
    for (const auto& p : op.value("parameters", json::array())) needs_parameters |= p.value("required", false);
    if (needs_parameters) continue;
    if (op.contains("security")) {
      EXPECT_EQ(get(route.substr(4)).status, 401) << route;
      EXPECT_EQ(get(route.substr(4), admin_->headers()).status, 200) << route;
    } else {
      EXPECT_EQ(get(route.substr(4)).status, 200) << route;
    }
  }
}


// A controller's month, end to end over HTTP on its own server (it records the threshold): the
// allocation and a month of production imported as CSV (a bad file first, which changes nothing),
// the significant member-month requested, explained, returned, explained again and accepted, and
// HUS's duty due until then and satisfied after; re-importing raises nothing new; the exports.
TEST(BudgetOverHttp, ADeviationIsFollowedToAnAcceptedExplanation) {
  test::ApiServer server;
  const auto admin = server.sign_in("admin");
  auto post = [&](const std::string& target, const json& body) { return test::http(server.port(), "POST", target, body.dump(), admin.headers()); };
  auto csv = [&](const std::string& target, const std::string& body) {
    return test::http(server.port(), "POST", target, body, admin.headers() + "Content-Type: text/csv\r\n");
  };
  auto get = [&](const std::string& target) { return test::http(server.port(), "GET", target, "", admin.headers()); };
  auto duty = [&] {
    auto all = json::parse(get("/api/duties?rule=hus-explains-significant-deviation&as_of=2023-06-01").body);
    return all.size() == 1 ? all[0]["status"].get<std::string>() : "count " + std::to_string(all.size());
  };
  ASSERT_EQ(post("/api/budget/threshold", {{"percent", "5"}, {"from", "2023-01-01"}, {"source", {{"document", "doc-001"}}}}).status, 200);
  auto plan = csv("/api/budget/imports/allocation",
                  "member,service_group,month,euros,count\n"
                  "county-02,surgery,2023-01,100000.00,40\ncounty-02,psychiatry,2023-01,50000.00,20\ncounty-03,surgery,2023-01,80000.00,30\n"
                  "county-02,surgery,2023-02,100000.00,40\n");
  ASSERT_EQ(plan.status, 200) << plan.body;
  EXPECT_TRUE(json::parse(plan.body)["raised"].empty());  // nothing is reported yet
  const std::string header = "member,service_group,date,euros,count\n";
  const std::string january = header + "county-02,surgery,2023-01-10,110000.00,44\ncounty-02,psychiatry,2023-01-20,52000.00,21\ncounty-03,surgery,2023-01-05,81000.00,30\n";
  auto bad = csv("/api/budget/imports/production", january + "county-02,surgery,2023-01-11,12.345,1\n");
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(json::parse(bad.body)["detail"].get<std::string>().rfind("Tiedostoa ei tuotu, koska siinä on virheitä:\nbody:5: kenttä 'euros'", 0), 0u) << bad.body;
  EXPECT_TRUE(json::parse(get("/api/budget/report?year=2023").body)["reported_months"].empty());

  auto imported = csv("/api/budget/imports/production", january);
  ASSERT_EQ(imported.status, 200) << imported.body;
  EXPECT_EQ(json::parse(imported.body)["months"], json({"2023-01"}));
  EXPECT_EQ(json::parse(imported.body)["raised"], json({"deviation-2023-01-county-02"}));  // +8 %; county-03's +1.25 % is not
  auto report = json::parse(get("/api/budget/report?year=2023").body);
  EXPECT_EQ(report["reported_months"], json({1}));
  bool seen = false;
  for (const auto& t : report["totals"])
    if (t["member"] == "county-02" && t["month"] == 1) {
      seen = true;
      EXPECT_EQ(t["deviation_percent"], "8.00");
      EXPECT_EQ(t["significant"], true);
      EXPECT_EQ(t["explanation_state"], "requested");
    } else if (t["month"] == 2) {
      EXPECT_EQ(t["reported"], false);  // February is allocated but not reported: no deviation
      EXPECT_TRUE(t["deviation_percent"].is_null());
    }
  EXPECT_TRUE(seen);
  EXPECT_EQ(duty(), "due");

  const std::string x = "/api/budget/explanations/deviation-2023-01-county-02";
  EXPECT_EQ(post(x + "/acceptance", json::object()).status, 409);  // nothing explained yet
  EXPECT_EQ(post(x + "/explanation", {{"text", " "}}).status, 422);
  EXPECT_EQ(post(x + "/explanation", {{"text", "Leikkausjonoja purettiin lisätyönä."}}).status, 200);
  EXPECT_EQ(post(x + "/return", {{"text", "Erittelkää lisätyön kustannukset."}}).status, 200);
  EXPECT_EQ(duty(), "due");
  EXPECT_EQ(post(x + "/explanation", {{"text", "Lisätyö 9 000 €, muu kasvu potilasmäärästä."}}).status, 200);
  auto accepted = post(x + "/acceptance", json::object());
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  const auto done = json::parse(accepted.body);
  EXPECT_EQ(done["state"], "accepted");
  EXPECT_EQ(done["steps"].size(), 5u);
  EXPECT_EQ(done["event_id"], "explanation-deviation-2023-01-county-02");
  EXPECT_EQ(duty(), "satisfied");
  EXPECT_EQ(server.store->read_audit({"", "budget_explanations", "deviation-2023-01-county-02", "", "", 100}).value().size(), 5u);
  // The same month again changes figures but raises nothing new.
  EXPECT_TRUE(json::parse(csv("/api/budget/imports/production", january).body)["raised"].empty());

  auto file = get("/api/budget/report.csv?year=2023&member=county-02");
  ASSERT_EQ(file.status, 200);
  EXPECT_EQ(file.headers["content-type"], "text/csv; charset=utf-8");
  EXPECT_NE(file.body.find("county-02,surgery,2023-01,100000.00,110000.00,10000.00,10.00,"), std::string::npos) << file.body;
  EXPECT_EQ(file.body.find("county-03"), std::string::npos);
  auto book = get("/api/budget/report.xlsx?year=2023");
  ASSERT_EQ(book.status, 200);
  EXPECT_EQ(book.body.substr(0, 4), std::string("PK\x03\x04", 4));  // a zip, as XLSX is
  EXPECT_NE(book.body.find("xl/worksheets/sheet1.xml"), std::string::npos);
}

// Following a goal over HTTP on its own server: the self-monitoring group describes its staff
// metric (Sotkanet 5083, higher is better) and sets the 2024 target; a pair is named; a
// Sotkanet-format file is imported; the goal's status, the pair's follow-up duty and the CSV change.
TEST(GoalsOverHttp, ASotkanetImportUpdatesTheStatusAndThePairsDuty) {
  test::ApiServer server;
  const auto admin = server.sign_in("admin");
  auto post = [&](const std::string& target, const json& body) { return test::http(server.port(), "POST", target, body.dump(), admin.headers()); };
  auto get = [&](const std::string& target) { return test::http(server.port(), "GET", target, ""); };
  const std::string goal = "/api/goals/sm-staff?organisation_id=county-01&year=2022";
  auto before = json::parse(get(goal).body);
  EXPECT_EQ(before["status"]["status"], "no_data");
  EXPECT_TRUE(before["pair"].is_null());
  EXPECT_EQ(before["indicators"][0]["id"], "sm-staff-metric");

  ASSERT_EQ(post("/api/indicators/sm-staff-metric/description",
                 {{"unit", "%"}, {"direction", "higher_is_better"}, {"sotkanet_id", "5083"}, {"source", {{"document", "doc-001"}}}})
                .status,
            200);
  ASSERT_EQ(post("/api/indicators/sm-staff-metric/targets", {{"year", 2022}, {"value", "40"}, {"source", {{"document", "doc-001"}}}}).status, 200);
  auto pair = post("/api/goals/sm-staff/pairs", {{"person_id", "mia-laiho"}, {"party_id", "county-01"}, {"hus_person_id", "otto-andersson"}, {"start_date", "2022-01-01"}});
  ASSERT_EQ(pair.status, 201) << pair.body;
  // 2023-06-01: the pair must see to a value for 2022 for Itä-Uusimaa.
  auto duty = [&] {
    auto all = json::parse(get("/api/duties?rule=goal.follow_up&subject=sm-staff").body);
    return all.size() == 1 ? all[0]["status"].get<std::string>() : "count " + std::to_string(all.size());
  };
  EXPECT_EQ(duty(), "due");

  std::ifstream in(std::string(YP_SOURCE_DIR) + "/tests/data/sotkanet-sample.json");
  std::stringstream rows;
  rows << in.rdbuf();
  auto imported = post("/api/goals/values/sotkanet", {{"name", "sample.json"}, {"rows", json::parse(rows.str())}});
  ASSERT_EQ(imported.status, 200) << imported.body;
  EXPECT_EQ(json::parse(imported.body)["stored"], 3);
  EXPECT_EQ(post("/api/goals/values/sotkanet", {{"rows", {{{"indicator", 5083}, {"region", "091"}, {"year", 2024}, {"value", 1}}}}}).status, 422);
  // The sample has Itä-Uusimaa for 2024 only; 2022 is entered by hand: 41 against the target 40.
  ASSERT_EQ(post("/api/indicators/sm-staff-metric/values", {{"region_id", "county-01"}, {"year", 2022}, {"value", "41"}}).status, 201);
  auto after = json::parse(get(goal).body);
  EXPECT_EQ(after["status"]["status"], "on_track");
  EXPECT_EQ(after["pair"]["person"]["name"], "Mia Laiho");
  EXPECT_EQ(after["indicators"][0]["values"].size(), 2u);  // 2022 by hand, 2024 from Sotkanet
  EXPECT_EQ(duty(), "satisfied");
  auto csv = get("/api/goals.csv?agreement_id=hus-organising-agreement&organisation_id=county-01&year=2022");
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find(",Mia Laiho,Otto Andersson,county-01,sm-staff-metric,2022,41,40,on_track"), std::string::npos) << csv.body;
  // A goal with no indicator has the same fields, its indicator, value and target empty.
  const auto at = csv.body.find(",hyte-structures,");
  ASSERT_NE(at, std::string::npos);
  const std::string row = csv.body.substr(at, csv.body.find('\n', at) - at);
  EXPECT_EQ(row.substr(row.size() - std::string(",county-01,,2022,,,no_data").size()), ",county-01,,2022,,,no_data") << row;
}

// The program is assembled from the list of manifests: each capability once, named after its
// folder, which holds its part of the OpenAPI document; each has routes; the operations it
// declares are named once each; every action it declares
// is a message people can read in Finnish, Swedish and English; and the Dataset's collections are
// the capabilities', each name once.
TEST(Program, EveryCapabilityIsDeclaredOnceWithItsFolderRoutesAndNamedActions) {
  std::set<std::string> names;
  for (const auto& c : capabilities()) {
    SCOPED_TRACE(c.name);
    EXPECT_TRUE(names.insert(c.name).second);
    EXPECT_FALSE(resource(c.name + "/openapi.json").empty());
    EXPECT_TRUE(static_cast<bool>(c.add_routes));
    if (c.operations) {
      const auto operations = c.operations();
      EXPECT_FALSE(operations.empty());
      EXPECT_EQ(std::set<std::string>(operations.begin(), operations.end()).size(), operations.size());
    }
    for (const auto& action : c.actions) {
      EXPECT_TRUE(has_message(action)) << action;
      for (const char* lang : {"fi", "sv", "en"}) EXPECT_NE(render_message(action, {}, lang), action) << action << " " << lang;
    }
  }
  EXPECT_EQ(names.size(), 11u);
  std::set<std::string> collections;
  Dataset().for_each_collection([&](const char* name, const auto&) { EXPECT_TRUE(collections.insert(name).second) << name; });
  EXPECT_TRUE(collections.count("budget_rules") && collections.count("memberships") && collections.count("feed_tokens"));
}

// The document served is the shared part and every capability's fragment; what two places define
// differently is refused, naming both.
TEST(OpenApi, AssembledFromTheSharedPartAndEachCapabilitysFragment) {
  const std::string shared = R"({"openapi":"3.1.0","paths":{"/api/health":{"get":{}}},"components":{"schemas":{"Problem":{"type":"object"}}}})";
  auto doc = http::assemble_openapi({{"http/openapi.json", shared},
                                      {"budget/openapi.json", R"({"paths":{"/api/budget/rules":{"get":{}}},"components":{"schemas":{"BudgetRules":{}}}})"},
                                      {"goals/openapi.json", R"({"paths":{"/api/goals":{"get":{}}},"components":{"schemas":{"Problem":{"type":"object"}}}})"},
                                      {"budget/messages.json", "{}"}});
  ASSERT_TRUE(doc) << doc.error().message;
  EXPECT_TRUE(doc.value()["paths"].contains("/api/budget/rules"));
  EXPECT_TRUE(doc.value()["paths"].contains("/api/health"));
  EXPECT_TRUE(doc.value()["components"]["schemas"].contains("BudgetRules"));
  auto twice = http::assemble_openapi({{"http/openapi.json", shared}, {"goals/openapi.json", R"({"components":{"schemas":{"Problem":{"type":"string"}}}})"}});
  ASSERT_FALSE(twice);
  EXPECT_NE(twice.error().message.find("components.schemas.Problem"), std::string::npos) << twice.error().message;
  EXPECT_NE(twice.error().message.find("goals/openapi.json"), std::string::npos);
  EXPECT_FALSE(http::assemble_openapi({{"http/openapi.json", shared}, {"goals/openapi.json", R"({"paths":{"/api/health":{"get":{"x":1}}}})"}}));

  // The tree's own: every capability with routes has its part, and the shared part keeps none of theirs.
  const auto ours = nlohmann::json::parse(http::openapi_document());
  for (const char* path : {"/api/budget/report", "/api/goals", "/api/meetings", "/api/session", "/api/duties", "/api/calendar/bodies/{id}"})
    EXPECT_TRUE(ours["paths"].contains(path)) << path;
  const auto shared_part = nlohmann::json::parse(resource("http/openapi.json"));
  EXPECT_FALSE(shared_part["paths"].contains("/api/budget/report"));
  EXPECT_FALSE(shared_part["paths"].contains("/api/meetings"));
}

}  // namespace
}  // namespace yp
