// Goals: status against the target at the boundaries (exactly on target, either direction, missing
// period, missing target), the goal as its weakest indicator, the follow-up duty of a goal's
// responsibility pair (a value missing for the last year, the pair changed, the pair left office),
// and a Sotkanet-format sample file read into values that change the status.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "program/verdicts.h"
#include "goals/sotkanet.h"
#include "goals/operations.h"
#include "goals/status.h"
#include "support.h"

namespace yp {
namespace {

using goals::Status;

// The repository's data with one goal of the HYKS plan given a measured indicator (as the plan's
// appendix would give it): waiting days, lower is better, target 40 for 2024, Sotkanet number 5083.
Dataset with_measured_goal(Direction direction = Direction::lower_is_better) {
  Dataset d = test::load_repository_data();
  Indicator ind;
  ind.id = "test-waiting-days";
  ind.title = {"Odotusaika (vrk)", "Väntetid (dygn)", "Waiting time (days)"};
  ind.direction = direction;
  ind.sotkanet_id = "5083";
  ind.baseline = YearValue{2022, "45", {"test", "", ""}};
  ind.targets = {{2024, "40", {"test", "", ""}}, {2025, "38", {"test", "", ""}}};
  d.indicators.put(ind);
  Goal g = *d.goals.find("hyks-youth-mental-health-goals");
  g.indicator_ids = {ind.id};
  d.goals.put(g);
  return d;
}

void value(Dataset& d, const std::string& region, int year, const std::string& v) {
  d.indicator_values.put({goals::value_id("test-waiting-days", region, year), "test-waiting-days", region, year, v, "test", "test", Date{2025, 1, 1}});
}

Status status_of(const Dataset& d, const std::string& region, int year) {
  return goals::goal_status(d, *d.goals.find("hyks-youth-mental-health-goals"), region, year).status;
}

TEST(GoalStatus, ExactlyOnTargetIsOnTrackInEitherDirection) {
  auto lower = with_measured_goal(Direction::lower_is_better);
  value(lower, "municipality-091", 2024, "40.0");
  EXPECT_EQ(status_of(lower, "municipality-091", 2024), Status::on_track);
  auto higher = with_measured_goal(Direction::higher_is_better);
  value(higher, "municipality-091", 2024, "40");
  EXPECT_EQ(status_of(higher, "municipality-091", 2024), Status::on_track);
  value(higher, "municipality-091", 2024, "39.999");  // a thousandth short: not on target
  EXPECT_NE(status_of(higher, "municipality-091", 2024), Status::on_track);
}

TEST(GoalStatus, ShortOfTargetIsAtRiskWhenBetterThanBeforeAndOffTrackOtherwise) {
  auto d = with_measured_goal();
  value(d, "municipality-091", 2024, "42");  // baseline 45 (2022), no 2023: better than the baseline
  EXPECT_EQ(status_of(d, "municipality-091", 2024), Status::at_risk);
  value(d, "municipality-091", 2023, "41");  // the year before was better still
  EXPECT_EQ(status_of(d, "municipality-091", 2024), Status::off_track);
  const auto s = goals::goal_status(d, *d.goals.find("hyks-youth-mental-health-goals"), "municipality-091", 2024);
  EXPECT_NE(s.indicators[0].explanation.en.find("has not improved (41)"), std::string::npos) << s.indicators[0].explanation.en;
}

TEST(GoalStatus, AMissingPeriodOrTargetOrDirectionIsNoData) {
  auto d = with_measured_goal();
  value(d, "municipality-091", 2024, "30");
  EXPECT_EQ(status_of(d, "municipality-091", 2025), Status::no_data);  // no value for 2025
  EXPECT_EQ(status_of(d, "municipality-091", 2026), Status::no_data);  // no target either
  EXPECT_EQ(status_of(d, "county-01", 2024), Status::no_data);         // another region's series
  auto unrecorded = with_measured_goal(Direction::unrecorded);
  value(unrecorded, "municipality-091", 2024, "30");
  EXPECT_EQ(status_of(unrecorded, "municipality-091", 2024), Status::no_data);
  // The repository's goals have no measured indicator yet: all of them are no data, and say why.
  const auto plain = test::load_repository_data();
  const auto s = goals::goal_status(plain, *plain.goals.find("hyte-structures"), "county-01", 2024);
  EXPECT_EQ(s.status, Status::no_data);
  EXPECT_EQ(s.explanation.en, "No indicator is recorded for the goal.");
}

TEST(GoalStatus, TheGoalIsAsItsWeakestIndicatorWithData) {
  auto d = with_measured_goal();
  Indicator second = *d.indicators.find("test-waiting-days");
  second.id = "test-second";
  second.sotkanet_id.clear();
  d.indicators.put(second);
  Goal g = *d.goals.find("hyks-youth-mental-health-goals");
  g.indicator_ids.push_back("test-second");
  d.goals.put(g);
  value(d, "municipality-091", 2024, "39");  // on track; the second has no value
  EXPECT_EQ(status_of(d, "municipality-091", 2024), Status::on_track);
  d.indicator_values.put({"s", "test-second", "municipality-091", 2024, "50", "", "", Date{2025, 1, 1}});  // off track
  EXPECT_EQ(status_of(d, "municipality-091", 2024), Status::off_track);
}

std::optional<Verdict> follow_up(const std::vector<Verdict>& all, const std::string& goal) {
  for (const auto& v : all)
    if (v.rule == "goal.follow_up" && v.subject == goal) return v;
  return std::nullopt;
}

TEST(GoalFollowUp, APairAnswersForValuesOfTheLastYearAndIsReplacedWhenItLeaves) {
  auto d = with_measured_goal();
  const std::string goal = "hyks-youth-mental-health-goals";
  EXPECT_FALSE(follow_up(duty_verdicts(d, Date{2025, 3, 1}), goal).has_value());  // no pair yet: no duty
  auto named = goals::run_goal_operation(d, "name_pair",
                                         {{"goal_id", goal}, {"person_id", "mervi-heinaro"}, {"party_id", "municipality-049"}, {"hus_person_id", "otto-andersson"},
                                          {"start_date", "2024-01-01"}},
                                         Date{2024, 1, 1}, "test");
  ASSERT_TRUE(named) << named.error().message;
  d.merge(named->fragment);
  // 2025: a value for 2024 is needed for Espoo, the pair's side.
  auto v = follow_up(duty_verdicts(d, Date{2025, 3, 1}), goal);
  ASSERT_TRUE(v.has_value());
  EXPECT_EQ(v->status, VerdictStatus::due);
  EXPECT_EQ(v->bearer_ids, (std::vector<std::string>{"municipality-049", "hus"}));
  EXPECT_NE(v->explanation.en.find("No value for 2024: test-waiting-days"), std::string::npos) << v->explanation.en;
  value(d, "municipality-049", 2024, "39");
  EXPECT_EQ(follow_up(duty_verdicts(d, Date{2025, 3, 1}), goal)->status, VerdictStatus::satisfied);
  // A new pair from Helsinki takes over: the first pair ends the day before, and the duty is the new pair's.
  auto changed = goals::run_goal_operation(d, "name_pair",
                                           {{"goal_id", goal}, {"person_id", "mia-laiho"}, {"party_id", "municipality-091"}, {"hus_person_id", "otto-andersson"},
                                            {"start_date", "2025-02-01"}},
                                           Date{2025, 2, 1}, "test");
  ASSERT_TRUE(changed) << changed.error().message;
  d.merge(changed->fragment);
  EXPECT_EQ(d.responsibility_pairs.find(goal + "-pair-1")->end_date, (Date{2025, 1, 31}));
  EXPECT_EQ(goals::pair_on(d, goal, Date{2025, 1, 31})->person_id, "mervi-heinaro");
  EXPECT_EQ(goals::pair_on(d, goal, Date{2025, 2, 1})->person_id, "mia-laiho");
  v = follow_up(duty_verdicts(d, Date{2025, 3, 1}), goal);
  EXPECT_EQ(v->bearer_ids, (std::vector<std::string>{"municipality-091", "hus"}));
  EXPECT_EQ(v->status, VerdictStatus::due);  // Helsinki has no 2024 value yet
  value(d, "municipality-091", 2024, "41");
  EXPECT_EQ(follow_up(duty_verdicts(d, Date{2025, 3, 1}), goal)->status, VerdictStatus::satisfied);
  // The pair ends with no successor: it has left, and the goal needs a new pair.
  auto ended = goals::run_goal_operation(d, "end_pair", {{"pair_id", goal + "-pair-2"}, {"end_date", "2025-06-30"}}, Date{2025, 7, 1}, "test");
  ASSERT_TRUE(ended);
  d.merge(ended->fragment);
  v = follow_up(duty_verdicts(d, Date{2025, 7, 1}), goal);
  EXPECT_EQ(v->status, VerdictStatus::due);
  EXPECT_NE(v->explanation.en.find("has left office"), std::string::npos) << v->explanation.en;
}

TEST(GoalFollowUp, APersonWhoHoldsNoPostAnyMoreHasLeftOffice) {
  auto d = with_measured_goal();
  const std::string goal = "hyks-youth-mental-health-goals";
  auto named = goals::run_goal_operation(d, "name_pair",
                                         {{"goal_id", goal}, {"person_id", "mervi-heinaro"}, {"party_id", "municipality-049"}, {"hus_person_id", "otto-andersson"},
                                          {"start_date", "2024-01-01"}},
                                         Date{2024, 1, 1}, "test");
  d.merge(named->fragment);
  value(d, "municipality-049", 2024, "39");
  const std::string post = d.posts.items.front().id;
  d.post_holdings.put({"test-holding", post, "mervi-heinaro", Date{2020, 1, 1}, Date{2025, 4, 30}, {}, {}, {}});
  EXPECT_EQ(follow_up(duty_verdicts(d, Date{2025, 4, 30}), goal)->status, VerdictStatus::satisfied);
  EXPECT_EQ(follow_up(duty_verdicts(d, Date{2025, 5, 1}), goal)->status, VerdictStatus::due);
}

TEST(GoalOperations, PairsAreTwoPersonsOfTheAgreementsParties) {
  const auto d = with_measured_goal();
  auto pair = [&](const char* person, const char* party, const char* hus) {
    return goals::run_goal_operation(d, "name_pair", {{"goal_id", "hyks-goal-cooperation"}, {"person_id", person}, {"party_id", party}, {"hus_person_id", hus}},
                                     Date{2024, 1, 1}, "test");
  };
  EXPECT_EQ(pair("mervi-heinaro", "county-01", "otto-andersson").error().path, "/party_id");  // Itä-Uusimaa is no party of the HYKS plan
  EXPECT_EQ(pair("mervi-heinaro", "hus", "otto-andersson").error().path, "/party_id");
  EXPECT_EQ(pair("mervi-heinaro", "municipality-049", "mervi-heinaro").error().path, "/hus_person_id");
  EXPECT_EQ(pair("nobody", "municipality-049", "otto-andersson").error().path, "/person_id");
  EXPECT_TRUE(pair("mervi-heinaro", "municipality-049", "otto-andersson"));
  EXPECT_EQ(goals::run_goal_operation(d, "set_target", {{"indicator_id", "sm-staff-metric"}, {"year", 2026}, {"value", "5"}, {"source", {{"document", "doc-001"}}}},
                                      Date{2026, 1, 1}, "x")
                .error()
                .path,
            "/direction");  // a target means nothing until it says which way is better
  // Refusals are read in the reader's language, naming the party and the agreement by their names.
  EXPECT_EQ(pair("mervi-heinaro", "municipality-049", "mervi-heinaro").error().text("fi"), "Vastuupari on kaksi eri henkilöä.");
  const std::string not_a_party = pair("mervi-heinaro", "county-01", "otto-andersson").error().text("sv");
  EXPECT_NE(not_a_party.find("är inte part i avtalet"), std::string::npos) << not_a_party;
  EXPECT_EQ(not_a_party.find("county-01"), std::string::npos) << not_a_party;
}

TEST(GoalOperations, AValueIsTypedWithADecimalCommaOrPoint) {
  const auto d = with_measured_goal();
  auto enter = [&](const char* value) {
    return goals::run_goal_operation(d, "enter_value", {{"indicator_id", "test-waiting-days"}, {"region_id", "county-01"}, {"year", 2025}, {"value", value}},
                                     Date{2026, 1, 1}, "test");
  };
  ASSERT_TRUE(enter("41,5"));
  EXPECT_EQ(enter("41,5")->entity["value"], "41.5");
  EXPECT_EQ(enter("-2.25")->entity["value"], "-2.25");
  for (const char* bad : {"41,5,0", "1.000,5", "4 1", "", ","}) {
    auto refused = enter(bad);
    ASSERT_FALSE(refused) << bad;
    EXPECT_EQ(refused.error().code, "goals.not_a_decimal") << bad;
  }
}

TEST(Sotkanet, ASampleFileBecomesValuesThatChangeTheStatus) {
  auto d = with_measured_goal();
  std::ifstream in(std::string(YP_SOURCE_DIR) + "/tests/data/sotkanet-sample.json");
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_EQ(status_of(d, "municipality-091", 2024), Status::no_data);
  auto read = files::read_sotkanet(text.str(), d, "sotkanet:sample", "test", Date{2025, 3, 1});
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(read->rows, 7u);
  EXPECT_EQ(read->by_gender, 1u);
  EXPECT_EQ(read->other_indicators, 1u);
  EXPECT_EQ(read->unknown_regions, 1u);
  ASSERT_EQ(read->values.size(), 3u);  // Helsinki 2023 and 2024, Itä-Uusimaa 2024 (its later row)
  for (auto v : read->values) d.indicator_values.put(v);
  EXPECT_EQ(d.indicator_values.find(goals::value_id("test-waiting-days", "county-01", 2024))->value, "43.1");
  EXPECT_EQ(d.indicator_values.find(goals::value_id("test-waiting-days", "municipality-091", 2024))->entered_from, "sotkanet:sample");
  EXPECT_EQ(status_of(d, "municipality-091", 2024), Status::on_track);  // 38 against a target of 40, lower is better
  EXPECT_EQ(status_of(d, "county-01", 2024), Status::at_risk);          // 43.1: short, but better than the baseline 45
  // A malformed row names its place, and nothing is read.
  auto bad = files::read_sotkanet(R"([{"indicator": 5083, "region": {"category": "KUNTA", "code": "091"}, "year": "2024", "value": 1}])", d, "x", "t", Date{2025, 1, 1});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().path, "/0/year");
}

}  // namespace
}  // namespace yp
