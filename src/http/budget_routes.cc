#include "http/budget_routes.h"

#include <nlohmann/json.hpp>

#include "budget/hus_agreement.h"
#include "budget/money.h"
#include "budget/report.h"
#include "http/json_body.h"
#include "http/problem.h"

namespace yp::http {
namespace {

using nlohmann::json;

json percent_or_null(std::optional<std::int64_t> bp) { return bp ? json(budget::percent_text(*bp)) : json(nullptr); }

std::optional<int> whole_number(const std::string& text, int low, int high) {
  if (text.empty() || text.size() > 4 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  const int v = std::stoi(text);
  return v < low || v > high ? std::nullopt : std::optional<int>(v);
}

}  // namespace

void add_budget_routes(Router& router, LiveRegistry& reg) {
  router.add("GET", "/api/budget/report", [&reg](const Request& r) {
    if (!r.principal.signed_in()) return problem(Error::unauthenticated("sign in to read the budget figures"), r.language());
    const auto year = whole_number(r.query_or("year"), 2000, 2099);
    if (!year) return problem(Error::invalid("/year", "must be a year from 2000 to 2099"), r.language());
    const auto through = whole_number(r.query_or("through_month", "12"), 1, 12);
    if (!through) return problem(Error::invalid("/through_month", "must be a month from 1 to 12"), r.language());
    auto threshold = reg.read([&](const Dataset& d) { return budget::significance_threshold(d, *year); });
    std::string threshold_source = budget::kThresholdParameter;
    if (const std::string given = r.query_or("threshold"); !given.empty()) {
      threshold = budget::parse_percent(given);
      if (!threshold) return problem(Error::invalid("/threshold", "must be a per cent with at most two decimals"), r.language());
      threshold_source = "threshold";
    }
    Store& store = reg.store();
    auto plan = store.read_budget(Store::BudgetTable::allocation, budget::month_index(*year, 1), budget::month_index(*year, 12));
    if (!plan) return problem(plan.error(), r.language());
    auto done = store.read_budget(Store::BudgetTable::production, budget::month_index(*year, 1), budget::month_index(*year, 12));
    if (!done) return problem(done.error(), r.language());
    const auto report = budget::monthly_report(plan.value(), done.value(), *year, *through, threshold);
    const std::string member = r.query_or("member");
    json lines = json::array();
    for (const auto& l : report.lines) {
      if (!member.empty() && l.member != member) continue;
      lines.push_back({{"member", l.member},
                       {"service_group", l.group},
                       {"month", l.month},
                       {"allocated_euros", budget::euros_text(l.allocated.cents)},
                       {"realised_euros", budget::euros_text(l.realised.cents)},
                       {"allocated_count", l.allocated.count},
                       {"realised_count", l.realised.count},
                       {"deviation_euros", budget::euros_text(l.deviation_cents)},
                       {"deviation_percent", percent_or_null(l.deviation_bp)},
                       {"allocated_to_date_euros", budget::euros_text(l.allocated_to_date.cents)},
                       {"realised_to_date_euros", budget::euros_text(l.realised_to_date.cents)},
                       {"deviation_to_date_percent", percent_or_null(l.deviation_to_date_bp)},
                       {"significant", l.significant ? json(*l.significant) : json(nullptr)}});
    }
    return ok({{"year", *year},
               {"through_month", *through},
               {"threshold_percent", percent_or_null(threshold)},
               {"threshold_source", threshold ? json(threshold_source) : json(nullptr)},
               {"lines", lines}});
  });
}

}  // namespace yp::http
