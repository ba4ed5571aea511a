#include "http/api.h"

#include <algorithm>
#include <cstdlib>

#include "checks/checks.h"
#include "calendar/planning.h"
#include "codec/json_codec.h"
#include "core/limits.h"
#include "core/commands.h"
#include "duties/disclosure.h"
#include "duties/evaluate.h"
#include "exporter/popolo.h"
#include "access/access.h"
#include "http/access_routes.h"
#include "budget/routes.h"
#include "http/json_body.h"
#include "http/problem.h"
#include "goals/routes.h"
#include "meetings/routes.h"
#include "http/openapi.h"
#include "http/operation_route.h"
#include "http/read_log.h"
#include "http/response_cache.h"
#include "resources/resources.h"

namespace yp::http {
namespace {

using nlohmann::json;

// The parameter in data/ that says how long the read log is kept, in days.
constexpr const char* kReadLogRetention = "read-log-retention-days";


// A field of a JSON body that must be there, decoded, or the Error naming it.
template <class T>
Result<T> required_field(const json& body, const std::string& name) {
  if (!body.contains(name)) return Error::coded(ErrorKind::invalid, "/" + name, "codec.required");
  return codec::decode_value<T>(body[name], "/" + name);
}


// Parses ?name=YYYY-MM-DD, defaulting to today. A question "as of" a day is answered for days
// from 2000 to 2100 only: the work of one answer grows with the years between the data and the day.
Result<Date> date_param(const Request& r, const std::string& name, const std::function<Date()>& today) {
  auto text = r.query_or(name);
  if (text.empty()) return today();
  const auto d = Date::parse(text);
  if (!d) return Error::coded(ErrorKind::invalid, "/" + name, "date.invalid");
  if (d->year < kFirstQueryYear || d->year > kLastQueryYear)
    return Error::coded(ErrorKind::invalid, "/" + name, "date.out_of_range",
                        {{"from", Date{kFirstQueryYear, 1, 1}.iso()}, {"until", Date{kLastQueryYear, 12, 31}.iso()}});
  return *d;
}


template <class T>
Response list(const std::vector<T>& items, const std::function<bool(const T&)>& keep = {}) {
  json out = json::array();
  for (const auto& item : items)
    if (!keep || keep(item)) out.push_back(codec::encode(item));
  return ok(out);
}

bool contains(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// A route for a collection: GET /api/<name> lists, GET /api/<name>/{id} reads one.
template <class C>
void collection_routes(Router& router, LiveRegistry& reg, const std::string& path, C Dataset::*collection) {
  router.add("GET", "/api/" + path, [&reg, collection](const Request&) {
    return reg.read([&](const Dataset& d) { return list((d.*collection).items); });
  });
  router.add("GET", "/api/" + path + "/{id}", [&reg, collection, path](const Request& r) {
    return reg.read([&](const Dataset& d) {
      const auto* item = (d.*collection).find(r.params.at("id"));
      return item ? ok(codec::encode(*item)) : not_found(r, path);
    });
  });
}

// Runs a core command on the current data and stores the one entity it returns, in one
// transaction with its audit entry, applying it in memory only after the commit; first, under the
// same lock, checks that the one asking holds one of the grants `allowed` returns for `action` (a
// message code). Returns the entity or the Error.
template <class T, class C, class A, class F>
Result<T> store_one(LiveRegistry& reg, const Request& r, const std::string& action, C Dataset::*collection, A&& allowed, F&& command) {
  std::optional<T> entity;
  auto stored = reg.write(provenance_of(r), [&](const Dataset& d) -> Result<Dataset> {
    if (auto denied = authorize(r.principal, allowed(d), action, &d)) return *denied;
    Result<T> result = command(d);
    if (!result) return result.error();
    Dataset fragment;
    (fragment.*collection).put(result.value());
    entity = std::move(result.value());
    return fragment;
  });
  if (!stored) return stored.error();
  return std::move(*entity);
}


// An answer as `who` may read it: the accounts that recorded events are for those signed in (an
// account's name is its sign-in name); the public sees the grants they acted under.
json for_reader(json j, const Principal& who) {
  if (who.signed_in()) return j;
  std::vector<json*> todo{&j};
  while (!todo.empty()) {
    json* at = todo.back();
    todo.pop_back();
    if (at->is_object()) at->erase("recorded_by");
    if (at->is_structured())
      for (auto& child : *at) todo.push_back(&child);
  }
  return j;
}

json agreement_json(const Dataset& d, const Agreement& a, const Date& as_of) {
  json j = codec::encode(a);
  json approvals = json::array();
  for (const auto* ap : d.approvals_of(a.id)) approvals.push_back(codec::encode(*ap));
  j["approvals"] = approvals;
  j["in_force"] = codec::encode(check_agreement_in_force(d, a, as_of));
  return j;
}

json member_json(const Dataset& d, const Membership& m) {
  json j = codec::encode(m);
  if (const auto* p = d.persons.find(m.person_id)) j["person"] = codec::encode(*p);
  return j;
}

json members_json(const Dataset& d, const std::string& body_id, const Date& as_of) {
  json out = json::array();
  for (const auto* m : d.members_of(body_id, as_of)) out.push_back(member_json(d, *m));
  return out;
}

}  // namespace

Router make_api(LiveRegistry& reg, std::function<Date()> today, const AccessOptions& access) {
  Router router;
  auto gates = make_gates(reg.store());
  router.set_gate(std::move(gates.gate));
  router.set_quick_gate(std::move(gates.quick));
  // What each route takes and whether reading it is logged: the OpenAPI document says, once.
  router.set_contracts(route_contracts(openapi_document()));
  const long retention = reg.read([&](const Dataset& d) -> long {
    const auto* p = d.parameters.find(kReadLogRetention);
    const auto* v = p ? p->on(today()) : nullptr;
    return v ? std::atol(v->value.c_str()) : 0;
  });
  auto read_log = std::make_shared<ReadLog>(reg.store(), retention);
  router.set_read_log([read_log](const Request& r, const std::string& kind) -> std::optional<Response> {
    std::string request = r.method + " " + r.path;
    char sep = '?';
    for (const auto& [name, value] : r.query) request += sep + name + "=" + value, sep = '&';
    if (auto e = read_log->record({0, utc_now(), r.principal.account_id, request, kind, r.peer})) return problem(*e, r.language());
    return std::nullopt;
  });
  // Up, on which backend, and how long writes have waited for the database's lock.
  router.add("GET", "/api/health", [&reg](const Request&) {
    const auto& waits = reg.store().lock_waits();
    return ok({{"status", "ok"},
               {"backend", reg.store().backend()},
               {"write_lock_wait", {{"last_ms", waits.last_us / 1000.0}, {"longest_ms", waits.longest_us / 1000.0}, {"over_a_second", waits.over_a_second.load()}}}});
  });
  add_access_routes(router, reg, access);  // before the memo below: these answers are never shared
  add_budget_routes(router, reg, today);          // read fresh: imports come from the command line too
  // Memoized answers. A token's validity is checked anew each time, so an answer asked with one is
  // never shared. Otherwise an answer depends on the principal only through whether someone is
  // signed in and with which grants, so those are in the key, with the language asked for.
  auto cache = std::make_shared<ResponseCache>();
  auto key_of = [today](const Request& r) -> std::optional<std::string> {
    if (r.query.count("token")) return std::nullopt;
    std::string key = today().iso() + " " + r.language() + " " + r.path;
    if (r.principal.signed_in()) {
      key += "\x1e";
      for (const auto& g : r.principal.grants) key += std::string(name_of(g.role)) + ":" + g.scope_id + ",";
    }
    // The language is in the key as it is understood, not as it was written.
    for (const auto& [name, value] : r.query)
      if (name != "lang") key += "\x1f" + name + "=" + value;
    return key;
  };
  router.wrap_gets(
      [&reg, key_of, cache](Handler handler) -> Handler {
        return [&reg, key_of, cache, handler = std::move(handler)](const Request& r) {
          const auto key = key_of(r);
          if (!key) return handler(r);
          const auto version = reg.version();
          if (auto hit = cache->find(*key, version)) return *hit;
          Response response = handler(r);
          if (response.status == 200) cache->store(*key, version, response);
          return response;
        };
      },
      [&reg, key_of, cache](const Request& r) -> std::optional<Response> {
        const auto key = key_of(r);
        return key ? cache->find(*key, reg.version()) : std::nullopt;
      });

  router.add("GET", "/api/openapi.json", [](const Request&) {
    return Response{200, "application/json", openapi_document(), {}};
  });

  // Organisations, with the filters users need: kind, parent (the municipalities of a county), name.
  router.add("GET", "/api/organisations", [&reg](const Request& r) {
    const std::string kind = r.query_or("classification"), parent = r.query_or("parent_id"), q = lower(r.query_or("q"));
    if (!kind.empty() && !enum_from_name<OrgKind>(kind))
      return problem(Error::invalid("/classification", "must be one of: " + codec::allowed_names(names_of(OrgKind{}))), r.language());
    return reg.read([&](const Dataset& d) {
      return list<Organisation>(d.organisations.items, [&](const Organisation& o) {
        if (!kind.empty() && name_of(o.classification) != kind) return false;
        if (!parent.empty() && !contains(o.parent_ids, parent)) return false;
        if (!q.empty() && lower(o.name.fi + " " + o.name.sv + " " + o.name.en).find(q) == std::string::npos) return false;
        return true;
      });
    });
  });
  router.add("GET", "/api/organisations/{id}", [&reg](const Request& r) {
    return reg.read([&](const Dataset& d) {
      const auto* o = d.organisations.find(r.params.at("id"));
      return o ? ok(codec::encode(*o)) : not_found(r, "organisation");
    });
  });
  router.add("GET", "/api/organisations/{id}/municipalities", [&reg](const Request& r) {
    return reg.read([&](const Dataset& d) {
      const std::string id = r.params.at("id");
      if (!d.organisations.find(id)) return not_found(r, "organisation");
      json out = json::array();
      for (const auto* o : d.children_of(id))
        if (o->classification == OrgKind::municipality || o->classification == OrgKind::city_organiser) out.push_back(codec::encode(*o));
      return ok(out);
    });
  });
  router.add("GET", "/api/organisations/{id}/bodies", [&reg](const Request& r) {
    return reg.read([&](const Dataset& d) {
      const std::string id = r.params.at("id");
      if (!d.organisations.find(id)) return not_found(r, "organisation");
      return list<Body>(d.bodies.items, [&](const Body& b) {
        return contains(b.party_ids, id) || b.convener_id == id || b.secretary_organization_id == id;
      });
    });
  });
  router.add("GET", "/api/organisations/{id}/agreements", [&reg](const Request& r) {
    return reg.read([&](const Dataset& d) {
      const std::string id = r.params.at("id");
      if (!d.organisations.find(id)) return not_found(r, "organisation");
      return list<Agreement>(d.agreements.items, [&](const Agreement& a) { return contains(a.party_ids, id); });
    });
  });

  collection_routes(router, reg, "persons", &Dataset::persons);
  collection_routes(router, reg, "posts", &Dataset::posts);
  collection_routes(router, reg, "post-holdings", &Dataset::post_holdings);
  collection_routes(router, reg, "council-terms", &Dataset::council_terms);
  collection_routes(router, reg, "statute-sections", &Dataset::statute_sections);
  collection_routes(router, reg, "registers", &Dataset::registers);
  collection_routes(router, reg, "disclosure-bases", &Dataset::disclosure_bases);
  collection_routes(router, reg, "documents", &Dataset::documents);
  add_meetings_routes(router, reg, today);
  collection_routes(router, reg, "memberships", &Dataset::memberships);

  router.add("GET", "/api/bodies", [&reg](const Request& r) {
    const std::string org = r.query_or("organisation_id");
    return reg.read([&](const Dataset& d) {
      return list<Body>(d.bodies.items, [&](const Body& b) { return org.empty() || contains(b.party_ids, org); });
    });
  });
  router.add("GET", "/api/bodies/{id}", [&reg](const Request& r) {
    return reg.read([&](const Dataset& d) {
      const auto* b = d.bodies.find(r.params.at("id"));
      if (!b) return not_found(r, "body");
      json j = codec::encode(*b);
      j["total_seats"] = b->total_seats();
      return ok(j);
    });
  });
  router.add("GET", "/api/bodies/{id}/members", [&reg, today](const Request& r) {
    auto as_of = date_param(r, "as_of", today);
    if (!as_of) return problem(as_of.error(), r.language());
    return reg.read([&](const Dataset& d) {
      if (!d.bodies.find(r.params.at("id"))) return not_found(r, "body");
      return ok(members_json(d, r.params.at("id"), *as_of));
    });
  });
  router.add("GET", "/api/bodies/{id}/composition", [&reg, today](const Request& r) {
    auto as_of = date_param(r, "as_of", today);
    if (!as_of) return problem(as_of.error(), r.language());
    return reg.read([&](const Dataset& d) {
      const auto* b = d.bodies.find(r.params.at("id"));
      if (!b) return not_found(r, "body");
      json j = {{"body", codec::encode(*b)}, {"as_of", as_of->iso()}, {"total_seats", b->total_seats()}};
      j["members"] = members_json(d, b->id, *as_of);
      j["verdict"] = codec::encode(check_body_composition(d, *b, *as_of));
      return ok(j);
    });
  });

  router.add("GET", "/api/agreements", [&reg, today](const Request& r) {
    const bool filter = !r.query_or("in_force_on").empty();
    auto on = date_param(r, "in_force_on", today);
    if (!on) return problem(on.error(), r.language());
    return reg.read([&](const Dataset& d) {
      json out = json::array();
      for (const auto& a : d.agreements.items) {
        json j = agreement_json(d, a, *on);
        if (!filter || j["in_force"]["status"] == "holds") out.push_back(std::move(j));
      }
      return ok(out);
    });
  });
  router.add("GET", "/api/agreements/{id}", [&reg, today](const Request& r) {
    auto as_of = date_param(r, "as_of", today);
    if (!as_of) return problem(as_of.error(), r.language());
    return reg.read([&](const Dataset& d) {
      const auto* a = d.agreements.find(r.params.at("id"));
      return a ? ok(agreement_json(d, *a, *as_of)) : not_found(r, "agreement");
    });
  });

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
      for (const auto& v : evaluate_duties(d, *as_of)) {
        if (!status.empty() && name_of(v.status) != status) continue;
        if (!subject.empty() && v.subject != subject) continue;
        if (!rule.empty() && v.rule != rule) continue;
        if (!org.empty() && !contains(v.bearer_ids, org)) continue;
        out.push_back(codec::encode(v));
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
      for (const auto& v : evaluate_duties(d, *as_of))
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

  // May data pass between two registers on a date? Nothing of the question is stored.
  router.add("GET", "/api/disclosure", [&reg, today](const Request& r) {
    auto date = date_param(r, "date", today);
    if (!date) return problem(date.error(), r.language());
    DisclosureQuestion q{r.query_or("from"), r.query_or("to"), *date};
    if (q.from_register.empty()) return problem(Error::invalid("/from", "is required: a register id"), r.language());
    if (q.to_register.empty()) return problem(Error::invalid("/to", "is required: a register id"), r.language());
    auto purpose = enum_from_name<DisclosurePurpose>(r.query_or("purpose", "care"));
    if (!purpose) return problem(Error::invalid("/purpose", "must be one of: " + codec::allowed_names(names_of(DisclosurePurpose{}))), r.language());
    q.purpose = *purpose;
    for (auto [name, target] : {std::pair{"kanta_notice", &q.kanta_notice}, std::pair{"prohibition", &q.prohibition}}) {
      const std::string value = r.query_or(name, "false");
      if (value != "true" && value != "false") return problem(Error::invalid(std::string("/") + name, "must be true or false"), r.language());
      *target = value == "true";
    }
    return reg.read([&](const Dataset& d) {
      auto verdict = check_disclosure(d, q);
      return verdict ? ok(codec::encode(verdict.value())) : problem(verdict.error(), r.language());
    });
  });

  // The annual planning calendar as iCalendar feeds (…/{id} or …/{id}.ics), in ?lang=fi|sv|en.
  auto feed = [&reg, today](const Request& r, bool body) {
    std::string id = r.params.at("id");
    if (id.size() > 4 && id.ends_with(".ics")) id.resize(id.size() - 4);
    return reg.read([&](const Dataset& d) {
      const Date day = today();
      Text name;
      std::vector<CalendarItem> items;
      // A token opens the non-public items; a wrong or revoked one is refused rather than ignored,
      // so that a subscriber learns that the link no longer works.
      const std::string token = r.query_or("token");
      if (!token.empty()) {
        // Read from the store on every use: a token revoked from the command line stops at once.
        auto stored = reg.store().read_doc("feed_tokens", token);
        if (!stored) return problem(stored.error(), r.language());
        Dataset tokens;
        if (stored.value())
          if (auto t = codec::decode_value<FeedToken>(nlohmann::json::parse(*stored.value()))) tokens.feed_tokens.put(t.value());
        if (!feed_token_opens(tokens, token, id, day)) return coded_problem(403, "forbidden", "calendar.token", {}, r.language());
      }
      const bool with_non_public = !token.empty();
      if (body) {
        const auto* b = d.bodies.find(id);
        if (!b) return coded_problem(404, "not_found", "request.no_such", {{"what", "entity.body", true}, {"id", id}}, r.language());
        name = b->name;
        items = body_calendar(d, id, day, with_non_public);
      } else {
        const auto* o = d.organisations.find(id);
        if (!o) return coded_problem(404, "not_found", "request.no_such", {{"what", "entity.organisation", true}, {"id", id}}, r.language());
        name = o->name;
        items = organisation_calendar(d, id, day, with_non_public);
      }
      const Text title{"Vuosikello: " + name.fi, "Årsklocka: " + name.sv, "Annual calendar: " + name.en};
      return Response{200, "text/calendar; charset=utf-8", ical_feed(title, items, r.language(), day), {}};
    });
  };
  router.add("GET", "/api/calendar/bodies/{id}", [feed](const Request& r) { return feed(r, true); });
  router.add("GET", "/api/calendar/organisations/{id}", [feed](const Request& r) { return feed(r, false); });

  router.add("GET", "/api/checks", [&reg, today](const Request& r) {
    auto as_of = date_param(r, "as_of", today);
    if (!as_of) return problem(as_of.error(), r.language());
    return reg.read([&](const Dataset& d) { return ok(for_reader(codec::encode(run_checks(d, *as_of)), r.principal)); });
  });
  router.add("GET", "/api/export/popolo", [&reg](const Request&) {
    return reg.read([&](const Dataset& d) { return ok(export_popolo(d)); });
  });

  // Writes.
  router.add("POST", "/api/bodies/{id}/memberships", [&reg](const Request& r) {
    auto body = parse_body(r);
    if (!body) return problem(body.error(), r.language());
    (*body)["organization_id"] = r.params.at("id");
    if (!body->contains("id")) (*body)["id"] = "pending";
    auto request = codec::decode_value<Membership>(*body);
    if (!request) return problem(request.error(), r.language());
    Membership m = request.value();
    if (m.start_date) m.id = "m-" + m.organization_id + "-" + m.person_id + "-" + m.start_date->iso();
    auto stored = store_one<Membership>(
        reg, r, "action.nominate", &Dataset::memberships,
        [&](const Dataset&) { return may_act_for(m.on_behalf_of_id); },
        [&](const Dataset& d) -> Result<Membership> {
          if (!d.bodies.find(m.organization_id)) return Error::not_found("", "No body '" + m.organization_id + "'.");
          return nominate(d, m);
        });
    if (!stored) return problem(stored.error(), r.language());
    Response resp = reg.read([&](const Dataset& d) { return ok(member_json(d, stored.value()), 201); });
    resp.headers["Location"] = "/api/memberships/" + stored->id;
    return resp;
  });
  router.add("POST", "/api/memberships/{id}/end", [&reg](const Request& r) {
    auto body = parse_body(r);
    if (!body) return problem(body.error(), r.language());
    auto end_date = required_field<Date>(*body, "end_date");
    if (!end_date) return problem(end_date.error(), r.language());
    auto reason = required_field<std::string>(*body, "reason");
    if (!reason) return problem(reason.error(), r.language());
    const std::string id = r.params.at("id");
    auto stored = store_one<Membership>(
        reg, r, "action.end_membership", &Dataset::memberships, [&](const Dataset& d) { return may_end_membership(d, id); },
        [&](const Dataset& d) { return end_membership(d, id, *end_date, *reason); });
    if (!stored) return problem(stored.error(), r.language());
    return ok(codec::encode(stored.value()));
  });
  collection_routes(router, reg, "indicators", &Dataset::indicators);
  add_goals_routes(router, reg, today);

  router.add("POST", "/api/agreements/{id}/approvals", [&reg](const Request& r) {
    auto body = parse_body(r);
    if (!body) return problem(body.error(), r.language());
    (*body)["agreement_id"] = r.params.at("id");
    if (!body->contains("id")) (*body)["id"] = "pending";
    auto request = codec::decode_value<Approval>(*body);
    if (!request) return problem(request.error(), r.language());
    Approval a = request.value();
    a.id = "approval-" + a.agreement_id + "-" + a.party_id;
    auto stored = store_one<Approval>(
        reg, r, "action.record_approval", &Dataset::approvals, [&](const Dataset&) { return may_act_for(a.party_id); },
        [&](const Dataset& d) { return record_approval(d, a); });
    if (!stored) return problem(stored.error(), r.language());
    Response resp = ok(codec::encode(stored.value()), 201);
    resp.headers["Location"] = "/api/agreements/" + a.agreement_id;
    return resp;
  });

  return router;
}

}  // namespace yp::http
