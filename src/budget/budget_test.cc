// HUS budget monitoring: the monthly report's arithmetic (golden figures), frames and fee shares,
// the explanations a report raises and their steps, the streaming CSV reader's errors at their
// lines, and the command line from synthetic files to the report.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "budget/hus_agreement.h"
#include "budget/money.h"
#include "budget/operations.h"
#include "budget/report.h"
#include "budget/production_csv.h"
#include "program.h"
#include "program/stored_dataset.h"
#include "store/store.h"
#include "support.h"

namespace yp {
namespace {

using budget::Columns;
using budget::month_index;

TEST(BudgetReport, DeviationsAreExactAndRoundedHalfAwayFromZero) {
  EXPECT_EQ(budget::deviation_basis_points(10000, 10500), 500);   // +5.00 %
  EXPECT_EQ(budget::deviation_basis_points(30000, 30001), 0);     // +0.0033 % rounds to 0
  EXPECT_EQ(budget::deviation_basis_points(20000, 20001), 1);     // +0.005 % rounds away from zero
  EXPECT_EQ(budget::deviation_basis_points(20000, 19999), -1);    // −0.005 % likewise
  EXPECT_EQ(budget::deviation_basis_points(0, 100), std::nullopt);  // nothing allocated: no per cent
  // Large sums do not overflow: 90 billion euros allocated, 1 % over.
  EXPECT_EQ(budget::deviation_basis_points(9'000'000'000'000LL, 9'090'000'000'000LL), 100);
}

TEST(BudgetMoney, EurosAreReadExactlyOrNotAtAll) {
  EXPECT_EQ(budget::parse_cents("1234.5"), 123450);
  EXPECT_EQ(budget::parse_cents("-0.05"), -5);
  EXPECT_EQ(budget::parse_cents("7"), 700);
  for (const char* bad : {"", "-", "1.", ".5", "1.234", "1,5", "+1", "1e3", " 1", "92233720368547758.08"})
    EXPECT_EQ(budget::parse_cents(bad), std::nullopt) << bad;
}

// A member's month is significant on the sum of its service groups; a month with nothing reported
// is no deviation; only significant months are raised, each once.
TEST(BudgetExplanations, RaisedForSignificantReportedMonthsOnce) {
  auto data = test::load_repository_data();
  Columns plan, done;
  plan.add("county-01", "surgery", month_index(2025, 1), 100000'00, 0);
  plan.add("county-01", "oncology", month_index(2025, 1), 100000'00, 0);
  plan.add("county-02", "surgery", month_index(2025, 1), 100000'00, 0);
  plan.add("county-01", "surgery", month_index(2025, 2), 100000'00, 0);
  done.add("county-01", "surgery", month_index(2025, 1), 120000'00, 5);   // +20 % …
  done.add("county-01", "oncology", month_index(2025, 1), 92000'00, 5);   // … −8 %: +6 % for the member
  done.add("county-02", "surgery", month_index(2025, 1), 104999'00, 5);   // +4.999 %: under 5 %
  const auto report = budget::monthly_report(plan, done, 2025, 12, 500, 0b1);  // January reported
  const Date today{2025, 2, 10};
  auto raised = budget::raise_explanations(data, report, today);
  ASSERT_EQ(raised.budget_explanations.items.size(), 1u);
  const auto& x = raised.budget_explanations.items[0];
  EXPECT_EQ(x.id, "deviation-2025-01-county-01");
  EXPECT_EQ(x.deviation_percent, "6.00");
  EXPECT_EQ(x.allocated_euros, "200000.00");
  EXPECT_EQ(x.state, ExplanationState::requested);
  ASSERT_EQ(raised.measurements.items.size(), 1u);
  EXPECT_EQ(raised.measurements.items[0].measure, "budget_deviation_percent");
  EXPECT_EQ(raised.measurements.items[0].value, "6.00");
  EXPECT_EQ(raised.measurements.items[0].date, today);
  data.merge(raised);
  EXPECT_TRUE(budget::raise_explanations(data, report, today).budget_explanations.items.empty());
  // Without a threshold nothing can be judged, so nothing is raised.
  EXPECT_TRUE(budget::raise_explanations(test::load_repository_data(), budget::monthly_report(plan, done, 2025, 12, std::nullopt, 0b1), today)
                  .budget_explanations.items.empty());
}

TEST(BudgetThreshold, IsAPerCentAboveZeroWithItsSource) {
  const auto data = test::load_repository_data();
  auto record = [&](const char* percent, const char* document) {
    return budget::run_budget_operation(data, "record_threshold", {{"percent", percent}, {"from", "2026-01-01"}, {"source", {{"document", document}}}},
                                        Date{2026, 2, 1}, "secretary");
  };
  for (const char* bad : {"0", "0.00", "-5", "5.001", "five"}) EXPECT_EQ(record(bad, "doc-001").error().path, "/percent") << bad;
  EXPECT_EQ(record("5", "").error().path, "/source/document");
  auto ok = record("4.5", "meetings/uusimaa-top-management-meeting-2026-1");
  ASSERT_TRUE(ok) << ok.error().message;
  Dataset merged = data;
  merged.merge(ok->fragment);
  EXPECT_EQ(budget::significance_threshold(merged, 2026), 450);
  EXPECT_EQ(budget::significance_threshold(merged, 2025), std::nullopt);  // not before it was agreed
}

TEST(BudgetFrames, VersionsAreNumberedConfirmedOnceAndTheLatestConfirmedIsInForce) {
  auto data = test::load_repository_data();
  const Date today{2025, 11, 1};
  auto record = [&](const char* stage, const char* euros) {
    nlohmann::json args = {{"year", 2025}, {"stage_id", stage}, {"fee_shares", {{{"member_id", "county-01"}, {"year", 2026}, {"euros", euros}}}}};
    auto w = budget::run_budget_operation(data, "record_frame", args, today, "controller");
    if (w) data.merge(w->fragment);
    return w;
  };
  auto confirm = [&](const std::string& id, const char* date) {
    auto w = budget::run_budget_operation(data, "confirm_frame", {{"frame_id", id}, {"date", date}}, today, "secretary");
    if (w) data.merge(w->fragment);
    return w;
  };
  ASSERT_TRUE(record("spring_frame", "250000000"));
  ASSERT_TRUE(record("spring_frame", "251000000"));
  EXPECT_NE(data.budget_frames.find("frame-2025-spring_frame-2"), nullptr);
  EXPECT_EQ(budget::frame_in_force(data, 2026), nullptr);  // nothing confirmed yet
  ASSERT_TRUE(confirm("frame-2025-spring_frame-2", "2025-05-20"));
  EXPECT_EQ(confirm("frame-2025-spring_frame-2", "2025-05-21").error().kind, ErrorKind::conflict);
  ASSERT_TRUE(record("autumn_refinement", "249500000"));
  ASSERT_TRUE(confirm("frame-2025-autumn_refinement-1", "2025-10-15"));
  EXPECT_EQ(budget::frame_in_force(data, 2026)->id, "frame-2025-autumn_refinement-1");
  EXPECT_EQ(budget::frame_in_force(data, 2027)->id, "frame-2025-autumn_refinement-1");  // the plan's three years
  EXPECT_EQ(budget::frame_in_force(data, 2028), nullptr);
  // Refused, naming the field: a stage the agreement does not have, a member who pays no fee share,
  // a year outside the plan, euros with three decimals.
  EXPECT_EQ(record("winter_frame", "1").error().path, "/stage_id");
  nlohmann::json hus = {{"year", 2025}, {"stage_id", "spring_frame"}, {"fee_shares", {{{"member_id", "hus"}, {"year", 2025}, {"euros", "1"}}}}};
  EXPECT_EQ(budget::run_budget_operation(data, "record_frame", hus, today, "x").error().path, "/fee_shares/0/member_id");
  nlohmann::json late = {{"year", 2025}, {"stage_id", "spring_frame"}, {"fee_shares", {{{"member_id", "county-01"}, {"year", 2028}, {"euros", "1"}}}}};
  EXPECT_EQ(budget::run_budget_operation(data, "record_frame", late, today, "x").error().path, "/fee_shares/0/year");
  EXPECT_EQ(record("spring_frame", "1.005").error().path, "/fee_shares/0/euros");
}

TEST(BudgetReport, MonthsYearToDateAndSignificance) {
  Columns plan, done;
  plan.add("county-01", "surgery", month_index(2025, 1), 100000'00, 0);
  plan.add("county-01", "surgery", month_index(2025, 2), 100000'00, 0);
  plan.add("municipality-091", "surgery", month_index(2025, 1), 50000'00, 0);
  done.add("county-01", "surgery", month_index(2025, 1), 60000'00, 40);
  done.add("county-01", "surgery", month_index(2025, 1), 43000'00, 10);  // January: 103 000 €, +3 %
  done.add("county-01", "surgery", month_index(2025, 2), 90000'00, 45);  // February: −10 %
  done.add("county-01", "surgery", month_index(2024, 12), 99999'00, 1);  // another year: left out
  done.add("county-01", "psychiatry", month_index(2025, 3), 500'00, 2);  // realised without allocation
  const auto r = budget::monthly_report(plan, done, 2025, 3, 500);
  ASSERT_EQ(r.lines.size(), 4u);
  const auto& jan = r.lines[0];
  EXPECT_EQ(jan.member, "county-01");
  EXPECT_EQ(jan.month, 1);
  EXPECT_EQ(jan.realised.cents, 103000'00);
  EXPECT_EQ(jan.realised.count, 50);
  EXPECT_EQ(jan.deviation_cents, 3000'00);
  EXPECT_EQ(jan.deviation_bp, 300);
  EXPECT_EQ(jan.significant, false);
  const auto& feb = r.lines[1];
  EXPECT_EQ(feb.deviation_bp, -1000);
  EXPECT_EQ(feb.significant, true);
  EXPECT_EQ(feb.allocated_to_date.cents, 200000'00);
  EXPECT_EQ(feb.realised_to_date.cents, 193000'00);
  EXPECT_EQ(feb.deviation_to_date_bp, -350);
  const auto& psychiatry = r.lines[2];
  EXPECT_EQ(psychiatry.group, "psychiatry");
  EXPECT_EQ(psychiatry.deviation_bp, std::nullopt);
  EXPECT_EQ(psychiatry.significant, std::nullopt);  // nothing allocated: cannot be judged
  EXPECT_EQ(r.lines[3].member, "municipality-091");
  EXPECT_EQ(r.lines[3].deviation_bp, -10000);  // nothing realised of 50 000 €
  // Without a threshold nothing is called significant, and the figures stay the same.
  const auto unjudged = budget::monthly_report(plan, done, 2025, 3, std::nullopt);
  EXPECT_EQ(unjudged.lines[1].significant, std::nullopt);
  EXPECT_EQ(unjudged.lines[1].deviation_bp, -1000);
  // Through January only.
  EXPECT_EQ(budget::monthly_report(plan, done, 2025, 1, 500).lines.size(), 2u);
}

std::string write(const std::string& name, const std::string& text) {
  const std::string path = test::temp_path(name);
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// A file larger than the reader's 4 MiB block: lines cut by a block's end are read whole, and the
// last line needs no line end.
TEST(ProductionCsv, LinesAcrossBlocksAreReadWhole) {
  std::string text = "member,service_group,date,euros,count\n";
  long long cents = 0;
  const int n = 150000;
  for (int i = 0; i < n; ++i) {
    const long long c = 100000 + i % 9973;
    cents += c;
    text += "county-0" + std::to_string(1 + i % 4) + ",service-group-" + std::to_string(i % 37) + ",2025-0" + std::to_string(1 + i % 9) + "-1" +
            std::to_string(i % 9) + "," + budget::euros_text(c) + "," + std::to_string(i % 5) + (i + 1 < n ? "\n" : "");
  }
  ASSERT_GT(text.size(), size_t{4} << 20);
  std::istringstream in(text);
  const auto read = files::read_production_csv(in, "big", text.size(), {});
  ASSERT_TRUE(read.errors.empty()) << read.errors[0].text("en");
  ASSERT_EQ(read.columns.size(), static_cast<size_t>(n));
  long long total = 0;
  for (auto c : read.columns.cents) total += c;
  EXPECT_EQ(total, cents);
  EXPECT_EQ(read.months.size(), 9u);
  EXPECT_EQ(read.columns.groups.size(), 37u);
}

TEST(ProductionCsv, ReadsByColumnNameAndSkipsComments) {
  const auto path = write("production.csv",
                          "# SYNTHETIC\r\ncount,member,euros,service_group,date\r\n2,county-01,1200.50,surgery,2025-02-28\r\n1,county-01,10,surgery,2024-02-29\r\n");
  const auto read = files::read_production_csv(path, {"county-01"});
  ASSERT_TRUE(read.errors.empty()) << read.errors[0].text("en");
  ASSERT_EQ(read.columns.size(), 2u);
  EXPECT_EQ(read.columns.cents[0], 120050);
  EXPECT_EQ(read.columns.count[0], 2);
  EXPECT_EQ(read.columns.month[1], month_index(2024, 2));
  EXPECT_EQ(read.months, (std::set<int>{month_index(2024, 2), month_index(2025, 2)}));
}

TEST(ProductionCsv, EveryBadLineIsNamedAndNothingIsRead) {
  const auto path = write("bad.csv",
                          "member,service_group,date,euros,count\n"
                          "county-01,surgery,2025-01-31,100.00,1\n"  // 2: good
                          "hus,surgery,2025-01-31,100.00,1\n"        // 3: not a fee-paying member
                          "county-01,surgery,2025-02-29,100.00,1\n"  // 4: no such day
                          "county-01,surgery,2025-03-01,100.001,1\n" // 5: a fraction of a cent
                          "county-01,surgery,2025-03-01,100,-1\n"    // 6: a negative count
                          "county-01,,2025-03-01,100,1\n"            // 7: no group
                          "county-01,surgery,2025-03-01,\"1,5\",1\n" // 8: a quoted comma
  );
  const auto read = files::read_production_csv(path, {"county-01", "county-02"});
  ASSERT_EQ(read.errors.size(), 6u);
  EXPECT_EQ(read.errors[0].text("en").rfind(path + ":3: field 'member'", 0), 0u) << read.errors[0].text("en");
  EXPECT_EQ(read.errors[1].text("en").rfind(path + ":4: field 'date'", 0), 0u) << read.errors[1].text("en");
  EXPECT_EQ(read.errors[2].text("en").rfind(path + ":5: field 'euros'", 0), 0u) << read.errors[2].text("en");
  EXPECT_EQ(read.errors[3].text("en").rfind(path + ":6: field 'count'", 0), 0u) << read.errors[3].text("en");
  EXPECT_EQ(read.errors[4].text("en").rfind(path + ":7: field 'service_group'", 0), 0u) << read.errors[4].text("en");
  EXPECT_EQ(read.errors[5].text("en").rfind(path + ":8: has 6 fields", 0), 0u) << read.errors[5].text("en");
  // Each is read in the reader's language.
  EXPECT_EQ(read.errors[2].text("fi"), path + ":5: kenttä 'euros': on oltava euromäärä enintään kahdella desimaalilla, ei '100.001'");
  EXPECT_EQ(read.errors[5].text("sv"), path + ":8: raden har 6 fält, rubriken 5 (kommatecken inom citattecken stöds inte)");
  EXPECT_EQ(read.columns.size(), 0u);  // all or nothing
  EXPECT_FALSE(files::read_production_csv(write("headless.csv", "a,b\n1,2\n"), {}).errors.empty());
  EXPECT_FALSE(files::read_production_csv(test::temp_path("missing.csv"), {}).errors.empty());
}

TEST(BudgetCli, SyntheticFilesToAReport) {
  const std::string database = "sqlite:" + test::temp_path("budget.db");
  ASSERT_EQ(test::run({test::binary(), "--database", database, "load", "--quiet", test::data_dir()}), 0);
  const auto production = test::temp_path("synthetic-production.csv"), plan = test::temp_path("synthetic-plan.csv");
  ASSERT_EQ(test::run({test::binary(), "budget", "generate", "--year", "2025", "--records", "20000", "--seed", "7", "--production", production,
                       "--plan", plan}),
            0);
  std::ifstream first(production);
  std::string label;
  std::getline(first, label);
  EXPECT_NE(label.find("SYNTHETIC"), std::string::npos);
  const std::string command = test::binary() + " --database " + database + " budget report --year 2025 --quiet --production " + production + " --plan " + plan;
  // The agreement states no threshold: significance cannot be judged until one is recorded.
  const auto unjudged = test::output_of(command + " --member county-01");
  EXPECT_EQ(unjudged.rfind("member,service_group,month,allocated_euros", 0), 0u);
  EXPECT_NE(unjudged.find("\ncounty-01,"), std::string::npos);
  EXPECT_EQ(unjudged.find(",yes"), std::string::npos);
  EXPECT_EQ(unjudged.find("municipality-091"), std::string::npos);
  EXPECT_NE(test::output_of(command + " --threshold 2").find(",yes\n"), std::string::npos);
  // Imported into the store, twice (each month replaced whole), the report from the store is the
  // report from the files.
  const std::string from_files = test::output_of(command + " --threshold 2");
  const std::string store_command = test::binary() + " --database " + database + " budget ";
  EXPECT_EQ(test::run({test::binary(), "--database", database, "budget", "import", "--quiet", "--allocation", plan}), 0);
  for (int round = 0; round < 2; ++round) EXPECT_EQ(test::run({test::binary(), "--database", database, "budget", "import", "--quiet", production}), 0);
  EXPECT_EQ(test::output_of(store_command + "report --year 2025 --quiet --threshold 2"), from_files);
  // No threshold is recorded, so the imports raised nothing; recording one on the command line
  // judges the stored figures at once, as the API does, in the same transaction.
  auto explanations = [&] {
    auto store = Store::open(database);
    return store ? read_dataset(*store.value()).value().budget_explanations.items.size() : size_t{0};
  };
  EXPECT_EQ(explanations(), 0u);
  EXPECT_EQ(test::run({test::binary(), "--database", database, "budget", "run", "record_threshold", "percent=2", "from=2025-01-01",
                       "source:={\"document\":\"doc-001\"}"}),
            0);
  EXPECT_GT(explanations(), 0u);
  // A bad file is refused with its line and nothing is reported or stored.
  std::ofstream(production, std::ios::app) << "hus,surgery,2025-01-01,1.00,1\n";
  const auto refused = test::output_of(command + " 2>&1; echo \" exit=$?\"");
  EXPECT_NE(refused.find(":20003: field 'member'"), std::string::npos) << refused;
  EXPECT_NE(refused.find("exit=1"), std::string::npos);
  EXPECT_EQ(refused.find("member,service_group,month"), std::string::npos);
  EXPECT_EQ(test::run({test::binary(), "--database", database, "budget", "import", "--quiet", production}), 1);
  EXPECT_EQ(test::output_of(store_command + "report --year 2025 --quiet --threshold 2"), from_files);
}

}  // namespace
}  // namespace yp
