// Golden scenarios for the checks: inputs (the repository's data plus recorded memberships and
// approvals), a date, and the expected verdicts.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "agreements/in_force.h"
#include "bodies/composition.h"
#include "duties/law.h"
#include "program/verdicts.h"
#include "disclosure/disclosure.h"
#include "meetings/lifecycle.h"
#include "meetings/minutes.h"
#include "support.h"

namespace yp {
namespace {

const Date kDay{2023, 6, 1};

class Checks : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { base_ = new Dataset(test::load_repository_data()); }
  static Dataset* base_;
  Dataset data_ = *base_;
  int next_ = 0;

  void seat(const std::string& party, SeatCategory cat, Role role = Role::member, const std::string& post = "") {
    const std::string pid = "person-" + std::to_string(next_++);
    data_.persons.put({pid, "Person " + pid, {}, {}, {}});
    Membership m;
    m.id = "m-" + pid;
    m.organization_id = "helsinki-counties-cooperation-group";
    m.person_id = pid;
    m.role = role;
    m.seat_category = cat;
    m.on_behalf_of_id = party;
    m.start_date = Date{2023, 1, 1};
    if (!post.empty()) {
      m.basis = Basis::by_virtue_of_post;
      m.post_id = post;
    }
    data_.memberships.put(m);
  }
  // The full, lawful composition of document 000's cooperation group.
  void fill_group() {
    seat("municipality-091", SeatCategory::elected, Role::chair, "helsinki-mayor");
    seat("municipality-091", SeatCategory::elected, Role::member, "helsinki-deputy-mayor-social-health");
    seat("municipality-091", SeatCategory::elected);
    seat("municipality-091", SeatCategory::elected);
    seat("municipality-091", SeatCategory::officeholder);
    seat("municipality-091", SeatCategory::officeholder);
    seat("county-03", SeatCategory::elected, Role::vice_chair);
    seat("county-03", SeatCategory::elected);
    seat("county-03", SeatCategory::elected);
    seat("county-03", SeatCategory::officeholder);
    seat("county-04", SeatCategory::elected, Role::vice_chair);
    seat("county-04", SeatCategory::elected);
    seat("county-04", SeatCategory::officeholder);
    seat("county-02", SeatCategory::elected);
    seat("county-02", SeatCategory::elected);
    seat("county-02", SeatCategory::officeholder);
    seat("county-01", SeatCategory::elected);
    seat("county-01", SeatCategory::officeholder);
  }
  Verdict group_verdict() { return check_body_composition(data_, *data_.bodies.find("helsinki-counties-cooperation-group"), kDay); }
};
Dataset* Checks::base_ = nullptr;

TEST_F(Checks, CompositionIsUnknownWithNoMembersRecorded) {
  auto v = group_verdict();
  EXPECT_EQ(v.status, VerdictStatus::unknown);
  EXPECT_FALSE(v.missing.empty());
  EXPECT_NE(v.explanation.en.find("18 seats"), std::string::npos);
}

TEST_F(Checks, FullLawfulCompositionHolds) {
  fill_group();
  auto v = group_verdict();
  EXPECT_EQ(v.status, VerdictStatus::holds) << v.explanation.en;
  EXPECT_EQ(v.evidence.size(), 18u);
  EXPECT_FALSE(v.source.empty());
  EXPECT_FALSE(v.explanation.fi.empty());
  EXPECT_FALSE(v.explanation.sv.empty());
}

TEST_F(Checks, AnExtraSeatForAPartyFails) {
  fill_group();
  seat("county-01", SeatCategory::elected);
  auto v = group_verdict();
  EXPECT_EQ(v.status, VerdictStatus::fails);
  bool found = false;
  for (const auto& f : v.findings) found |= f.status == VerdictStatus::fails && f.text.en.find("2 of 1 (over quota)") != std::string::npos;
  EXPECT_TRUE(found);
}

TEST_F(Checks, AChairWhoIsNeitherMayorNorDeputyMayorFails) {
  fill_group();
  data_.memberships.find("m-person-0")->role = Role::member;
  data_.memberships.find("m-person-2")->role = Role::chair;
  auto v = group_verdict();
  EXPECT_EQ(v.status, VerdictStatus::fails);
}

TEST_F(Checks, AMissingExOfficioSeatFails) {
  fill_group();
  data_.memberships.find("m-person-1")->basis = Basis::nominated;
  data_.memberships.find("m-person-1")->post_id.clear();
  auto v = group_verdict();
  EXPECT_EQ(v.status, VerdictStatus::fails);
}

TEST_F(Checks, AVicechairFromTheWrongCountyFails) {
  fill_group();
  data_.memberships.find("m-person-10")->role = Role::member;   // Vantaa–Kerava's vice-chair steps down
  data_.memberships.find("m-person-13")->role = Role::vice_chair;  // a Keski-Uusimaa member takes it
  EXPECT_EQ(group_verdict().status, VerdictStatus::fails);
}

TEST_F(Checks, AnEndedMembershipDoesNotCount) {
  fill_group();
  data_.memberships.find("m-person-17")->end_date = Date{2023, 5, 31};
  EXPECT_EQ(group_verdict().status, VerdictStatus::fails);
}

TEST_F(Checks, ARotatingChairMustSitForOneOfTheRotatingParties) {
  const auto& board = *data_.bodies.find("rdi-advisory-board");
  auto chair = [&](const std::string& party) {
    data_.persons.put({"chair-person", "Puheenjohtaja", {}, {}, {}});
    Membership m;
    m.id = "m-chair";
    m.organization_id = board.id;
    m.person_id = "chair-person";
    m.role = Role::chair;
    m.seat_category = SeatCategory::officeholder;
    m.on_behalf_of_id = party;
    m.start_date = Date{2023, 1, 1};
    data_.memberships.put(m);
    return check_body_composition(data_, board, kDay);
  };
  EXPECT_EQ(chair("county-02").status, VerdictStatus::holds);
  EXPECT_EQ(chair("municipality-091").status, VerdictStatus::holds);
  EXPECT_EQ(chair("hus").status, VerdictStatus::fails);
  EXPECT_EQ(chair("university-of-helsinki").status, VerdictStatus::fails);
}

TEST_F(Checks, AgreementInForceOnlyFromTheLastApprovalToItsEnd) {
  const auto& a = *data_.agreements.find("helsinki-counties-cooperation-agreement");
  EXPECT_EQ(check_agreement_in_force(data_, a, kDay).status, VerdictStatus::unknown);
  int day = 1;
  for (const auto& party : a.party_ids)
    data_.approvals.put({"ap-" + party, a.id, party, {}, Date{2022, 9, day++}, "§ 1", {}, {}, {}});
  EXPECT_EQ(check_agreement_in_force(data_, a, Date{2022, 9, 4}).status, VerdictStatus::unknown);  // the last one is on 5.9.
  auto v = check_agreement_in_force(data_, a, Date{2022, 9, 5});
  EXPECT_EQ(v.status, VerdictStatus::holds) << v.explanation.en;
  EXPECT_EQ(check_agreement_in_force(data_, a, Date{2024, 3, 31}).status, VerdictStatus::holds);
  auto after = check_agreement_in_force(data_, a, Date{2024, 4, 1});
  EXPECT_EQ(after.status, VerdictStatus::fails);
  EXPECT_NE(after.explanation.en.find("31.3.2024"), std::string::npos);
}

TEST_F(Checks, OrganisingPlanEndsWithTheRepealOfItsBasis) {
  const auto& plan = *data_.agreements.find("hyks-organising-plan-2021-2025");
  EXPECT_EQ(check_agreement_in_force(data_, plan, Date{2022, 12, 31}).status, VerdictStatus::holds);
  auto v = check_agreement_in_force(data_, plan, Date{2023, 1, 1});
  EXPECT_EQ(v.status, VerdictStatus::fails);
  EXPECT_NE(v.explanation.fi.find("31.12.2022"), std::string::npos);
  bool cites_repeal = false;
  for (const auto& e : v.evidence) cites_repeal |= e.id == "1326-2010-s34";
  EXPECT_TRUE(cites_repeal);
}

TEST_F(Checks, PatientDataPassesUnder64aOnlyWithKantaNoticeAndNoProhibitionWhileInForce) {
  auto ask = [&](Date day, bool kanta, bool prohibition, const std::string& from = "patient-register-county-01",
                 const std::string& to = "patient-register-hus", DisclosurePurpose purpose = DisclosurePurpose::care) {
    auto v = check_disclosure(data_, {from, to, day, purpose, kanta, prohibition});
    EXPECT_TRUE(v.ok());
    return v.value();
  };
  auto yes = ask({2023, 6, 1}, true, false);
  EXPECT_EQ(yes.status, VerdictStatus::holds) << yes.explanation.en;
  EXPECT_NE(yes.explanation.en.find("616/2021 64 a §"), std::string::npos);
  EXPECT_FALSE(yes.law.fi.empty());
  EXPECT_FALSE(yes.law.sv.empty());
  EXPECT_EQ(ask({2022, 7, 10}, true, false).status, VerdictStatus::holds);   // the first day in force
  EXPECT_EQ(ask({2025, 12, 31}, true, false).status, VerdictStatus::holds);  // the last day
  EXPECT_EQ(ask({2022, 7, 9}, true, false).status, VerdictStatus::fails);
  auto expired = ask({2026, 1, 1}, true, false);
  EXPECT_EQ(expired.status, VerdictStatus::fails);
  EXPECT_NE(expired.findings.at(0).text.en.find("not in force"), std::string::npos);
  auto no_notice = ask({2023, 6, 1}, false, false);
  EXPECT_EQ(no_notice.status, VerdictStatus::fails);
  EXPECT_NE(no_notice.findings.at(0).text.en.find("Kanta notice is not recorded"), std::string::npos);
  EXPECT_EQ(ask({2023, 6, 1}, true, true).status, VerdictStatus::fails);
  EXPECT_EQ(ask({2023, 6, 1}, true, false, "social-welfare-register-county-01", "social-welfare-register-county-02").status, VerdictStatus::fails);
  EXPECT_EQ(ask({2023, 6, 1}, false, true, "patient-register-county-01", "patient-register-hus", DisclosurePurpose::knowledge_management).status,
            VerdictStatus::holds);
  EXPECT_FALSE(check_disclosure(data_, {"patient-register-county-01", "nowhere", {2023, 6, 1}}).ok());
}

TEST_F(Checks, AttendanceDeputiesDisqualificationAndQuorumInAMeeting) {
  fill_group();  // the 18 seats of the Helsinki–counties group, from 1.1.2023
  auto& group = *data_.bodies.find("helsinki-counties-cooperation-group");
  group.may_decide = true;  // as if its agreement gave it power, to see the quorum
  data_.persons.put({"deputy", "Varajäsen", {}, {}, {}});
  Membership deputy;
  deputy.id = "m-deputy";
  deputy.organization_id = group.id;
  deputy.person_id = "deputy";
  deputy.role = Role::deputy_member;
  deputy.deputy_of_id = "m-person-17";  // Itä-Uusimaa's officeholder
  deputy.start_date = Date{2023, 1, 1};
  data_.memberships.put(deputy);

  auto attendee = [](const std::string& id) {
    Participant p;
    p.person_id = id;
    return p;
  };
  auto disqualified = [](const std::string& who, const std::string& ground, const std::string& from = "", const std::string& until = "") {
    Disqualification d;
    d.person_id = who;
    d.ground = ground;
    d.absent_from = from;
    d.absent_until = until;
    return d;
  };
  Meeting request;
  request.body_id = group.id;
  request.date = Date{2023, 9, 1};
  auto planned = plan_meeting(data_, request, Date{2023, 8, 1});
  ASSERT_TRUE(planned.ok());
  data_.meetings.put(planned.value());
  const std::string id = planned->id;
  auto filled = prefill_participants(data_, id);
  ASSERT_TRUE(filled.ok()) << filled.error().message;
  EXPECT_EQ(filled->participants.size(), 18u);  // seat holders; the deputy only when standing in
  data_.meetings.put(filled.value());
  EXPECT_FALSE(record_attendance(data_, id, attendee("person-0")).ok());  // not before the meeting is held
  data_.meetings.put(move_meeting(data_, id, MeetingStatus::held, Date{2023, 9, 1}, "").value());

  // Nine present of eighteen: no quorum; the deputy standing in for an absent member makes ten.
  for (int i = 0; i < 18; ++i) {
    Participant p = attendee("person-" + std::to_string(i));
    p.present = i < 9;
    auto recorded = record_attendance(data_, id, p);
    ASSERT_TRUE(recorded.ok()) << recorded.error().message;
    data_.meetings.put(recorded.value());
  }
  EXPECT_FALSE(quorum_of(data_, *data_.meetings.find(id))->reached);
  Participant stand_in = attendee("deputy");
  stand_in.present = true;
  stand_in.deputy_for = "person-0";  // present: a deputy stands in only for an absent member
  EXPECT_FALSE(record_attendance(data_, id, stand_in).ok());
  stand_in.deputy_for = "person-16";  // absent, but not whose deputy this is
  EXPECT_FALSE(record_attendance(data_, id, stand_in).ok());
  stand_in.deputy_for = "person-17";
  stand_in.arrived = "17.05";
  auto with_deputy = record_attendance(data_, id, stand_in);
  ASSERT_TRUE(with_deputy.ok()) << with_deputy.error().message;
  data_.meetings.put(with_deputy.value());
  auto q = quorum_of(data_, *data_.meetings.find(id));
  ASSERT_TRUE(q);
  EXPECT_EQ(q->present, 10);
  EXPECT_TRUE(q->reached);

  // A disqualification on an item, with its time out and back.
  AgendaItem item;
  item.title = Text{"Talousarvio", "Budget", "Budget"};
  data_.meetings.put(add_agenda_item(data_, id, item).value());
  EXPECT_FALSE(declare_disqualification(data_, id, 1, disqualified("nobody", "yhteisöjäävi")).ok());           // not a participant
  EXPECT_FALSE(declare_disqualification(data_, id, 1, disqualified("person-3", "")).ok());                     // no ground
  EXPECT_FALSE(declare_disqualification(data_, id, 1, disqualified("person-3", "yhteisöjäävi", "17.55", "17.43")).ok());  // backwards
  auto declared = declare_disqualification(data_, id, 1, disqualified("person-3", "yhteisöjäävi", "17.43", "17.55"));
  ASSERT_TRUE(declared.ok()) << declared.error().message;
  data_.meetings.put(declared.value());
  // Guests attend by virtue of the body's guest posts (the HUS board chair and CEO here).
  data_.persons.put({"hus-chair-person", "HUS:n hallituksen puheenjohtaja", {}, {}, {}});
  Participant guest = attendee("hus-chair-person");
  guest.role = Role::guest;
  guest.present = true;
  guest.post_id = "helsinki-mayor";
  EXPECT_FALSE(record_attendance(data_, id, guest).ok());
  guest.post_id = "hus-board-chair";
  auto with_guest = record_attendance(data_, id, guest);
  ASSERT_TRUE(with_guest.ok()) << with_guest.error().message;
  data_.meetings.put(with_guest.value());
  EXPECT_EQ(quorum_of(data_, *data_.meetings.find(id))->present, 10);  // a guest holds no seat

  EXPECT_FALSE(name_checkers(data_, id, {"person-12"}).ok());  // absent
  auto checked = name_checkers(data_, id, {"person-1", "person-2"});
  ASSERT_TRUE(checked.ok()) << checked.error().message;
  data_.meetings.put(checked.value());
  const std::string html = minutes_html(data_, *data_.meetings.find(id), "fi");
  EXPECT_NE(html.find("Person person-1, Pöytäkirjantarkastaja"), std::string::npos);
  EXPECT_NE(html.find("HUS:n hallituksen puheenjohtaja, HUS-yhtymän hallituksen puheenjohtaja, kutsuttu vieras"), std::string::npos) << html;
  EXPECT_NE(html.find("Kokous on päätösvaltainen (10/18)"), std::string::npos);
  EXPECT_NE(html.find("poissa kokouksesta klo 17.43–17.55"), std::string::npos);
  EXPECT_NE(html.find("Poissa"), std::string::npos);
  EXPECT_NE(html.find("varajäsenenä jäsenen sijasta: Person person-17"), std::string::npos) << html;
}

TEST_F(Checks, RunChecksCoversAgreementsAndComposedBodies) {
  auto all = all_verdicts(data_, kDay);
  int agreements = 0, bodies = 0;
  for (const auto& v : all) {
    agreements += v.rule == "agreement.in_force";
    bodies += v.rule == "body.composition";
  }
  EXPECT_EQ(agreements, 4);
  EXPECT_EQ(bodies, 3);
}

// Over the whole country and every year from the reform on, no verdict quotes a provision that was
// not in force on the day it is about, judges a window before its bearer began, or quotes another
// body's cadence passage: the promises docs/duties.md makes of the engine, checked on the shipped data.
TEST_F(Checks, NoVerdictRestsOnARepealedProvisionAMissingBearerOrAnotherBearersPassage) {
  // Every agreement approved by all its parties in September 2023, so that its bodies are judged
  // and their first year is a partial one.
  for (const auto& a : base_->agreements.items)
    for (const auto& party : a.party_ids) {
      Approval ap;
      ap.id = "all-" + a.id + "-" + party;
      ap.agreement_id = a.id;
      ap.party_id = party;
      ap.date = Date{2023, 9, 15};
      data_.approvals.put(ap);
    }
  int body_windows = 0;
  for (const Date as_of : {Date{2023, 6, 1}, Date{2024, 12, 31}, Date{2026, 12, 1}}) {
    const auto verdicts = duty_verdicts(data_, as_of);
    ASSERT_GT(verdicts.size(), 1000u);
    for (const auto& v : verdicts) {
      const std::string where = v.rule + " " + v.subject + " " + (v.window_from ? v.window_from->iso() : "") + " on " + as_of.iso();
      const Date day = v.window_until ? std::min(*v.window_until, as_of) : as_of;
      for (const auto& id : v.law_sections) {
        const auto* s = data_.statute_sections.find(id);
        ASSERT_NE(s, nullptr) << where;
        EXPECT_TRUE(!s->in_force_until || day <= *s->in_force_until) << where << " quotes " << id << ", which ended " << s->in_force_until->iso();
        EXPECT_TRUE(!s->in_force_from || *s->in_force_from <= day) << where << " quotes " << id << ", not yet in force";
      }
      if (const auto* body = data_.bodies.find(v.subject); body && v.window_from) {
        ++body_windows;
        if (body->founding_date) {
          EXPECT_LE(*body->founding_date, *v.window_from) << where;
        } else if (!body->agreement_id.empty()) {
          EXPECT_LE((Date{2023, 9, 15}), *v.window_from) << where << ": before its agreement was in force";
        }
        const auto* duty = data_.duties.find(v.rule);
        if (duty && !duty->count.at_least && !body->cadence.source.empty()) {
          ASSERT_FALSE(v.source.empty()) << where;
          EXPECT_EQ(v.source.front().passage, body->cadence.source.passage) << where;
        }
      }
      for (const auto& party : v.bearer_ids) {
        const auto* o = data_.organisations.find(party);
        if (o && o->founding_date && v.window_from && v.status != VerdictStatus::not_applicable) {
          EXPECT_LE(*o->founding_date, *v.window_from) << where << ": " << party << " did not exist yet";
        }
      }
    }
  }
  EXPECT_GT(body_windows, 20);
}

// The monitoring of the HUS agreement rests on the ministry's negotiations: 612/2021 § 24 until
// 31.7.2024, 611/2021 § 13 a after it. With every party's approval recorded, 2023 quotes § 24 and
// 2025 § 13 a; 2024, the year of the change, quotes § 13 a and says what changed.
TEST_F(Checks, TheHusMonitoringQuotesTheNegotiationsProvisionInForce) {
  int n = 0;
  for (const char* party : {"county-01", "county-02", "county-03", "county-04", "municipality-091", "hus"})
  {
    Approval a;
    a.id = "ap-" + std::to_string(n++);
    a.agreement_id = "hus-organising-agreement";
    a.party_id = party;
    a.date = Date{2022, 6, 1};
    data_.approvals.put(a);
  }
  const auto verdicts = duty_verdicts(data_, Date{2025, 12, 31});
  std::map<int, const Verdict*> by_year;
  for (const auto& v : verdicts)
    if (v.rule == "uusimaa-11-hus-agreement-monitoring" && v.window_from) by_year[v.window_from->year] = &v;
  ASSERT_EQ(by_year.size(), 3u);
  EXPECT_EQ(by_year[2023]->law_sections, (std::vector<std::string>{"615-2021-s11", "612-2021-s24"}));
  EXPECT_EQ(by_year[2024]->law_sections, (std::vector<std::string>{"615-2021-s11", "611-2021-s13a"}));
  EXPECT_NE(by_year[2024]->explanation.fi.find("(kumottu lailla 469/2024)"), std::string::npos) << by_year[2024]->explanation.fi;
  EXPECT_EQ(by_year[2025]->law_sections, (std::vector<std::string>{"615-2021-s11", "611-2021-s13a"}));
  EXPECT_EQ(by_year[2025]->explanation.en.find("repealed"), std::string::npos) << by_year[2025]->explanation.en;
  Verdict shown = *by_year[2025];
  quote_law_words(data_, shown);
  EXPECT_NE(shown.law.fi.find("neuvottelevat yhdessä vuosittain"), std::string::npos) << shown.law.fi;
  EXPECT_NE(shown.law.fi.find("611/2021 13 a §: "), std::string::npos) << shown.law.fi;
}

// docs/duties.md lists every shipped duty with its source.
TEST_F(Checks, EveryShippedDutyIsListedInTheDocs) {
  std::ifstream in(std::string(YP_SOURCE_DIR) + "/docs/duties.md");
  std::stringstream doc;
  doc << in.rdbuf();
  ASSERT_FALSE(doc.str().empty());
  for (const auto& d : data_.duties.items) EXPECT_NE(doc.str().find("`" + d.id + "`"), std::string::npos) << d.id << " is not in docs/duties.md";
}

}  // namespace
}  // namespace yp
