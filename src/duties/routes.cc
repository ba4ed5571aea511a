#include "duties/routes.h"

#include "duties/law.h"
#include "http/json_body.h"
#include "program/dataset_routes.h"
#include "duties/commands.h"
#include "program/verdicts.h"

namespace yp::http {
using nlohmann::json;

void add_duties_routes(Router& router, LiveRegistry& reg, const std::function<Date()>& today) {
  collection_routes(router, reg, "duty-definitions", &Dataset::duties);
  // Events say who recorded them: the account to those signed in, the grants it acted under to all.
  router.add("GET", "/api/events", [&reg](const Request& r) {
    return reg.read([&](const Dataset& d) { return ok(for_reader(codec::encode(d.events.items), r.principal)); });
  });
  router.add("GET", "/api/events/{id}", [&reg](const Request& r) {
    return reg.read([&](const Dataset& d) {
      const auto* e = d.events.find(r.params.at("id"));
      return e ? ok(for_reader(codec::encode(*e), r.principal)) : not_found(r, "events");
    });
  });
  collection_routes(router, reg, "waivers", &Dataset::waivers);
  collection_routes(router, reg, "parameters", &Dataset::parameters);
  collection_routes(router, reg, "measurements", &Dataset::measurements);
  collection_routes(router, reg, "record-keeping", &Dataset::record_keeping);

  // Duties: every duty's verdicts on a date, filtered for the reader.
  router.add("GET", "/api/duties", [&reg, today](const Request& r) {
    auto as_of = date_param(r, "as_of", today);
    if (!as_of) return problem(as_of.error(), r.language());
    const std::string status = r.query_or("status"), subject = r.query_or("subject"), rule = r.query_or("rule"),
                      org = r.query_or("organisation_id");
    if (!status.empty() && !enum_from_name<VerdictStatus>(status))
      return problem(Error::invalid("/status", "must be one of: " + codec::allowed_names(names_of(VerdictStatus{}))), r.language());
    return reg.read([&](const Dataset& d) {
      json out = json::array();
      for (const auto& v : duty_verdicts(d, *as_of)) {
        if (!status.empty() && name_of(v.status) != status) continue;
        if (!subject.empty() && v.subject != subject) continue;
        if (!rule.empty() && v.rule != rule) continue;
        if (!org.empty() && !contains(v.bearer_ids, org)) continue;
        Verdict shown = v;
        quote_law_words(d, shown);
        out.push_back(codec::encode(shown));
      }
      return ok(for_reader(std::move(out), r.principal));
    });
  });
  // For dashboards: per organisation bearing duties, how many verdicts have each status.
  router.add("GET", "/api/duties/summary", [&reg, today](const Request& r) {
    auto as_of = date_param(r, "as_of", today);
    if (!as_of) return problem(as_of.error(), r.language());
    return reg.read([&](const Dataset& d) {
      std::map<std::string, std::map<std::string, int>> counts;
      for (const auto& v : duty_verdicts(d, *as_of))
        for (const auto& org : v.bearer_ids) ++counts[org][std::string(name_of(v.status))];
      json out = json::array();
      for (const auto& [org, by_status] : counts) {
        const auto* o = d.organisations.find(org);
        out.push_back({{"organisation_id", org}, {"name", o ? codec::encode(o->name) : json(nullptr)}, {"as_of", as_of->iso()}, {"counts", by_status}});
      }
      return ok(out);
    });
  });
  // Record an event (a meeting held, a review, a delivery, …) with the document it rests on. It is
  // evidence for every bearer it counts for, so the one recording it must act for each of them
  // (access/access.h, may_record_event); the verdicts that count it show who recorded it.
  router.add("POST", "/api/events", [&reg](const Request& r) {
    auto body = parse_body(r);
    if (!body) return problem(body.error(), r.language());
    if (body->contains("recorded_by")) return problem(Error::coded(ErrorKind::invalid, "/recorded_by", "accounts.not_set_here"), r.language());
    auto request = codec::decode_value<Event>(*body);
    if (!request) return problem(request.error(), r.language());
    if (body->contains("recorded_for")) return problem(Error::coded(ErrorKind::invalid, "/recorded_for", "accounts.not_set_here"), r.language());
    Event e = request.value();
    e.recorded_by = r.principal.account_id;
    std::optional<Event> recorded;
    auto stored = reg.write(provenance_of(r), [&](const Dataset& d) -> Result<Dataset> {
      if (auto denied = authorize_each(r.principal, may_record_event(d, e), "action.record_event", &d, &e.recorded_for)) return *denied;
      auto result = record_event(d, e);
      if (!result) return result.error();
      recorded = result.value();
      Dataset fragment;
      fragment.events.put(result.value());
      return fragment;
    });
    if (!stored) return problem(stored.error(), r.language());
    Response resp = ok(codec::encode(*recorded), 201);
    resp.headers["Location"] = "/api/events/" + recorded->id;
    return resp;
  });

  router.add("GET", "/api/checks", [&reg, today](const Request& r) {
    auto as_of = date_param(r, "as_of", today);
    if (!as_of) return problem(as_of.error(), r.language());
    return reg.read([&](const Dataset& d) { return ok(for_reader(codec::encode(all_verdicts(d, *as_of)), r.principal)); });
  });
}

}  // namespace yp::http
