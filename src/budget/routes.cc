#include "budget/routes.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <sstream>

#include <nlohmann/json.hpp>

#include "access/access.h"
#include "budget/hus_agreement.h"
#include "budget/money.h"
#include "budget/operations.h"
#include "budget/report.h"
#include "budget/report_table.h"
#include "codec/json_codec.h"
#include "budget/production_csv.h"
#include "files/xlsx.h"
#include "http/json_body.h"
#include "program/operation_route.h"
#include "http/problem.h"
#include "budget/import.h"

namespace yp::http {
namespace {

using nlohmann::json;

json percent_or_null(std::optional<std::int64_t> bp) { return bp ? json(budget::percent_text(*bp)) : json(nullptr); }

std::optional<int> whole_number(const std::string& text, int low, int high) {
  const auto v = digits(text, 4);
  return !v || *v < low || *v > high ? std::nullopt : v;
}

// Each year's columns, read from the store once and kept until an import (by any process) moves
// the store's budget generation on: load once, query many.
class BudgetYears {
 public:
  Result<std::shared_ptr<const BudgetYear>> get(Store& store, int year) {
    auto generation = budget::generation(store);
    if (!generation) return generation.error();
    {
      std::lock_guard lock(mutex_);
      auto it = years_.find(year);
      if (it != years_.end() && it->second.first == *generation) return it->second.second;
    }
    auto read = read_budget_year(store, year);
    if (!read) return read.error();
    auto shared = std::make_shared<const BudgetYear>(std::move(read.value()));
    std::lock_guard lock(mutex_);
    years_[year] = {*generation, shared};
    return shared;
  }

 private:
  std::mutex mutex_;
  std::map<int, std::pair<long long, std::shared_ptr<const BudgetYear>>> years_;
};

struct ReportQuery {
  int year = 0;
  int through = 12;
  std::string member;
  budget::Threshold threshold;
};

Result<ReportQuery> report_query(const Request& r, LiveRegistry& reg) {
  ReportQuery q;
  const auto year = whole_number(r.query_or("year"), 2000, 2099);
  if (!year) return Error::coded(ErrorKind::invalid, "/year", "budget.year_range");
  const auto through = whole_number(r.query_or("through_month", "12"), 1, 12);
  if (!through) return Error::coded(ErrorKind::invalid, "/through_month", "budget.month_range");
  q.year = *year;
  q.through = *through;
  q.member = r.query_or("member");
  // A member is one of the agreement's fee-paying members, or the report would name (in a file
  // name, a sheet's name) whatever was asked.
  if (!q.member.empty()) {
    const auto members = reg.read([](const Dataset& d) { return budget::fee_paying_members(d); });
    if (std::find(members.begin(), members.end(), q.member) == members.end())
      return Error::coded(ErrorKind::invalid, "/member", "budget.no_such_member");
  }
  auto threshold = reg.read([&](const Dataset& d) { return budget::choose_threshold(d, *year, r.query_or("threshold"), "threshold"); });
  if (!threshold) return threshold.error();
  q.threshold = threshold.value();
  return q;
}

json report_json(const Dataset& d, const ReportQuery& q, const BudgetYear& year, const budget::MonthlyReport& report) {
  json lines = json::array();
  for (const auto& l : report.lines) {
    if (!q.member.empty() && l.member != q.member) continue;
    lines.push_back({{"member", l.member},
                     {"service_group", l.group},
                     {"month", l.month},
                     {"reported", l.reported},
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
  json totals = json::array();
  std::map<std::string, std::int64_t> allocated_in_year;
  for (const auto& t : report.totals) {
    allocated_in_year[t.member] += t.allocated.cents;
    if (!q.member.empty() && t.member != q.member) continue;
    const auto* x = d.budget_explanations.find(budget::explanation_id(q.year, t.month, t.member));
    totals.push_back({{"member", t.member},
                      {"month", t.month},
                      {"reported", t.reported},
                      {"allocated_euros", budget::euros_text(t.allocated.cents)},
                      {"realised_euros", budget::euros_text(t.realised.cents)},
                      {"deviation_percent", percent_or_null(t.deviation_bp)},
                      {"significant", t.significant ? json(*t.significant) : json(nullptr)},
                      {"explanation_id", x ? json(x->id) : json(nullptr)},
                      {"explanation_state", x ? json(std::string(name_of(x->state))) : json(nullptr)}});
  }
  // The fee shares of the confirmed frame in force beside what the year's allocation gives each member.
  json frame = nullptr, shares = json::array();
  if (const auto* f = budget::frame_in_force(d, q.year)) {
    frame = {{"id", f->id}, {"year", f->year}, {"stage_id", f->stage_id}, {"version", f->version}, {"confirmation", codec::encode(*f->confirmation)}};
    for (const auto& s : f->fee_shares) {
      if (s.year != q.year || (!q.member.empty() && s.member_id != q.member)) continue;
      const auto share = budget::parse_cents(s.euros).value_or(0);
      const auto allocated = allocated_in_year[s.member_id];
      shares.push_back({{"member", s.member_id},
                        {"fee_share_euros", budget::euros_text(share)},
                        {"allocated_euros", budget::euros_text(allocated)},
                        {"within", allocated <= share}});
    }
  }
  json reported = json::array();
  for (const int m : year.reported_months) reported.push_back(m);
  return {{"year", q.year},
          {"through_month", q.through},
          {"reported_months", reported},
          {"threshold_percent", percent_or_null(q.threshold.basis_points)},
          {"threshold_source", q.threshold.basis_points ? json(q.threshold.source) : json(nullptr)},
          {"frame", frame},
          {"fee_shares", shares},
          {"totals", totals},
          {"lines", lines}};
}

// Which of `operations` the one asking may run with `args` (`may`), as the policy decides:
// "import" stands for the imports of figures (HUS's coordinator); "record_frame" asks whether any
// version could be recorded (by HUS's or a fee-paying member's coordinator, each for its share).
json may_of(const Principal& who, const Dataset& d, std::initializer_list<const char*> operations, const json& args) {
  json out = json::array();
  for (const std::string op : operations) {
    bool may = false;
    if (op == "import") {
      may = permits(who, {may_act_for("hus")});
    } else if (op == "record_frame") {
      may = permits(who, {may_act_for("hus")});
      for (const auto& m : budget::fee_paying_members(d)) may = may || permits(who, {may_act_for(m)});
    } else {
      may = permits(who, budget::who_may_run_budget(d, op, args));
    }
    if (may) out.push_back(op);
  }
  return out;
}

json frame_json(const Principal& who, const Dataset& d, const BudgetFrame& f) {
  json out = codec::encode(f);
  out["may"] = may_of(who, d, {"confirm_frame"}, {{"frame_id", f.id}});
  return out;
}

json explanation_json(const Principal& who, const Dataset& d, const DeviationExplanation& x) {
  json out = codec::encode(x);
  out["may"] = may_of(who, d, {"explain", "accept", "return"}, {{"explanation_id", x.id}});
  return out;
}

}  // namespace

// Only HUS's coordinator imports HUS's figures: refused on the request's head, before any of a
// large file is read.
std::optional<Response> import_denied(const Request& r) {
  if (auto denied = authorize(r.principal, may_act_for("hus"), "action.import_budget")) return problem(*denied, r.language());
  return std::nullopt;
}

void add_budget_routes(Router& router, LiveRegistry& reg, std::function<Date()> today) {
  auto years = std::make_shared<BudgetYears>();

  // The report as JSON, CSV or XLSX: one query, three forms.
  enum class Form { json, csv, xlsx };
  for (const auto& route : {std::pair{"/api/budget/report", Form::json}, {"/api/budget/report.csv", Form::csv}, {"/api/budget/report.xlsx", Form::xlsx}})
    router.add("GET", route.first, [&reg, years, form = route.second](const Request& r) {
      if (!r.principal.signed_in()) return problem(*authorize(r.principal, {}, "action.read_budget"), r.language());
      auto q = report_query(r, reg);
      if (!q) return problem(q.error(), r.language());
      auto year = years->get(reg.store(), q->year);
      if (!year) return problem(year.error(), r.language());
      const auto report = report_of(**year, q->through, q->threshold.basis_points);
      if (form == Form::json)
        return reg.read([&](const Dataset& d) {
          json out = report_json(d, *q, **year, report);
          out["may"] = may_of(r.principal, d, {"import", "record_threshold"}, {});
          return ok(out);
        });
      const auto table = budget::report_table(report, q->member);
      const std::string name = "hus-budget-" + std::to_string(q->year) + (q->member.empty() ? "" : "-" + q->member);
      Response out;
      if (form == Form::csv) {
        out = Response{200, "text/csv; charset=utf-8", budget::csv_of(table), {}};
        out.headers["Content-Disposition"] = "attachment; filename=\"" + name + ".csv\"";
        return out;
      }
      auto book = files::xlsx_of(table, name);
      if (!book) return problem(book.error(), r.language());
      out = Response{200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", std::move(book.value()), {}};
      out.headers["Content-Disposition"] = "attachment; filename=\"" + name + ".xlsx\"";
      return out;
    });

  // Imports: the body is the CSV file; each month in it replaces that month whole, and the
  // significant months it leaves are requested to be explained.
  for (const auto& route : {std::pair{"production", budget::Table::production}, {"allocation", budget::Table::allocation}})
    router.add("POST", std::string(kImportPrefix) + route.first, [&reg, today, table = route.second](const Request& r) {
      if (auto denied = import_denied(r)) return *denied;
      const auto members = reg.read([](const Dataset& d) { return budget::fee_paying_members(d); });
      std::istringstream body(r.body);
      const auto read = files::read_production_csv(body, "body", r.body.size(), members);
      if (!read.errors.empty()) {
        std::string all;
        for (const auto& e : read.errors) all += (all.empty() ? "" : "\n") + e.text(r.language());
        return problem(Error::coded(ErrorKind::invalid, "/body", "budget.csv.lines", {{"lines", all}}), r.language());
      }
      auto imported = import_budget(reg, table, read, provenance_of(r), today());
      if (!imported) return problem(imported.error(), r.language());
      json months = json::array();
      for (const int m : imported->months) months.push_back(budget::month_text(m));
      return ok({{"rows", imported->rows}, {"months", months}, {"raised", imported->raised}});
    }, import_denied);

  router.add("GET", "/api/budget/rules", [&reg](const Request& r) {
    return reg.read([&](const Dataset& d) {
      json out = json::array();
      for (const auto& x : d.budget_rules.items) {
        json rule = codec::encode(x);
        rule["may"] = may_of(r.principal, d, {"record_frame"}, {});
        out.push_back(std::move(rule));
      }
      return ok(out);
    });
  });
  router.add("GET", "/api/budget/frames", [&reg](const Request& r) {
    const auto year = r.query_or("year");
    return reg.read([&](const Dataset& d) {
      json out = json::array();
      for (const auto& f : d.budget_frames.items)
        if (year.empty() || std::to_string(f.year) == year) out.push_back(frame_json(r.principal, d, f));
      return ok(out);
    });
  });
  router.add("GET", "/api/budget/frames/{id}", [&reg](const Request& r) {
    return reg.read([&](const Dataset& d) {
      const auto* f = d.budget_frames.find(r.params.at("id"));
      return f ? ok(frame_json(r.principal, d, *f)) : not_found(r, "frame");
    });
  });
  router.add("GET", "/api/budget/explanations", [&reg](const Request& r) {
    if (!r.principal.signed_in()) return problem(*authorize(r.principal, {}, "action.read_budget"), r.language());
    const auto year = r.query_or("year"), member = r.query_or("member"), state = r.query_or("state");
    return reg.read([&](const Dataset& d) {
      json out = json::array();
      for (const auto& x : d.budget_explanations.items)
        if ((year.empty() || std::to_string(x.year) == year) && (member.empty() || x.member_id == member) && (state.empty() || name_of(x.state) == state))
          out.push_back(explanation_json(r.principal, d, x));
      return ok(out);
    });
  });
  router.add("GET", "/api/budget/explanations/{id}", [&reg](const Request& r) {
    if (!r.principal.signed_in()) return problem(*authorize(r.principal, {}, "action.read_budget"), r.language());
    return reg.read([&](const Dataset& d) {
      const auto* x = d.budget_explanations.find(r.params.at("id"));
      return x ? ok(explanation_json(r.principal, d, *x)) : not_found(r, "explanation");
    });
  });

  static const OperationRoute operation_routes[] = {
      {"/api/budget/frames", "record_frame", nullptr, 201},
      {"/api/budget/frames/{id}/confirmation", "confirm_frame", "frame_id", 200},
      {"/api/budget/explanations/{id}/explanation", "explain", "explanation_id", 200},
      {"/api/budget/explanations/{id}/acceptance", "accept", "explanation_id", 200},
      {"/api/budget/explanations/{id}/return", "return", "explanation_id", 200},
  };
  // The threshold as the parties agreed it; the figures already stored are judged by it at once,
  // in the same transaction.
  router.add("POST", "/api/budget/threshold", [&reg, today](const Request& r) {
    auto args = parse_body(r);
    if (!args) return problem(args.error(), r.language());
    const json given = *args;
    return answer_operation(
        reg, r, "record_threshold", [&](const Dataset& d) { return budget::who_may_run_budget(d, "record_threshold", given); },
        [&](const Dataset& d) { return budget::run_budget_operation(d, "record_threshold", given, today(), r.principal.account_id); }, 200,
        consequence_of("record_threshold", given, today()));
  });
  for (const auto& route : operation_routes)
    router.add("POST", route.path, [&reg, today, route](const Request& r) {
      auto args = r.body.empty() ? Result<json>(json::object()) : parse_body(r);
      if (!args) return problem(args.error(), r.language());
      if (route.id_argument) (*args)[route.id_argument] = r.params.at("id");
      return answer_operation(
          reg, r, route.operation, [&](const Dataset& d) { return budget::who_may_run_budget(d, route.operation, *args); },
          [&](const Dataset& d) { return budget::run_budget_operation(d, route.operation, *args, today(), r.principal.account_id); }, route.created);
    });
}

}  // namespace yp::http
