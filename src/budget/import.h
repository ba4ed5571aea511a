// Budget monitoring's workflows over the store and the registry: a year's allocation and
// production read back as columns, and two writes that each happen whole or not at all: an import
// that replaces the months of a file and raises an explanation request (with the measurement that
// triggers HUS's duty) for every member's month that the recorded threshold makes significant, and
// the same raising when a threshold is recorded. The command line and the API call these alone.
#pragma once
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "budget/production.h"
#include "budget/report.h"
#include "budget/store.h"
#include "budget/production_csv.h"
#include "program/live_registry.h"

namespace yp {

// A year's figures as the report reads them (packed once, queried many times).
struct BudgetYear {
  int year = 0;
  budget::Packed allocation;
  budget::Packed production;
  std::set<int> reported_months;  // 1–12: months with production imported
};
Result<BudgetYear> read_budget_year(Store& store, int year);
// The same through a connection of the caller's (inside a write's transaction).
BudgetYear read_budget_year(soci::session& sql, int year);
// The same from columns read elsewhere (files); every month with production counts as reported.
BudgetYear budget_year_of(int year, const budget::Columns& allocation, const budget::Columns& production);

// The report of `year` through `through_month` with `threshold`; lines only for reported months
// beside the allocation (a month not yet reported is not a deviation of −100 %).
budget::MonthlyReport report_of(const BudgetYear& year, int through_month, std::optional<std::int64_t> threshold);

// The explanations that the figures of `years`, as the transaction `tx` sees them, call for under
// the threshold recorded in `data`: a fragment to store in that transaction.
Result<Dataset> raise_for_years(const Dataset& data, WriteContext& tx, const std::set<int>& years, const Date& today);
// The years whose figures a threshold recorded with `args` (from its `from` date through today)
// judges anew.
std::set<int> years_judged_by_threshold(const nlohmann::json& args, const Date& today);
// What an operation of budget monitoring also changes in its transaction: recording a threshold
// raises what the stored figures since its date call for; the others, nothing (an empty function).
LiveRegistry::Consequence consequence_of(const std::string& operation, const nlohmann::json& args, const Date& today);

struct BudgetImported {
  size_t rows = 0;
  std::set<int> months;             // month indexes replaced
  std::vector<std::string> raised;  // explanations requested by this import
};
// Stores `read` and raises the explanations its years now call for, in one transaction.
Result<BudgetImported> import_budget(LiveRegistry& reg, budget::Table table, const files::ProductionRead& read, const Provenance& who, const Date& today);

}  // namespace yp
