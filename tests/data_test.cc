// Loads everything in data/ and asserts the facts of the five documents and the registry; and
// that a malformed or inconsistent file is refused with its file, line and field.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>

#include <map>

#include <sstream>

#include <filesystem>
#include <functional>
#include <fstream>

#include "codec/json_codec.h"
#include "disclosure/disclosure.h"
#include "files/loader.h"
#include "support.h"

namespace yp {
namespace {

const Dataset& data() {
  static const Dataset d = test::load_repository_data();
  return d;
}

TEST(Data, RegistryHasEveryMunicipalityAndCounty) {
  int municipalities = 0, counties = 0;
  for (const auto& o : data().organisations.items) {
    municipalities += o.classification == OrgKind::municipality || !o.identifier("municipality_code").empty() ? 1 : 0;
    counties += o.classification == OrgKind::wellbeing_services_county ? 1 : 0;
  }
  EXPECT_EQ(municipalities, 309);
  EXPECT_EQ(counties, 21);  // Helsinki (90) is the city itself, Åland (91) outside the county system
  EXPECT_EQ(data().organisations.find("aland")->identifier("county_code"), "91");
  EXPECT_EQ(data().children_of("aland").size(), 16u);
  const auto* helsinki = data().organisations.find("municipality-091");
  ASSERT_TRUE(helsinki);
  EXPECT_EQ(helsinki->classification, OrgKind::city_organiser);
  EXPECT_EQ(helsinki->identifier("county_code"), "90");
  EXPECT_TRUE(helsinki->parent_ids.empty());
  int ita_uusimaa = 0;
  for (const auto* o : data().children_of("county-01")) ita_uusimaa += o->classification == OrgKind::municipality;
  EXPECT_EQ(ita_uusimaa, 7);
  EXPECT_EQ(data().organisations.find("municipality-434")->parent_ids, std::vector<std::string>{"county-01"});
}

TEST(Data, CooperationGroupOfDocument000Has18Seats) {
  const auto* g = data().bodies.find("helsinki-counties-cooperation-group");
  ASSERT_TRUE(g);
  EXPECT_EQ(g->total_seats(), 18);
  EXPECT_FALSE(g->may_decide);
  EXPECT_EQ(g->secretary_organization_id, "municipality-091");
  std::map<std::pair<std::string, SeatCategory>, int> seats;
  for (const auto& q : g->seat_quotas) seats[{q.party_id, q.category}] += q.count;
  EXPECT_EQ((seats[{"municipality-091", SeatCategory::elected}]), 4);
  EXPECT_EQ((seats[{"municipality-091", SeatCategory::officeholder}]), 2);
  EXPECT_EQ((seats[{"county-03", SeatCategory::elected}]), 3);
  EXPECT_EQ((seats[{"county-03", SeatCategory::officeholder}]), 1);
  EXPECT_EQ((seats[{"county-04", SeatCategory::elected}]), 2);
  EXPECT_EQ((seats[{"county-04", SeatCategory::officeholder}]), 1);
  EXPECT_EQ((seats[{"county-02", SeatCategory::elected}]), 2);
  EXPECT_EQ((seats[{"county-02", SeatCategory::officeholder}]), 1);
  EXPECT_EQ((seats[{"county-01", SeatCategory::elected}]), 1);
  EXPECT_EQ((seats[{"county-01", SeatCategory::officeholder}]), 1);
  ASSERT_EQ(g->chair_rules.size(), 3u);
  EXPECT_EQ(g->chair_rules[0].posts, (std::vector<std::string>{"helsinki-mayor", "helsinki-deputy-mayor-social-health"}));
  EXPECT_EQ(g->chair_rules[1].party_id, "county-03");
  EXPECT_EQ(g->chair_rules[2].party_id, "county-04");
  ASSERT_EQ(g->guests.size(), 2u);
  EXPECT_EQ(g->guests[0].post_id, "hus-board-chair");
  EXPECT_EQ(g->guests[1].post_id, "hus-ceo");
  for (const auto& q : g->seat_quotas) EXPECT_FALSE(q.source.passage.empty());
}

TEST(Data, Agreement000RunsUntil31March2024AndIsEvaluatedIn2023) {
  const auto* a = data().agreements.find("helsinki-counties-cooperation-agreement");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->party_ids.size(), 5u);
  EXPECT_EQ(a->end_date, (Date{2024, 3, 31}));
  EXPECT_EQ(a->entry_into_force, EntryIntoForce::all_parties_approved);
  EXPECT_TRUE(data().approvals_of(a->id).empty());  // the document states no approval dates
  bool evaluation = false;
  for (const auto& c : a->clauses) evaluation |= c.kind == ClauseKind::evaluation && c.within_until == Date{2023, 12, 31};
  EXPECT_TRUE(evaluation);
}

TEST(Data, HusAgreementHasItsPartiesBodiesContentAndRegisters) {
  const auto* a = data().agreements.find("hus-organising-agreement");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->party_ids.size(), 6u);
  EXPECT_EQ(a->content_areas.size(), 13u);
  EXPECT_EQ(a->approvers.size(), 6u);
  // The University, the ministry and the five national language boards of the parties (bodies).
  EXPECT_EQ(a->consultations.size(), 7u);
  int boards = 0;
  for (const auto& c : a->consultations)
    if (const auto* b = data().bodies.find(c.body_id)) boards += b->classification == BodyKind::national_language_board;
  EXPECT_EQ(boards, 5);
  EXPECT_EQ(a->preparation_coordinator_id, "municipality-091");
  int patient = 0, social = 0;
  for (const auto& r : data().registers.items) (r.kind == RegisterKind::patient ? patient : social)++;
  EXPECT_EQ(patient, 6);
  EXPECT_EQ(social, 5);
  const auto* preparedness = data().bodies.find("regional-preparedness-group");
  ASSERT_TRUE(preparedness);
  EXPECT_EQ(preparedness->chair_rules[0].posts, std::vector<std::string>{"hus-chief-physician"});
  EXPECT_EQ(data().bodies.find("self-monitoring-expert-group")->tasks.size(), 7u);
  EXPECT_EQ(data().bodies.find("support-services-cooperation-meeting")->convener_id, "hus");
  const auto* basis = data().statute_sections.find("616-2021-s64a");
  ASSERT_TRUE(basis);
  EXPECT_TRUE(basis->in_force_on(Date{2023, 1, 1}));
  EXPECT_FALSE(basis->in_force_on(Date{2026, 1, 1}));
}

TEST(Data, ItaUusimaaForumsMeetAsTheAgreementSays) {
  const auto* a = data().agreements.find("ita-uusimaa-strategic-cooperation-agreement");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->party_ids.size(), 8u);
  const auto* top = data().bodies.find("ita-uusimaa-top-management-forum");
  EXPECT_EQ(top->cadence.kind, CadenceKind::at_least_per_year);
  EXPECT_EQ(top->cadence.times, 2);
  EXPECT_EQ(data().bodies.find("ita-uusimaa-political-forum")->cadence.kind, CadenceKind::once_per_council_term);
  EXPECT_FALSE(data().bodies.find("ita-uusimaa-networks")->may_decide);
  EXPECT_FALSE(data().bodies.find("ita-uusimaa-working-groups")->may_decide);
  const auto* m = data().meetings.find("loviisa-strategic-cooperation-item");
  ASSERT_TRUE(m);
  const auto& d = m->items.at(0).disqualifications.at(0);
  EXPECT_EQ(d.person_id, "otto-andersson");
  EXPECT_EQ(d.ground, "yhteisöjäävi");
  EXPECT_EQ(d.absent_from, "17.43");
  EXPECT_EQ(d.absent_until, "17.55");
}

TEST(Data, EspooNegotiationIsRecordedWithItsAgreedItems) {
  const auto* m = data().meetings.find("espoo-lansi-uusimaa-2025-01-15");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->date, (Date{2025, 1, 15}));
  EXPECT_EQ(m->legal_basis, std::vector<std::string>{"611-2021-s14"});
  EXPECT_EQ(m->participants.size(), 4u);
  EXPECT_EQ(m->items.at(4).agreed.size(), 1u);
}

TEST(Data, StatuteSectionsCarryTheLawsOwnWordsInFinnishAndSwedish) {
  const auto* s14 = data().statute_sections.find("611-2021-s14");
  ASSERT_TRUE(s14);
  EXPECT_NE(s14->text.fi.find("on neuvoteltava vähintään valtuustokausittain"), std::string::npos);
  EXPECT_NE(s14->text.sv.find("fullmäktigeperiod"), std::string::npos) << s14->text.sv;
  EXPECT_EQ(s14->title.fi, "Hyvinvointialueen ja kuntien neuvottelu");
  const auto* s64a = data().statute_sections.find("616-2021-s64a");  // added by 654/2022
  ASSERT_TRUE(s64a);
  EXPECT_NE(s64a->text.fi.find("Potilaalla on oikeus kieltää tietojensa luovuttaminen"), std::string::npos);
  EXPECT_FALSE(s64a->text.sv.empty());
  EXPECT_EQ(data().statute_sections.find("612-2021-s6")->title.fi, "Hyvinvoinnin ja terveyden edistäminen kunnassa");
}

TEST(Data, CouncilTermsAreData) {
  EXPECT_EQ(data().term_on(TermKind::municipal, Date{2021, 7, 31}), nullptr);
  EXPECT_EQ(data().term_on(TermKind::municipal, Date{2021, 8, 1})->id, "municipal-2021-2025");
  EXPECT_EQ(data().term_on(TermKind::regional, Date{2025, 6, 1})->id, "regional-2025-2029");
}

std::string write_file(const std::string& name, const std::string& text) {
  auto path = test::temp_path(name);
  std::ofstream(path) << text;
  return path;
}

// Whitespace runs as one space; a word broken at a line end with a hyphen either kept whole with
// its hyphen ("HYTE-\ntyön") or joined ("esityk-\nsestä"), which `join_breaks` chooses.
std::string normalised(const std::string& text, bool join_breaks) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '-' && i + 1 < text.size() && (text[i + 1] == '\n' || text[i + 1] == '\r')) {
      size_t j = i + 1;
      while (j < text.size() && std::isspace(static_cast<unsigned char>(text[j]))) ++j;
      if (!join_breaks) out += '-';
      i = j - 1;
      continue;
    }
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += c;
  }
  return out;
}

// Every passage the data quotes from one of the five documents is the document's own words (an
// elision "…" between parts of it allowed), so that a reader who follows a fact to its source
// finds it there.
TEST(Data, EveryPassageIsTheDocumentsOwnWords) {
  const Dataset d = test::load_repository_data();
  std::map<std::string, std::pair<std::string, std::string>> texts;  // document → its text, hyphens kept and joined
  for (const auto& doc : d.documents.items) {
    std::ifstream in(std::string(YP_SOURCE_DIR) + "/data/documents/text/" + doc.original_file);
    ASSERT_TRUE(in) << doc.original_file;
    std::stringstream text;
    text << in.rdbuf();
    texts[doc.id] = {normalised(text.str(), false), normalised(text.str(), true)};
  }
  int checked = 0;
  auto check = [&](const std::string& where, const Source& s) {
    auto it = texts.find(s.document);
    if (it == texts.end() || s.passage.empty()) return;
    ++checked;
    const std::string passage = normalised(s.passage, false);
    size_t from = 0;
    while (from <= passage.size()) {
      size_t cut = passage.find("…", from);
      std::string part = passage.substr(from, cut == std::string::npos ? std::string::npos : cut - from);
      while (!part.empty() && part.back() == ' ') part.pop_back();
      while (!part.empty() && part.front() == ' ') part.erase(0, 1);
      EXPECT_TRUE(part.empty() || it->second.first.find(part) != std::string::npos || it->second.second.find(part) != std::string::npos)
          << where << ": not in " << s.document << ": " << part;
      if (cut == std::string::npos) break;
      from = cut + std::string("…").size();
    }
  };
  // Every source anywhere in the data, found by walking each entity's JSON.
  std::function<void(const std::string&, const nlohmann::json&)> walk = [&](const std::string& where, const nlohmann::json& j) {
    if (j.is_object()) {
      if (j.contains("document") && j.contains("passage") && j["document"].is_string() && j["passage"].is_string())
        check(where, Source{j["document"].get<std::string>(), "", j["passage"].get<std::string>()});
      for (const auto& [key, value] : j.items()) walk(where + "/" + key, value);
    } else if (j.is_array()) {
      for (size_t i = 0; i < j.size(); ++i) walk(where + "/" + std::to_string(i), j[i]);
    }
  };
  d.for_each_collection([&](const char* name, const auto& collection) {
    for (const auto& item : collection.items) walk(std::string(name) + "/" + item.id, codec::encode(item));
  });
  EXPECT_GT(checked, 150);
}

// The words of one of the five documents, whitespace runs as one space (hyphens at line ends kept).
std::string document_words(const Dataset& d, const std::string& document) {
  const auto* doc = d.documents.find(document);
  if (!doc) return "";
  std::ifstream in(std::string(YP_SOURCE_DIR) + "/data/documents/text/" + doc->original_file);
  std::stringstream text;
  text << in.rdbuf();
  return normalised(text.str(), false);
}

// Every source anywhere in the data, with where it is.
void for_each_source(const Dataset& d, const std::function<void(const std::string&, const nlohmann::json&)>& f) {
  std::function<void(const std::string&, const nlohmann::json&)> walk = [&](const std::string& where, const nlohmann::json& j) {
    if (j.is_object()) {
      if (j.contains("document") && j["document"].is_string()) f(where, j);
      for (const auto& [key, value] : j.items()) walk(where + "/" + key, value);
    } else if (j.is_array()) {
      for (size_t i = 0; i < j.size(); ++i) walk(where + "/" + std::to_string(i), j[i]);
    }
  };
  d.for_each_collection([&](const char* name, const auto& collection) {
    for (const auto& item : collection.items) walk(std::string(name) + "/" + item.id, codec::encode(item));
  });
}

// A fact read from its passage rather than said by it says how, in each of the three languages.
TEST(Data, EveryInferenceIsSaidInFinnishSwedishAndEnglish) {
  int inferences = 0;
  for_each_source(data(), [&](const std::string& where, const nlohmann::json& s) {
    if (!s.contains("inference")) return;
    ++inferences;
    for (const char* lang : {"fi", "sv", "en"})
      EXPECT_TRUE(s["inference"].contains(lang) && !s["inference"][lang].get<std::string>().empty()) << where << ": no " << lang;
  });
  EXPECT_GT(inferences, 0);
}

// Issue 16 item 7.1: the HUS of the 2021–2025 plan is the hospital district joint authority of the
// time; HUS-yhtymä was founded 1.1.2023 and took over.
TEST(Data, Document003IsAPlanWithTheHospitalDistrictOfTheTime) {
  const auto* plan = data().agreements.find("hyks-organising-plan-2021-2025");
  ASSERT_TRUE(plan);
  const auto& parties = plan->party_ids;
  EXPECT_EQ(std::count(parties.begin(), parties.end(), "hus"), 0);
  EXPECT_EQ(std::count(parties.begin(), parties.end(), "hus-hospital-district"), 1);
  EXPECT_NE(plan->source.passage.find("hyväksyttävä sairaanhoitopiirin kuntayhtymässä"), std::string::npos);
  EXPECT_NE(plan->source.inference.en.find("founded only on 1.1.2023"), std::string::npos) << plan->source.inference.en;
  const auto* district = data().organisations.find("hus-hospital-district");
  ASSERT_TRUE(district);
  EXPECT_EQ(district->classification, OrgKind::joint_authority);
  EXPECT_EQ(district->name.fi, "Helsingin ja Uudenmaan sairaanhoitopiirin kuntayhtymä");
  EXPECT_EQ(district->name.sv, "Samkommunen Helsingfors och Nylands sjukvårdsdistrikt");
  EXPECT_FALSE(district->name.en.empty());
  EXPECT_EQ(district->dissolution_date, (Date{2022, 12, 31}));
  EXPECT_EQ(district->source.document, "616/2021");
  EXPECT_FALSE(district->source.inference.empty());
  EXPECT_EQ(data().organisations.find("hus")->founding_date, (Date{2023, 1, 1}));
  // No agreement that starts on a date has a party that did not exist on it.
  for (const auto& a : data().agreements.items) {
    if (!a.start_date) continue;
    for (const auto& p : a.party_ids) {
      const auto* o = data().organisations.find(p);
      ASSERT_TRUE(o) << p;
      EXPECT_TRUE(!o->founding_date || *o->founding_date <= *a.start_date) << a.id << ": " << p << " was founded after " << a.start_date->iso();
      EXPECT_TRUE(!o->dissolution_date || *a.start_date <= *o->dissolution_date) << a.id << ": " << p;
    }
  }
}

// Issue 16 item 7.2: the Loviisa item is the city board's decision to propose the agreement to the
// council; the agreement is approved by each of its eight parties, and no approval is in the document.
TEST(Data, ItaUusimaaAgreementIsApprovedByEachOfItsEightParties) {
  const auto* a = data().agreements.find("ita-uusimaa-strategic-cooperation-agreement");
  ASSERT_TRUE(a);
  std::vector<std::string> approvers;
  for (const auto& r : a->approvers) approvers.push_back(r.party_id);
  EXPECT_EQ(approvers.size(), 8u);
  std::sort(approvers.begin(), approvers.end());
  std::vector<std::string> parties = a->party_ids;
  std::sort(parties.begin(), parties.end());
  EXPECT_EQ(approvers, parties);
  for (const auto& r : a->approvers) {
    EXPECT_FALSE(r.source.passage.empty()) << r.party_id;
    if (r.party_id == "municipality-434") {
      EXPECT_EQ(r.approving_body.fi, "kaupunginvaltuusto");  // the only approving body the document names
      EXPECT_TRUE(r.source.inference.empty());
    } else {
      EXPECT_TRUE(r.approving_body.empty()) << r.party_id;
      EXPECT_FALSE(r.source.inference.empty()) << r.party_id;
    }
  }
  EXPECT_TRUE(data().approvals_of(a->id).empty());
  // Every agreement that enters into force on its parties' approvals names each party's approval.
  for (const auto& x : data().agreements.items) {
    if (x.entry_into_force != EntryIntoForce::all_parties_approved) continue;
    std::vector<std::string> want = x.party_ids, have;
    for (const auto& r : x.approvers) have.push_back(r.party_id);
    std::sort(want.begin(), want.end());
    std::sort(have.begin(), have.end());
    EXPECT_EQ(have, want) << x.id;
  }
  const auto* m = data().meetings.find("loviisa-strategic-cooperation-item");
  ASSERT_TRUE(m);
  EXPECT_NE(m->kind, MeetingKind::council_meeting);
  EXPECT_NE(m->title.fi.find("kaupunginhallitus"), std::string::npos) << m->title.fi;
  const auto& item = m->items.at(0);
  EXPECT_EQ(item.proposal.rfind("Kaupunginhallitus päättää esittää kaupunginvaltuustolle, että se hyväksyy osaltaan", 0), 0u);
  EXPECT_EQ(item.decision, "Päätös ehdotuksen mukainen.");
  EXPECT_FALSE(item.source.inference.empty());
}

// Issue 16 item 7.3: the memo names no organiser, and the meeting with Kela is the county's proposal.
TEST(Data, EspooNegotiationNamesNoOrganiserAndOnlyProposesTheKelaMeeting) {
  const auto* m = data().meetings.find("espoo-lansi-uusimaa-2025-01-15");
  ASSERT_TRUE(m);
  EXPECT_TRUE(m->organiser_id.empty()) << m->organiser_id;
  const auto& item = m->items.at(4);
  ASSERT_EQ(item.agreed.size(), 1u);
  EXPECT_NE(item.agreed[0].find("Sovittiin, että tapaaminen järjestetään."), std::string::npos);
  EXPECT_EQ(item.proposal.rfind("Hyvinvointialue ehdottaa yhteistä tapaamista Kelan kanssa", 0), 0u) << item.proposal;
}

// Issue 16 item 7.4: a disqualification's ground and its detail are the minutes' own words.
TEST(Data, DisqualificationsSayOnlyWhatTheMinutesSay) {
  int checked = 0;
  for (const auto& m : data().meetings.items)
    for (const auto& item : m.items)
      for (const auto& d : item.disqualifications) {
        const std::string words = document_words(data(), d.source.document);
        if (words.empty()) continue;
        ++checked;
        EXPECT_NE(words.find(d.ground), std::string::npos) << m.id << ": " << d.ground;
        EXPECT_NE(words.find(d.ground_detail), std::string::npos) << m.id << ": " << d.ground_detail;
      }
  EXPECT_GT(checked, 0);
  const auto& d = data().meetings.find("loviisa-strategic-cooperation-item")->items.at(0).disqualifications.at(0);
  EXPECT_EQ(d.ground_detail, "aluehallituksen jäsen");
}

// Issue 16 item 7.5: what document 001 says of the top management meeting's cadence and of who
// convenes the support-services meetings, and what is read from it.
TEST(Data, HusMeetingsCadenceAndConvenerSayWhatIsReadFromThePassage) {
  const auto* top = data().bodies.find("uusimaa-top-management-meeting");
  ASSERT_TRUE(top);
  EXPECT_EQ(top->cadence.kind, CadenceKind::at_least_per_year);
  EXPECT_EQ(top->cadence.times, 1);
  EXPECT_NE(top->cadence.source.passage.find("vahvistetaan vuosittain"), std::string::npos);
  EXPECT_NE(top->cadence.source.inference.en.find("at least once a year"), std::string::npos) << top->cadence.source.inference.en;
  const auto* support = data().bodies.find("support-services-cooperation-meeting");
  ASSERT_TRUE(support);
  EXPECT_EQ(support->convener_id, "hus");
  EXPECT_NE(support->source.passage.find("HUS-yhtymä toimii ensimmäisten kokousten koolle kutsujana."), std::string::npos);
  EXPECT_NE(support->source.inference.en.find("first meetings only"), std::string::npos) << support->source.inference.en;
  EXPECT_NE(support->source.inference.fi.find("ensimmäisten kokousten"), std::string::npos);
}

// Issue 16 item 7.6: the Secondary Use Act (552/2019) covers social welfare data, not only patient
// data: knowledge-based management may draw on either kind of register.
TEST(Data, SecondaryUseCoversSocialWelfareRegistersToo) {
  for (const auto& [from, to] : {std::pair{"social-welfare-register-county-01", "social-welfare-register-municipality-091"},
                                 std::pair{"patient-register-county-01", "patient-register-hus"}}) {
    auto v = check_disclosure(data(), {from, to, Date{2023, 6, 1}, DisclosurePurpose::knowledge_management});
    ASSERT_TRUE(v.ok());
    EXPECT_EQ(v->status, VerdictStatus::holds) << from << ": " << v->explanation.en;
    EXPECT_NE(v->explanation.en.find("552/2019"), std::string::npos) << v->explanation.en;
  }
  for (const auto& kind : {RegisterKind::patient, RegisterKind::social_welfare}) {
    int bases = 0;
    for (const auto& b : data().disclosure_bases.items) bases += b.statute_section_id == "552-2019" && b.register_kind == kind;
    EXPECT_EQ(bases, 1) << name_of(kind);
  }
}

// Issue 16 item 7.7: the Helsinki deputy mayor's post is named as document 000 names it.
TEST(Data, HelsinkiDeputyMayorIsTheOneForTheSocialServicesAndHealthCareDivision) {
  const auto* post = data().posts.find("helsinki-deputy-mayor-social-health");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->label.fi, "Sosiaali- ja terveystoimen toimialan apulaispormestari");
  EXPECT_EQ(post->label.sv, "Biträdande borgmästare för social- och hälsovårdssektorn");
  EXPECT_EQ(post->label.en, "Deputy Mayor for the Social Services and Health Care Division");
  EXPECT_NE(document_words(data(), "doc-000").find("sosiaali- ja terveystoimen toimialan apulaispormestari"), std::string::npos);
  EXPECT_EQ(post->source.document, "doc-000");
}

// Every priority and goal of documents 001 and 003: the self-monitoring content areas, the ICT
// steering group's three kinds of yearly target, the HYTE group's tasks; the plan's three general
// goals and a goal slot for each of its five priorities.
TEST(Data, GoalsOfDocuments001And003) {
  const Dataset d = test::load_repository_data();
  std::map<std::string, int> goals_of;
  for (const auto& g : d.goals.items) ++goals_of[g.priority_id];
  EXPECT_EQ(goals_of["hus-self-monitoring"], 7);
  EXPECT_EQ(goals_of["hus-ict-targets"], 3);
  EXPECT_EQ(goals_of["hus-hyte"], 7);
  EXPECT_EQ(goals_of["hyks-general"], 3);
  for (const char* p : {"hyks-sustainable-economy", "hyks-youth-mental-health", "hyks-urgent-care", "hyks-integrating-digital", "hyks-digital-as-whole"})
    EXPECT_EQ(goals_of[p], 1) << p;
  // The documents give no metric a value: nothing is invented.
  for (const auto& i : d.indicators.items) {
    EXPECT_TRUE(i.targets.empty()) << i.id;
    EXPECT_FALSE(i.baseline.has_value()) << i.id;
    EXPECT_EQ(i.direction, Direction::unrecorded) << i.id;
  }
  EXPECT_TRUE(d.indicator_values.items.empty());
  EXPECT_TRUE(d.responsibility_pairs.items.empty());
}

TEST(Loader, NamesFileLineAndFieldOfATypeError) {
  auto path = write_file("bad.yaml", "persons:\n  - id: a\n    name: A\n  - id: b\n    name: [not, a, name]\n");
  auto report = files::load_files({path}, Dataset{});
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_NE(report.errors[0].find(path + ":5"), std::string::npos) << report.errors[0];
  EXPECT_NE(report.errors[0].find("'name'"), std::string::npos) << report.errors[0];
  EXPECT_TRUE(report.fragment.persons.items.empty());  // nothing of the batch
}

TEST(Loader, NamesFileLineAndFieldOfABrokenReference) {
  auto path = write_file("ref.yaml",
                         "posts:\n  - id: p\n    organization_id: nowhere\n    label: Virka\n    category: elected\n");
  auto report = files::load_files({path}, test::load_repository_data());
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_NE(report.errors[0].find(path + ":3"), std::string::npos) << report.errors[0];
  EXPECT_NE(report.errors[0].find("organization_id"), std::string::npos);
  EXPECT_NE(report.errors[0].find("nowhere"), std::string::npos);
}

TEST(Loader, RefusesUnknownCollectionsDuplicatesAndBadYaml) {
  EXPECT_FALSE(files::load_files({write_file("u.yaml", "peeple:\n  - id: a\n")}, Dataset{}).errors.empty());
  auto dup = files::load_files({write_file("d.yaml", "persons:\n  - {id: a, name: A}\n  - {id: a, name: B}\n")}, Dataset{});
  ASSERT_EQ(dup.errors.size(), 1u);
  EXPECT_NE(dup.errors[0].find("defined twice"), std::string::npos);
  auto syntax = files::load_files({write_file("s.yaml", "persons: [\n")}, Dataset{});
  ASSERT_EQ(syntax.errors.size(), 1u);
  EXPECT_NE(syntax.errors[0].find("line"), std::string::npos);
}

TEST(Loader, ASectionMissingFromItsStatuteFileIsAnError) {
  auto dir = test::temp_path("law");
  std::filesystem::create_directories(dir + "/fi");
  std::filesystem::copy_file(test::data_dir() + "/law/fi/asd20210611.xml", dir + "/fi/asd20210611.xml");
  std::ofstream(dir + "/sections.yaml") << "statute_sections:\n  - {id: x, statute: \"611/2021\", section: \"999 §\"}\n";
  auto report = files::load_files({dir}, Dataset{});
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_NE(report.errors[0].find("999 §"), std::string::npos) << report.errors[0];
  EXPECT_NE(report.errors[0].find("sections.yaml:2"), std::string::npos) << report.errors[0];
}

TEST(Loader, CollidingDutiesMustSayWhichOverrides) {
  const std::string duty =
      "  - id: %s\n    title: T\n    bearer: {kind: counties}\n    window: {kind: calendar_year}\n    in_force_from: 2023-01-01\n"
      "    first_window: {rule: full, reason: {en: One a year}}\n"
      "    count: {event: negotiation, at_least: 1, parties: subject, area: municipalities, topic: hyte}\n    source: {document: doc-001}\n";
  auto write_duties = [&](const std::string& extra) {
    std::string text = "duties:\n";
    for (const char* id : {"dup-a", "dup-b"}) {
      char buffer[512];
      std::snprintf(buffer, sizeof buffer, duty.c_str(), id);
      text += buffer;
    }
    return write_file("dup.yaml", text + extra);
  };
  auto colliding = files::load_files({write_duties("")}, test::load_repository_data());
  ASSERT_FALSE(colliding.errors.empty());
  EXPECT_NE(colliding.errors[0].find("collides"), std::string::npos) << colliding.errors[0];
  // sote-7-hyte-negotiation of the repository counts the same: it collides as well.
  EXPECT_EQ(colliding.errors.size(), 3u);
}

TEST(Loader, AcceptsANewerClassificationByColumnName) {
  auto counties = write_file("c.csv", "short_name_fi,code,name_fi,extra\nUusi,77,Uusi hyvinvointialue,x\n");
  auto towns = write_file("m.csv", "name_fi,county_code,municipality_code,population_2024\nUusikunta,77,999,1234\n");
  auto report = files::load_files({counties, towns}, Dataset{});
  ASSERT_TRUE(report.errors.empty()) << report.errors[0];
  const auto* town = report.fragment.organisations.find("municipality-999");
  ASSERT_TRUE(town);
  EXPECT_EQ(town->parent_ids, std::vector<std::string>{"county-77"});
  EXPECT_EQ(town->population, 1234);
  EXPECT_EQ(town->population_date, (Date{2024, 12, 31}));
  auto orphan = files::load_files({write_file("o.csv", "municipality_code,name_fi,county_code\n998,Orpo,55\n")}, Dataset{});
  ASSERT_EQ(orphan.errors.size(), 1u);
  EXPECT_NE(orphan.errors[0].find(":2"), std::string::npos) << orphan.errors[0];
}

// Found by the CSV fuzzer: a code that cannot be part of an id was refused only by the validator of
// the whole dataset, without the file and line.
TEST(Loader, RefusesACodeThatIsNotDigitsAtItsLine) {
  auto towns = write_file("m.csv", "municipality_code,name_fi,county_code\r\n/47,Enontekiö,21\r\n");
  auto report = files::load_files({towns}, Dataset{});
  ASSERT_EQ(report.errors.size(), 1u);
  EXPECT_EQ(report.errors[0].rfind(towns + ":2: field 'municipality_code'", 0), 0u) << report.errors[0];
  auto counties = write_file("c.csv", "code,name_fi,short_name_fi\n0 1,Uusi,Uusi\n");
  auto bad_county = files::load_files({counties}, Dataset{});
  ASSERT_EQ(bad_county.errors.size(), 1u);
  EXPECT_EQ(bad_county.errors[0].rfind(counties + ":2: field 'code'", 0), 0u) << bad_county.errors[0];
}


// A data file's size, depth and encoding are bounded: nothing in one can take the loader down.
TEST(Loader, RefusesDeepNestingAliasBombsAndBytesThatAreNotUtf8) {
  std::string deep = "persons: ";
  for (int i = 0; i < 200; ++i) deep += "[";
  for (int i = 0; i < 200; ++i) deep += "]";
  auto nested = files::load_files({write_file("deep.yaml", deep + "\n")}, Dataset{});
  ASSERT_EQ(nested.errors.size(), 1u);
  EXPECT_NE(nested.errors[0].find("nested more than 64 levels deep"), std::string::npos) << nested.errors[0];
  // Each alias doubles the one before: 2^40 values once expanded.
  std::string bomb = "a0: &a0 [x, x]\n";
  for (int i = 1; i <= 40; ++i) bomb += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [*a" + std::to_string(i - 1) + ", *a" + std::to_string(i - 1) + "]\n";
  auto exploded = files::load_files({write_file("bomb.yaml", bomb)}, Dataset{});
  ASSERT_EQ(exploded.errors.size(), 1u);
  EXPECT_NE(exploded.errors[0].find("more than 2000000 values"), std::string::npos) << exploded.errors[0];
  auto bytes = files::load_files({write_file("latin1.yaml", "persons:\n  - {id: a, name: \"M\xe4kinen\"}\n")}, Dataset{});
  ASSERT_EQ(bytes.errors.size(), 1u);
  EXPECT_NE(bytes.errors[0].find("latin1.yaml:2: is not valid UTF-8 text"), std::string::npos) << bytes.errors[0];
  auto id = files::load_files({write_file("id.yaml", "persons:\n  - {id: \"has space\", name: A}\n")}, Dataset{});
  ASSERT_EQ(id.errors.size(), 1u);
  EXPECT_NE(id.errors[0].find("is not an id"), std::string::npos) << id.errors[0];
}

}  // namespace
}  // namespace yp
