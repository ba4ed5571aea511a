// Budget monitoring's adapter between files, the store and the registry: a year's allocation and
// production read back as columns, and an import that replaces the months of a file and then
// raises an explanation request (with the measurement that triggers HUS's duty) for every member's
// month that the recorded threshold makes significant. Shared by the command line and the API.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "budget/production.h"
#include "budget/report.h"
#include "files/production_csv.h"
#include "store/live_registry.h"

namespace yp {

// A year's figures as the report reads them (packed once, queried many times).
struct BudgetYear {
  int year = 0;
  budget::Packed allocation;
  budget::Packed production;
  std::set<int> reported_months;  // 1–12: months with production imported
};
Result<BudgetYear> read_budget_year(Store& store, int year);
// The same from columns read elsewhere (files); every month with production counts as reported.
BudgetYear budget_year_of(int year, const budget::Columns& allocation, const budget::Columns& production);

// The report of `year` through `through_month` with `threshold`; lines only for reported months
// beside the allocation (a month not yet reported is not a deviation of −100 %).
budget::MonthlyReport report_of(const BudgetYear& year, int through_month, std::optional<std::int64_t> threshold);

struct BudgetImported {
  size_t rows = 0;
  std::set<int> months;             // month indexes replaced
  std::vector<std::string> raised;  // explanations requested by this import
};
// Raises the explanations that the stored figures of `years` call for under the recorded threshold
// (after an import, or once a threshold is recorded); returns their ids.
Result<std::vector<std::string>> raise_for_years(LiveRegistry& reg, const std::set<int>& years, const Provenance& who, const Date& today);

// Stores `read` (all of it, or nothing) and raises the explanations its years now call for.
Result<BudgetImported> import_budget(LiveRegistry& reg, Store::BudgetTable table, const files::ProductionRead& read, const Provenance& who,
                                     const Date& today);

}  // namespace yp
