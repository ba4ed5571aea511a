#include "store/budget_import.h"

#include "budget/hus_agreement.h"
#include "budget/operations.h"

namespace yp {

Result<BudgetYear> read_budget_year(Store& store, int year) {
  const int first = budget::month_index(year, 1), last = budget::month_index(year, 12);
  auto allocation = store.read_budget(Store::BudgetTable::allocation, first, last);
  if (!allocation) return allocation.error();
  auto production = store.read_budget(Store::BudgetTable::production, first, last);
  if (!production) return production.error();
  return budget_year_of(year, allocation.value(), production.value());
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

Result<std::vector<std::string>> raise_for_years(LiveRegistry& reg, const std::set<int>& years, const Provenance& who, const Date& today) {
  std::vector<std::string> out;
  for (const int y : years) {
    auto year = read_budget_year(reg.store(), y);
    if (!year) return year.error();
    const auto threshold = reg.read([&](const Dataset& d) { return budget::significance_threshold(d, y); });
    const auto report = report_of(*year, 12, threshold);
    auto raised = reg.write(who, [&](const Dataset& d) -> Result<Dataset> { return budget::raise_explanations(d, report, today); });
    if (!raised) return raised.error();
    for (const auto& x : raised->budget_explanations.items) out.push_back(x.id);
  }
  return out;
}

Result<BudgetImported> import_budget(LiveRegistry& reg, Store::BudgetTable table, const files::ProductionRead& read, const Provenance& who,
                                     const Date& today) {
  if (read.months.empty()) return Error::invalid("", "the file has no rows; nothing was imported");
  if (auto e = reg.store().replace_budget_months(table, read.columns, read.months, who)) return *e;
  BudgetImported out{read.lines, read.months, {}};
  std::set<int> years;
  for (const int m : read.months) years.insert(budget::year_of(m));
  auto raised = raise_for_years(reg, years, who, today);
  if (!raised) return raised.error();
  out.raised = std::move(raised.value());
  return out;
}

}  // namespace yp
