#include "budget/cli.h"

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <set>

#include "budget/hus_agreement.h"
#include "budget/money.h"
#include "budget/splitmix.h"
#include "budget/report.h"
#include "budget/report_table.h"
#include "budget/production_csv.h"
#include "budget/import.h"
#include "budget/operations.h"
#include "program/command_line.h"

namespace yp::cli {
namespace {

void show_progress(std::uint64_t done, std::uint64_t total) {
  if (total == 0) return;
  const int width = 30, filled = static_cast<int>(width * done / total);
  std::cerr << "\r[" << std::string(static_cast<size_t>(filled), '#') << std::string(static_cast<size_t>(width - filled), ' ') << "] "
            << 100 * done / total << " % of " << total / (1 << 20) << " MiB" << std::flush;
}

}  // namespace

int budget_generate(const BudgetGenerate& o) {
  // The five fee-paying members weighted roughly by their populations (per cent), and the specialties.
  const std::vector<std::pair<std::string, int>> members = {
      {"municipality-091", 38}, {"county-04", 16}, {"county-02", 12}, {"county-03", 28}, {"county-01", 6}};
  int weights = 0;
  for (const auto& m : members) weights += m.second;
  const std::vector<std::string> groups = {"internal_medicine", "surgery", "psychiatry", "paediatrics", "oncology", "neurology",
                                           "cardiology", "gynaecology", "ophthalmology", "emergency", "imaging", "laboratory"};
  if (o.records < 0 || o.year < 2000 || o.year > 2099) return std::cerr << "error: --records must be 0 or more and --year from 2000 to 2099\n", 1;
  budget::SplitMix random{o.seed};
  std::ofstream production(o.production_path, std::ios::binary), plan(o.plan_path, std::ios::binary);
  if (!production || !plan) return std::cerr << "error: cannot write " << o.production_path << " or " << o.plan_path << "\n", 2;
  const char* label = "# SYNTHETIC DATA made by `yhdyspinta budget generate` for trying and benchmarking; not real HUS production\n";
  production << label << "member,service_group,date,euros,count\n";
  plan << label << "member,service_group,month,euros,count\n";
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  std::vector<long long> expected(members.size() * groups.size() * 12);
  std::string row;
  for (long long i = 0; i < o.records; ++i) {
    long long pick = random.below(weights), m = 0;
    while (pick >= members[static_cast<size_t>(m)].second) pick -= members[static_cast<size_t>(m++)].second;
    const long long g = random.below(static_cast<long long>(groups.size()));
    const long long month = random.below(12), day = 1 + random.below(days[month]);
    const long long count = 1 + random.below(3);
    const long long cents = count * (20000 + random.below(180000));  // 200–2 000 euros a visit
    expected[(static_cast<size_t>(m) * groups.size() + static_cast<size_t>(g)) * 12 + static_cast<size_t>(month)] += cents;
    char date[32];
    std::snprintf(date, sizeof date, "%04d-%02lld-%02lld", o.year, month + 1, day);
    row.clear();
    row += members[static_cast<size_t>(m)].first;
    row += ',';
    row += groups[static_cast<size_t>(g)];
    row += ',';
    row += date;
    row += ',';
    row += budget::euros_text(cents);
    row += ',';
    row += std::to_string(count);
    row += '\n';
    production << row;
  }
  // The allocation: what was produced, give or take up to 8 % a service group and up to 7 % more for
  // the member's whole month, as a plan made in advance would be (so that some months are off).
  std::vector<long long> member_month_shift(members.size() * 12);
  for (auto& shift : member_month_shift) shift = random.below(1401) - 700;
  for (size_t m = 0; m < members.size(); ++m)
    for (size_t g = 0; g < groups.size(); ++g)
      for (int month = 0; month < 12; ++month) {
        const long long realised = expected[(m * groups.size() + g) * 12 + static_cast<size_t>(month)];
        const long long planned = realised + realised * (random.below(1601) - 800 + member_month_shift[m * 12 + static_cast<size_t>(month)]) / 10000;
        plan << members[m].first << ',' << groups[g] << ',' << budget::month_text(budget::month_index(o.year, month + 1)) << ',' << budget::euros_text(planned) << ',' << 0 << '\n';
      }
  return production && plan ? 0 : 2;
}

// What a progress bar needs: shown only on a terminal and when not asked to be quiet.
std::function<void(std::uint64_t, std::uint64_t)> progress_for(bool quiet) {
  if (quiet || !isatty(2)) return {};
  return show_progress;
}

// Reads one file for the members of the agreement, printing its errors; nothing when it had any.
std::optional<files::ProductionRead> read_file(const std::string& path, const std::set<std::string>& members, bool quiet) {
  auto progress = progress_for(quiet);
  auto read = files::read_production_csv(path, members, progress);
  if (progress) std::cerr << "\n";
  if (read.errors.empty()) return read;
  for (const auto& e : read.errors) std::cerr << "error: " << e.text(language()) << "\n";
  return std::nullopt;
}

int budget_import(Store& store, const Dataset& data, const BudgetImport& o, const Provenance& who, const Date& today) {
  const auto members = budget::fee_paying_members(data);
  if (members.empty()) return std::cerr << "error: the store has no " << budget::kHusAgreement << " with its parties; load data/ first\n", 1;
  auto read = read_file(o.path, members, o.quiet);
  if (!read) return std::cerr << "nothing was imported\n", 1;
  LiveRegistry reg(store, data);
  auto imported = import_budget(reg, o.allocation ? budget::Table::allocation : budget::Table::production, *read, who, today);
  if (!imported) {
    const bool bad_file = imported.error().kind == ErrorKind::invalid;
    return std::cerr << "error: " << (bad_file ? o.path + ": " : "") << imported.error().message << "\n", bad_file ? 1 : 2;
  }
  if (!o.quiet) {
    std::cerr << "imported " << imported->rows << (o.allocation ? " allocation rows" : " production records") << "; replaced " << imported->months.size()
              << " month(s) from " << budget::month_text(*imported->months.begin()) << " to " << budget::month_text(*imported->months.rbegin()) << "\n";
    if (!imported->raised.empty()) std::cerr << "significant deviations to be explained by HUS: " << imported->raised.size() << "\n";
  }
  for (const auto& id : imported->raised) std::cout << id << "\n";
  return 0;
}

int budget_report(Store& store, const Dataset& data, const BudgetReport& o) {
  const auto members = budget::fee_paying_members(data);
  if (members.empty()) return std::cerr << "error: the store has no " << budget::kHusAgreement << " with its parties; load data/ first\n", 1;
  if (o.through_month < 1 || o.through_month > 12) return std::cerr << "error: --through-month must be from 1 to 12\n", 1;
  if (o.production_path.empty() != o.plan_path.empty()) return std::cerr << "error: give both --production and --plan, or neither (to read the store)\n", 1;
  auto threshold = budget::choose_threshold(data, o.year, o.threshold_percent, "--threshold");
  if (!threshold) return std::cerr << "error: " << threshold.error().message << "\n", 1;
  BudgetYear year;
  if (!o.production_path.empty()) {
    auto p = read_file(o.plan_path, members, true);
    auto r = p ? read_file(o.production_path, members, o.quiet) : std::nullopt;
    if (!p || !r) return std::cerr << "nothing was reported\n", 1;
    year = budget_year_of(o.year, p->columns, r->columns);
  } else {
    auto stored = read_budget_year(store, o.year);
    if (!stored) return std::cerr << "error: " << stored.error().message << "\n", 2;
    year = std::move(stored.value());
  }
  const auto report = report_of(year, o.through_month, threshold->basis_points);
  if (!o.quiet)
    std::cerr << "read " << year.production.size() << " production records and " << year.allocation.size() << " allocation rows; "
              << (threshold->basis_points ? "significant from " + budget::percent_text(*threshold->basis_points) + " % (" + threshold->source + ")"
                                          : std::string("no threshold of significance is recorded (") + budget::kThresholdParameter + "), so significance cannot be judged")
              << "\n";
  std::cout << budget::csv_of(budget::report_table(report, o.member));
  return 0;
}

CommandRunner add_budget_subcommands(CLI::App& app, const CommandLine& line) {
  struct Options {
    BudgetGenerate generate;
    BudgetReport report;
    BudgetImport import;
    std::string operation;
    std::vector<std::string> arguments;
  };
  auto o = std::make_shared<Options>();
  auto* budget_cmd = app.add_subcommand("budget", "HUS budget monitoring: synthetic data and the monthly report");
  budget_cmd->require_subcommand(1);
  auto* generate_cmd = budget_cmd->add_subcommand("generate", "Write synthetic production and allocation CSV files (labelled synthetic)");
  generate_cmd->add_option("--year", o->generate.year, "the budget year")->capture_default_str();
  generate_cmd->add_option("--records", o->generate.records, "production records")->capture_default_str();
  generate_cmd->add_option("--seed", o->generate.seed, "the same seed gives the same files")->capture_default_str();
  generate_cmd->add_option("--production", o->generate.production_path, "the production file to write")->required();
  generate_cmd->add_option("--plan", o->generate.plan_path, "the allocation file to write")->required();
  auto* report_cmd = budget_cmd->add_subcommand("report", "Print the monthly report as CSV: allocated, realised, deviations, significance");
  report_cmd->add_option("--year", o->report.year, "the budget year")->capture_default_str();
  report_cmd->add_option("--through-month", o->report.through_month, "the last month reported (1–12)")->capture_default_str();
  report_cmd->add_option("--production", o->report.production_path, "realised production from this file, not the store");
  report_cmd->add_option("--plan", o->report.plan_path, "the monthly allocation from this file, not the store");
  report_cmd->add_option("--threshold", o->report.threshold_percent, "significant from this per cent (default: the agreement's parameter)");
  report_cmd->add_option("--member", o->report.member, "only this member organiser");
  report_cmd->add_flag("--quiet", o->report.quiet, "no progress or summary on standard error");

  auto* import_cmd = budget_cmd->add_subcommand("import", "Store a production or allocation CSV file; each month in it replaces that month whole");
  import_cmd->add_option("file", o->import.path, "member,service_group,date,euros,count (production) or member,service_group,month,euros,count")->required();
  import_cmd->add_flag("--allocation", o->import.allocation, "the file is the monthly allocation, not realised production");
  import_cmd->add_flag("--quiet", o->import.quiet, "no progress or summary on standard error");

  auto* budget_run_cmd = budget_cmd->add_subcommand("run", "Record the threshold of significance (which judges the stored figures at once) or a frame version, confirm one; explain, accept or return a deviation's explanation");
  budget_run_cmd->add_option("operation", o->operation, "the operation")->required()->check(CLI::IsMember(budget::budget_operation_names()));
  budget_run_cmd->add_option("arguments", o->arguments, "e.g. explanation_id=… text=…");
  budget_run_cmd->footer("Examples:\n  yhdyspinta budget run record_frame year:=2026 stage_id=spring_frame "
                         "fee_shares:='[{\"member_id\":\"county-01\",\"year\":2026,\"euros\":\"250000000\"}]'\n"
                         "  yhdyspinta budget run confirm_frame frame_id=frame-2026-spring_frame-1 date=2026-05-20\n"
                         "  yhdyspinta budget run explain explanation_id=deviation-2026-03-county-01 text='…'\n"
                         "  yhdyspinta budget run accept explanation_id=deviation-2026-03-county-01");

  return [&line, o, generate_cmd, report_cmd, import_cmd, budget_run_cmd]() -> std::optional<int> {
    if (*budget_run_cmd)
      return run_operation(
          line, o->arguments,
          [&](const Dataset& d, nlohmann::json args) { return budget::run_budget_operation(d, o->operation, std::move(args), today(), line.who.actor); },
          [&](const nlohmann::json& args) { return consequence_of(o->operation, args, today()); });
    if (*generate_cmd) return budget_generate(o->generate);
    if (*report_cmd) {
      auto store = open_store(line.database);
      return budget_report(*store, read_store(*store), o->report);
    }
    if (*import_cmd) {
      auto store = open_store(line.database);
      return budget_import(*store, read_store(*store), o->import, line.who, today());
    }
    return std::nullopt;
  };
}

}  // namespace yp::cli
