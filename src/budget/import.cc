#include "budget/import.h"

#include "budget/hus_agreement.h"
#include "budget/operations.h"

namespace yp {

BudgetYear read_budget_year(soci::session& sql, int year) {
  const int first = budget::month_index(year, 1), last = budget::month_index(year, 12);
  return budget_year_of(year, budget::read_months(sql, budget::Table::allocation, first, last), budget::read_months(sql, budget::Table::production, first, last));
}

Result<BudgetYear> read_budget_year(Store& store, int year) {
  BudgetYear out;
  if (auto e = store.read_with("reading the budget figures", [&](soci::session& sql) { out = read_budget_year(sql, year); })) return *e;
  return out;
}

BudgetYear budget_year_of(int year, const budget::Columns& allocation, const budget::Columns& production) {
  BudgetYear out{year, budget::pack(allocation), budget::pack(production), {}};
  for (const auto& m : out.production.months)
    if (budget::year_of(m.month) == year) out.reported_months.insert(budget::month_of(m.month));
  return out;
}

budget::MonthlyReport report_of(const BudgetYear& year, int through_month, std::optional<std::int64_t> threshold) {
  std::uint16_t mask = 0;
  for (const int m : year.reported_months) mask |= static_cast<std::uint16_t>(1u << (m - 1));
  return budget::monthly_report(year.allocation, year.production, year.year, through_month, threshold, mask);
}

Result<Dataset> raise_for_years(const Dataset& data, WriteContext& tx, const std::set<int>& years, const Date& today) {
  Dataset out;
  for (const int y : years) {
    const auto year = read_budget_year(tx.sql(), y);
    const auto report = report_of(year, 12, budget::significance_threshold(data, y));
    out.merge(budget::raise_explanations(data, report, today));
  }
  return out;
}

std::set<int> years_judged_by_threshold(const nlohmann::json& args, const Date& today) {
  const auto from = args.contains("from") && args["from"].is_string() ? Date::parse(args["from"].get<std::string>()) : std::nullopt;
  std::set<int> years;
  for (int y = from ? std::max(from->year, today.year - 100) : today.year; y <= today.year; ++y) years.insert(y);
  return years;
}

LiveRegistry::Consequence consequence_of(const std::string& operation, const nlohmann::json& args, const Date& today) {
  if (operation != "record_threshold") return {};
  return [years = years_judged_by_threshold(args, today), today](const Dataset& after, WriteContext& tx) { return raise_for_years(after, tx, years, today); };
}

Result<BudgetImported> import_budget(LiveRegistry& reg, budget::Table table, const files::ProductionRead& read, const Provenance& who, const Date& today) {
  if (read.months.empty()) return Error::invalid("", "the file has no rows; nothing was imported");
  std::set<int> years;
  for (const int m : read.months) years.insert(budget::year_of(m));
  BudgetImported out{read.lines, read.months, {}};
  auto written = reg.write(
      who, [](const Dataset&) -> Result<Dataset> { return Dataset{}; },
      [&](const Dataset& after, WriteContext& tx) -> Result<Dataset> {
        budget::replace_months(tx, table, read.columns, read.months);
        return raise_for_years(after, tx, years, today);
      });
  if (!written) return written.error();
  for (const auto& x : written->budget_explanations.items) out.raised.push_back(x.id);
  return out;
}

}  // namespace yp
