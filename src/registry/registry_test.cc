// The registry written by its users, through real HTTP on loopback: a coordinator registers its
// persons and who holds its posts; seats held by virtue of a post follow the post's holder; a
// personal deputy stands for one member of the same party; every refusal is coded and read in the
// asker's language, naming things by their names; nothing is half-written.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "api_server.h"

namespace yp {
namespace {

using nlohmann::json;

const std::string kGroup = "helsinki-counties-cooperation-group";

class Registry : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = std::make_unique<test::ApiServer>();
    server_->add_account("coordinator-hki", {{AccessRole::coordinator, "municipality-091"}});
    server_->add_account("coordinator-lu", {{AccessRole::coordinator, "county-03"}});
    hki_ = server_->sign_in("coordinator-hki");
    lu_ = server_->sign_in("coordinator-lu");
  }
  test::HttpResult post(const test::SignedIn& as, const std::string& target, const json& body, const std::string& lang = "fi") {
    return test::http(server_->port(), "POST", target, body.dump(), as.headers() + "Accept-Language: " + lang + "\r\n");
  }
  json get(const std::string& target) { return json::parse(test::http(server_->port(), "GET", target).body); }
  std::string person(const test::SignedIn& as, const std::string& name, const std::string& org) {
    auto r = post(as, "/api/persons", {{"name", name}, {"organisation_id", org}});
    EXPECT_EQ(r.status, 201) << r.body;
    return json::parse(r.body).value("id", "");
  }
  std::unique_ptr<test::ApiServer> server_;
  test::SignedIn hki_, lu_;
};

TEST_F(Registry, ACoordinatorRegistersPersonsAndWhoHoldsItsPosts) {
  const std::string mayor = person(hki_, "Juhana Vartiainen", "municipality-091");
  EXPECT_EQ(mayor, "juhana-vartiainen");
  // The same name again is another person with an id of its own.
  EXPECT_EQ(person(hki_, "Juhana Vartiainen", "municipality-091"), "juhana-vartiainen-2");
  EXPECT_EQ(get("/api/persons/" + mayor)["organisation_id"], "municipality-091");
  auto held = post(hki_, "/api/posts/helsinki-mayor/holdings", {{"person_id", mayor}, {"start_date", "2021-06-01"}});
  ASSERT_EQ(held.status, 201) << held.body;
  EXPECT_EQ(held.headers["location"], "/api/post-holdings/helsinki-mayor-2021-06-01");
  // A correction keeps its reason and what it changed.
  auto corrected = post(hki_, "/api/persons/" + mayor + "/corrections", {{"name", "Juhana Vartiainen (pormestari)"}, {"reason", "tarkennus"}});
  ASSERT_EQ(corrected.status, 200) << corrected.body;
  EXPECT_EQ(json::parse(corrected.body)["corrections"][0]["fields"], json::array({"name"}));
  // A correction that changes nothing is refused, and says whose entry it was about.
  auto idle = post(hki_, "/api/persons/" + mayor + "/corrections", {{"name", "Juhana Vartiainen (pormestari)"}, {"reason", "uudelleen"}}, "sv");
  EXPECT_EQ(idle.status, 422) << idle.body;
  EXPECT_NE(json::parse(idle.body)["detail"].get<std::string>().find("Rättelsen ändrar ingenting i uppgifterna om Juhana Vartiainen"), std::string::npos) << idle.body;
}

TEST_F(Registry, ASeatHeldByVirtueOfAPostFollowsItsHolder) {
  const std::string first = person(hki_, "Anni Ensimmäinen", "municipality-091");
  const std::string next = person(hki_, "Olli Seuraava", "municipality-091");
  ASSERT_EQ(post(hki_, "/api/posts/helsinki-mayor/holdings", {{"person_id", first}, {"start_date", "2021-08-01"}}).status, 201);
  // Someone who does not hold the post cannot sit by virtue of it.
  auto wrong = post(hki_, "/api/bodies/" + kGroup + "/memberships",
                    {{"person_id", next}, {"role", "chair"}, {"seat_category", "elected"}, {"on_behalf_of_id", "municipality-091"}, {"basis", "by_virtue_of_post"},
                     {"post_id", "helsinki-mayor"}, {"start_date", "2022-06-01"}});
  EXPECT_EQ(wrong.status, 422) << wrong.body;
  EXPECT_NE(json::parse(wrong.body)["detail"].get<std::string>().find("Olli Seuraava ei hoida tehtävää"), std::string::npos) << wrong.body;
  auto chair = post(hki_, "/api/bodies/" + kGroup + "/memberships",
                    {{"person_id", first}, {"role", "chair"}, {"seat_category", "elected"}, {"on_behalf_of_id", "municipality-091"}, {"basis", "by_virtue_of_post"},
                     {"post_id", "helsinki-mayor"}, {"start_date", "2022-06-01"}});
  ASSERT_EQ(chair.status, 201) << chair.body;
  // A new mayor from 1.6.2025: the previous holding ends the day before, and the chair passes.
  auto passed = post(hki_, "/api/posts/helsinki-mayor/holdings", {{"person_id", next}, {"start_date", "2025-06-01"}});
  ASSERT_EQ(passed.status, 201) << passed.body;
  EXPECT_EQ(get("/api/post-holdings/helsinki-mayor-2021-08-01")["end_date"], "2025-05-31");
  const auto before = get("/api/bodies/" + kGroup + "/members?as_of=2025-05-31");
  const auto after = get("/api/bodies/" + kGroup + "/members?as_of=2025-06-01");
  ASSERT_EQ(before.size(), 1u);
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(before[0]["person_id"], first);
  EXPECT_EQ(after[0]["person_id"], next);
  EXPECT_EQ(after[0]["role"], "chair");
  EXPECT_EQ(after[0]["post_id"], "helsinki-mayor");
  // Ending the holding ends the seat with it.
  ASSERT_EQ(post(hki_, "/api/post-holdings/helsinki-mayor-2025-06-01/end", {{"end_date", "2026-01-31"}, {"reason", "erosi"}}).status, 200);
  EXPECT_TRUE(get("/api/bodies/" + kGroup + "/members?as_of=2026-02-01").empty());
  // Overlapping an ended holding is a mistake to correct, not a new holder.
  auto overlap = post(hki_, "/api/posts/helsinki-mayor/holdings", {{"person_id", first}, {"start_date", "2026-01-01"}}, "en");
  EXPECT_EQ(overlap.status, 409) << overlap.body;
  EXPECT_NE(json::parse(overlap.body)["detail"].get<std::string>().find("Olli Seuraava already holds the post Mayor of Helsinki"), std::string::npos) << overlap.body;
}

TEST_F(Registry, APersonalDeputyStandsForOneMemberOfTheSameParty) {
  const std::string member = person(lu_, "Mia Jäsen", "county-03");
  const std::string deputy = person(lu_, "Ville Varalla", "county-03");
  const std::string another = person(lu_, "Toinen Varalla", "county-03");
  auto m = post(lu_, "/api/bodies/" + kGroup + "/memberships",
                {{"person_id", member}, {"role", "member"}, {"seat_category", "elected"}, {"on_behalf_of_id", "county-03"}, {"start_date", "2023-01-01"}});
  ASSERT_EQ(m.status, 201) << m.body;
  const std::string member_id = json::parse(m.body)["id"];
  // Without whose deputy: refused in Swedish, with nothing written.
  const auto version = server_->registry->version();
  auto nobody = post(lu_, "/api/bodies/" + kGroup + "/memberships",
                     {{"person_id", deputy}, {"role", "deputy_member"}, {"on_behalf_of_id", "county-03"}, {"start_date", "2023-01-01"}}, "sv");
  EXPECT_EQ(nobody.status, 422) << nobody.body;
  EXPECT_NE(json::parse(nobody.body)["detail"].get<std::string>().find("En ersättare kräver den ledamot"), std::string::npos) << nobody.body;
  EXPECT_EQ(server_->registry->version(), version);
  // The party and category come from the member the deputy stands for.
  auto d = post(lu_, "/api/bodies/" + kGroup + "/memberships", {{"person_id", deputy}, {"role", "deputy_member"}, {"deputy_of_id", member_id}, {"start_date", "2023-01-01"}});
  ASSERT_EQ(d.status, 201) << d.body;
  EXPECT_EQ(json::parse(d.body)["on_behalf_of_id"], "county-03");
  EXPECT_EQ(json::parse(d.body)["seat_category"], "elected");
  // One personal deputy a member.
  auto twice = post(lu_, "/api/bodies/" + kGroup + "/memberships", {{"person_id", another}, {"role", "deputy_member"}, {"deputy_of_id", member_id}, {"start_date", "2023-02-01"}});
  EXPECT_EQ(twice.status, 409) << twice.body;
  EXPECT_NE(json::parse(twice.body)["detail"].get<std::string>().find("Mia Jäsen on jo varajäsen: Ville Varalla"), std::string::npos) << twice.body;
}

TEST_F(Registry, RefusalsNameThingsByTheirNamesInTheAskersLanguage) {
  // Länsi-Uusimaa's coordinator may not register Helsinki's persons: the refusal names both by name.
  auto r = post(lu_, "/api/persons", {{"name", "Väärä Puolue"}, {"organisation_id", "municipality-091"}}, "sv");
  EXPECT_EQ(r.status, 403) << r.body;
  const std::string detail = json::parse(r.body)["detail"];
  EXPECT_NE(detail.find("registrera en person för den här organisationen"), std::string::npos) << detail;
  EXPECT_NE(detail.find("Helsingfors"), std::string::npos) << detail;
  EXPECT_EQ(detail.find("municipality-091"), std::string::npos) << detail;
  // Lengths are held before anything is written.
  auto long_name = post(hki_, "/api/persons", {{"name", std::string(10000, 'a')}, {"organisation_id", "municipality-091"}});
  EXPECT_EQ(long_name.status, 422) << long_name.body;
  EXPECT_NE(json::parse(long_name.body)["detail"].get<std::string>().find("500"), std::string::npos) << long_name.body;
  // A blank name, an unknown argument and a seat for a party that is not the body's.
  EXPECT_EQ(post(hki_, "/api/persons", {{"name", "   "}, {"organisation_id", "municipality-091"}}).status, 422);
  EXPECT_EQ(post(hki_, "/api/persons", {{"name", "A B"}, {"organisation_id", "municipality-091"}, {"email", "a@b"}}).status, 422);
  const std::string p = person(hki_, "Espoon Edustaja", "municipality-091");
  auto outsider = post(hki_, "/api/bodies/" + kGroup + "/memberships",
                       {{"person_id", p}, {"role", "member"}, {"seat_category", "elected"}, {"on_behalf_of_id", "municipality-049"}, {"start_date", "2023-01-01"}});
  EXPECT_EQ(outsider.status, 403) << outsider.body;  // not Espoo's coordinator, before anything else
  // Administrators register and dissolve organisations; a coordinator may not.
  EXPECT_EQ(post(hki_, "/api/organisations", {{"classification", "other"}, {"name", {{"fi", "Uusi yhtymä"}}}}).status, 403);
  auto admin = server_->sign_in("admin");
  auto made = post(admin, "/api/organisations", {{"classification", "other"}, {"name", {{"fi", "Uusi yhtymä"}, {"sv", "Ny samkommun"}}}});
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(json::parse(made.body)["id"], "uusi-yhtyma");
  auto gone = post(admin, "/api/organisations/uusi-yhtyma/dissolution", {{"dissolution_date", "2026-12-31"}, {"reason", "yhdistyi"}, {"successor_ids", {"county-01"}}});
  ASSERT_EQ(gone.status, 200) << gone.body;
  auto again = post(admin, "/api/organisations/uusi-yhtyma/dissolution", {{"dissolution_date", "2027-01-31"}, {"reason", "uudelleen"}}, "sv");
  EXPECT_EQ(again.status, 409);
  EXPECT_NE(json::parse(again.body)["detail"].get<std::string>().find("Ny samkommun har redan upphört 31.12.2026"), std::string::npos) << again.body;
}

// An agreement's whole life through the API: drafted by the party that prepares it, consulted,
// approved by both parties (never in the future, each once), in force, a working group under it
// with its quotas, an amendment approved again, the renewal of another agreement named on both.
TEST_F(Registry, AnAgreementIsDraftedConsultedApprovedAmendedAndRenews) {
  server_->add_account("coordinator-espoo", {{AccessRole::coordinator, "municipality-049"}});
  const auto espoo = server_->sign_in("coordinator-espoo");
  const json title = {{"fi", "Espoon ja Länsi-Uudenmaan virkamiestapaamiset"}, {"sv", "Tjänstemannamöten mellan Esbo och Västra Nyland"}};
  // Länsi-Uusimaa may not draft what Espoo prepares.
  EXPECT_EQ(post(lu_, "/api/agreements", {{"title", title}, {"party_ids", {"municipality-049", "county-03"}}, {"preparation_coordinator_id", "municipality-049"}}).status, 403);
  auto one_party = post(espoo, "/api/agreements", {{"title", title}, {"party_ids", {"municipality-049"}}, {"preparation_coordinator_id", "municipality-049"}}, "sv");
  EXPECT_EQ(one_party.status, 422);
  EXPECT_NE(json::parse(one_party.body)["detail"].get<std::string>().find("minst två olika parter"), std::string::npos) << one_party.body;
  auto drafted = post(espoo, "/api/agreements",
                      {{"title", title}, {"party_ids", {"municipality-049", "county-03"}}, {"preparation_coordinator_id", "municipality-049"},
                       {"end_date", "2028-12-31"}, {"succeeds_id", "helsinki-counties-cooperation-agreement"}});
  ASSERT_EQ(drafted.status, 201) << drafted.body;
  const std::string id = json::parse(drafted.body)["id"];
  EXPECT_EQ(id, "espoon-ja-lansi-uudenmaan-virkamiestapaamiset");
  const std::string a = "/api/agreements/" + id;
  // Statements: asked and recorded by the preparer only.
  EXPECT_EQ(post(lu_, a + "/consultations", {{"body_id", "national-language-board-county-03"}}).status, 403);
  ASSERT_EQ(post(espoo, a + "/consultations", {{"body_id", "national-language-board-county-03"}, {"due_date", "2023-06-20"}}).status, 201);
  EXPECT_EQ(post(espoo, a + "/consultations", {{"body_id", "national-language-board-county-03"}}).status, 409);  // asked already
  ASSERT_EQ(post(espoo, a + "/statements", {{"body_id", "national-language-board-county-03"}, {"given_date", "2023-06-01"}, {"statement", {{"sv", "Även på svenska."}}}}).status, 200);
  // Approvals: each party by its coordinator, not in the future (the server's day is 1.6.2023), once.
  auto future = post(espoo, a + "/approvals", {{"party_id", "municipality-049"}, {"date", "2023-06-02"}});
  EXPECT_EQ(future.status, 422);
  EXPECT_NE(json::parse(future.body)["detail"].get<std::string>().find("ei voi olla tulevaisuudessa"), std::string::npos) << future.body;
  EXPECT_EQ(post(espoo, a + "/approvals", {{"party_id", "county-03"}, {"date", "2023-05-30"}}).status, 403);
  ASSERT_EQ(post(espoo, a + "/approvals", {{"party_id", "municipality-049"}, {"date", "2023-05-30"}, {"minutes_paragraph", "§ 101"}}).status, 201);
  EXPECT_EQ(post(espoo, a + "/approvals", {{"party_id", "municipality-049"}, {"date", "2023-05-31"}}).status, 409);
  EXPECT_EQ(get(a)["in_force"]["status"], "unknown");
  ASSERT_EQ(post(lu_, a + "/approvals", {{"party_id", "county-03"}, {"date", "2023-05-31"}, {"minutes_paragraph", "§ 55"}}).status, 201);
  auto in_force = get(a + "?as_of=2023-06-01");
  EXPECT_EQ(in_force["in_force"]["status"], "holds") << in_force.dump();
  EXPECT_EQ(in_force["stage"], "approval");
  // A working group under it, kept by Länsi-Uusimaa, with two officeholders of each party.
  auto group = post(lu_, "/api/bodies",
                    {{"name", {{"fi", "Virkamiestyöryhmä"}, {"sv", "Tjänstemannagruppen"}}}, {"agreement_id", id}, {"party_ids", {"municipality-049", "county-03"}},
                     {"secretary_organization_id", "county-03"}, {"cadence", {{"kind", "at_least_per_year"}, {"times", 2}}},
                     {"seat_quotas", {{{"party_id", "municipality-049"}, {"category", "officeholder"}, {"count", 2}}, {{"party_id", "county-03"}, {"category", "officeholder"}, {"count", 2}}}}});
  ASSERT_EQ(group.status, 201) << group.body;
  EXPECT_EQ(get("/api/bodies/virkamiestyoryhma")["total_seats"], 4);
  // A quota for a party that is not the body's is refused; a change of rules keeps its reason.
  EXPECT_EQ(post(lu_, "/api/bodies/virkamiestyoryhma/rules", {{"reason", "x"}, {"seat_quotas", {{{"party_id", "county-01"}, {"category", "elected"}, {"count", 1}}}}}).status, 422);
  auto changed = post(lu_, "/api/bodies/virkamiestyoryhma/rules", {{"reason", "Kokoontuu useammin"}, {"cadence", {{"kind", "at_least_per_year"}, {"times", 4}}}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(json::parse(changed.body)["corrections"][0]["fields"], json::array({"cadence"}));
  EXPECT_EQ(post(espoo, "/api/bodies/virkamiestyoryhma/rules", {{"reason", "x"}, {"tasks", json::array()}}).status, 403);  // Espoo does not keep it
  // An amendment proposed by Länsi-Uusimaa, approved by both: it applies from its effective date.
  auto amended = post(lu_, a + "/versions", {{"description", {{"fi", "Kokoukset myös ruotsiksi"}, {"sv", "Mötena också på svenska"}}}, {"effective_date", "2023-09-01"}, {"proposed_by_id", "county-03"}});
  ASSERT_EQ(amended.status, 201) << amended.body;
  ASSERT_EQ(post(lu_, a + "/approvals", {{"party_id", "county-03"}, {"date", "2023-06-01"}, {"version_id", "v2"}}).status, 201);
  auto waiting = get(a + "?as_of=2023-06-01");
  EXPECT_NE(waiting["in_force"].dump().find("odottaa hyväksyntää: Espoo"), std::string::npos) << waiting["in_force"].dump();
  ASSERT_EQ(post(espoo, a + "/approvals", {{"party_id", "municipality-049"}, {"date", "2023-06-01"}, {"version_id", "v2"}}).status, 201);
  const std::string applies = get(a + "?as_of=2023-09-01")["in_force"].dump();
  EXPECT_NE(applies.find("on voimassa 1.9.2023 alkaen; kaikki osapuolet ovat hyväksyneet sen"), std::string::npos) << applies;
  // The renewal is named on both agreements.
  EXPECT_NE(applies.find("Jatkaa sopimusta"), std::string::npos) << applies;
  EXPECT_NE(get("/api/agreements/helsinki-counties-cooperation-agreement")["in_force"].dump().find("Jatkosopimus"), std::string::npos);
}

}  // namespace
}  // namespace yp
