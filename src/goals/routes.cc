#include "goals/routes.h"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "codec/json_codec.h"
#include "core/csv_field.h"
#include "goals/sotkanet.h"
#include "goals/operations.h"
#include "goals/status.h"
#include "http/json_body.h"
#include "program/dataset_routes.h"
#include "program/operation_route.h"

namespace yp::http {
namespace {

using nlohmann::json;

struct GoalQuery {
  std::string agreement;
  std::string organisation;
  int year = 0;
};

Result<GoalQuery> goal_query(const Request& r, const Date& today) {
  GoalQuery q{r.query_or("agreement_id"), r.query_or("organisation_id"), today.year - 1};
  if (const auto y = r.query_or("year"); !y.empty()) {
    const auto year = y.size() == 4 ? digits(y, 4) : std::nullopt;
    if (!year) return Error::coded(ErrorKind::invalid, "/year", "goals.year_format");
    q.year = *year;
  }
  return q;
}

// Whether `g` belongs to what the query asks about.
bool asked(const Dataset& d, const Goal& g, const GoalQuery& q) {
  const auto* a = goals::agreement_of_goal(d, g.id);
  if (!a) return false;
  if (!q.agreement.empty() && a->id != q.agreement) return false;
  return q.organisation.empty() || std::find(a->party_ids.begin(), a->party_ids.end(), q.organisation) != a->party_ids.end();
}

std::string person_name(const Dataset& d, const std::string& id) {
  const auto* p = d.persons.find(id);
  return p ? p->name : id;
}

json person_json(const Dataset& d, const std::string& id) { return {{"id", id}, {"name", person_name(d, id)}}; }

// Whose figures a goal is judged by: the organisation asked about, else the side of its pair.
std::string region_for(const ResponsibilityPair* pair, const GoalQuery& q) {
  return !q.organisation.empty() && q.organisation != "hus" ? q.organisation : pair ? pair->party_id : "";
}

json pair_json(const Dataset& d, const ResponsibilityPair& p) {
  json j = codec::encode(p);
  j["person"] = person_json(d, p.person_id);
  j["hus_person"] = person_json(d, p.hus_person_id);
  return j;
}

json goal_json(const Dataset& d, const Goal& g, const GoalQuery& q, const Date& today) {
  const auto* pair = goals::pair_on(d, g.id, today);
  const std::string region = region_for(pair, q);
  json j = codec::encode(g);
  const auto* priority = d.priorities.find(g.priority_id);
  j["priority"] = priority ? codec::encode(*priority) : json(nullptr);
  j["pair"] = pair ? pair_json(d, *pair) : json(nullptr);
  json pairs = json::array();
  for (const auto& p : d.responsibility_pairs.items)
    if (p.goal_id == g.id) pairs.push_back(pair_json(d, p));
  j["pairs"] = pairs;
  j["region_id"] = region.empty() ? json(nullptr) : json(region);
  json indicators = json::array();
  for (const auto& id : g.indicator_ids) {
    const auto* ind = d.indicators.find(id);
    if (!ind) continue;
    json ij = codec::encode(*ind);
    std::map<int, const IndicatorValue*> series;
    for (const auto& v : d.indicator_values.items)
      if (v.indicator_id == id && v.region_id == region) series[v.year] = &v;
    json values = json::array();
    for (const auto& [year, v] : series) values.push_back({{"year", year}, {"value", v->value}, {"entered_from", v->entered_from}});
    ij["values"] = values;
    indicators.push_back(ij);
  }
  j["indicators"] = indicators;
  const auto status = goals::goal_status(d, g, region, q.year);
  json per = json::array();
  for (const auto& s : status.indicators)
    per.push_back({{"indicator_id", s.indicator_id},
                   {"status", name_of(s.status)},
                   {"value", s.value ? json(*s.value) : json(nullptr)},
                   {"target", s.target ? json(*s.target) : json(nullptr)},
                   {"explanation", codec::encode(s.explanation)}});
  j["status"] = {{"year", q.year}, {"status", name_of(status.status)}, {"explanation", codec::encode(status.explanation)}, {"indicators", per}};
  return j;
}

}  // namespace

void add_goals_routes(Router& router, LiveRegistry& reg, std::function<Date()> today) {
  collection_routes(router, reg, "indicators", &Dataset::indicators);
  router.add("GET", "/api/priorities", [&reg](const Request& r) {
    const auto agreement = r.query_or("agreement_id");
    return reg.read([&](const Dataset& d) {
      json out = json::array();
      for (const auto& p : d.priorities.items)
        if (agreement.empty() || p.agreement_id == agreement) out.push_back(codec::encode(p));
      return ok(out);
    });
  });
  router.add("GET", "/api/goals", [&reg, today](const Request& r) {
    auto q = goal_query(r, today());
    if (!q) return problem(q.error(), r.language());
    return reg.read([&](const Dataset& d) {
      json out = json::array();
      for (const auto& g : d.goals.items)
        if (asked(d, g, *q)) out.push_back(goal_json(d, g, *q, today()));
      return ok(out);
    });
  });
  router.add("GET", "/api/goals/{id}", [&reg, today](const Request& r) {
    auto q = goal_query(r, today());
    if (!q) return problem(q.error(), r.language());
    return reg.read([&](const Dataset& d) {
      const auto* g = d.goals.find(r.params.at("id"));
      return g ? ok(goal_json(d, *g, *q, today())) : not_found(r, "goal");
    });
  });
  router.add("GET", "/api/goals.csv", [&reg, today](const Request& r) {
    auto q = goal_query(r, today());
    if (!q) return problem(q.error(), r.language());
    const std::string lang = r.language();
    return reg.read([&](const Dataset& d) {
      std::string csv = "agreement,priority,goal_id,goal,pair,pair_hus,region,indicator,year,value,target,status\n";
      for (const auto& g : d.goals.items) {
        if (!asked(d, g, *q)) continue;
        const auto* pair = goals::pair_on(d, g.id, today());
        const std::string region = region_for(pair, *q);
        const auto status = goals::goal_status(d, g, region, q->year);
        const auto* priority = d.priorities.find(g.priority_id);
        const std::string head = csv_field(priority ? priority->agreement_id : "") + "," + csv_field(priority ? priority->title.in(lang) : "") + "," +
                                 csv_field(g.id) + "," + csv_field(g.title.in(lang)) + "," + csv_field(pair ? person_name(d, pair->person_id) : "") + "," +
                                 csv_field(pair ? person_name(d, pair->hus_person_id) : "") + "," + csv_field(region) + ",";
        const std::string year = std::to_string(q->year);
        if (status.indicators.empty()) csv += head + "," + year + ",,," + std::string(name_of(status.status)) + "\n";
        for (const auto& s : status.indicators)
          csv += head + csv_field(s.indicator_id) + "," + year + "," + s.value.value_or("") + "," + s.target.value_or("") + "," + std::string(name_of(s.status)) + "\n";
      }
      Response out{200, "text/csv; charset=utf-8", csv, {}};
      out.headers["Content-Disposition"] = "attachment; filename=\"goals-" + std::to_string(q->year) + ".csv\"";
      return out;
    });
  });

  static const OperationRoute operation_routes[] = {
      {"/api/goals/{id}/pairs", "name_pair", "goal_id", 201},
      {"/api/responsibility-pairs/{id}/end", "end_pair", "pair_id", 200},
      {"/api/indicators/{id}/values", "enter_value", "indicator_id", 201},
      {"/api/indicators/{id}/targets", "set_target", "indicator_id", 200},
      {"/api/indicators/{id}/description", "describe_indicator", "indicator_id", 200},
  };
  for (const auto& route : operation_routes)
    router.add("POST", route.path, [&reg, today, route](const Request& r) {
      auto args = parse_body(r);
      if (!args) return problem(args.error(), r.language());
      (*args)[route.id_argument] = r.params.at("id");
      return answer_operation(
          reg, r, route.operation, [&](const Dataset& d) { return goals::who_may_run_goal(d, route.operation, *args); },
          [&](const Dataset& d) { return goals::run_goal_operation(d, route.operation, *args, today(), r.principal.account_id); }, route.created);
    });

  // A Sotkanet file's rows, as {"name": "…", "rows": […]}: every value for our indicators stored at once.
  router.add("POST", "/api/goals/values/sotkanet", [&reg, today](const Request& r) {
    auto body = parse_body(r);
    if (!body) return problem(body.error(), r.language());
    if (!body->contains("rows")) return problem(Error::coded(ErrorKind::invalid, "/rows", "goals.rows_needed"), r.language());
    const auto name_given = string_field(*body, "name", "upload");
    if (!name_given) return problem(name_given.error(), r.language());
    const std::string name = *name_given;
    files::SotkanetRead counts;
    int not_yours = 0;
    auto stored = reg.write(provenance_of(r), [&](const Dataset& d) -> Result<Dataset> {
      Allowed allowed;
      for (const auto& p : d.priorities.items)
        if (const auto* a = d.agreements.find(p.agreement_id))
          for (const auto& party : a->party_ids) allowed.push_back({AccessRole::coordinator, party});
      if (auto denied = authorize(r.principal, allowed, "action.import_indicator_values", &d)) return *denied;
      auto read = files::read_sotkanet((*body)["rows"].dump(), d, "sotkanet:" + name, r.principal.account_id, today());
      if (!read) return read.error();
      counts = read.value();
      // A file is what its sender says it is: its values are stored only for the regions the
      // sender acts for, as a value entered by hand would be.
      Dataset fragment;
      counts.values.clear();
      for (auto& v : read->values) {
        if (!r.principal.holds(AccessRole::coordinator, v.region_id)) {
          ++not_yours;
          continue;
        }
        counts.values.push_back(v);
        fragment.indicator_values.put(std::move(v));
      }
      return fragment;
    });
    if (!stored) return problem(stored.error(), r.language());
    return ok({{"rows", counts.rows},
               {"stored", counts.values.size()},
               {"other_indicators", counts.other_indicators},
               {"unknown_regions", counts.unknown_regions},
               {"by_gender", counts.by_gender},
               {"other_regions", not_yours}});
  });
}

}  // namespace yp::http
