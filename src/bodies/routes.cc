#include "bodies/routes.h"

#include "http/json_body.h"
#include "program/dataset_routes.h"
#include "bodies/commands.h"
#include "bodies/composition.h"
#include "bodies/ex_officio.h"
#include "bodies/operations.h"
#include "program/operation_route.h"

namespace yp::http {
namespace {

using nlohmann::json;

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

// What the one asking may do with the body (`may`): plan_meeting (its secretary), amend_body (its
// secretary or its organisation's coordinator), as the policy decides.
json body_may(const Principal& who, const Dataset& d, const std::string& body_id) {
  json out = json::array();
  if (permits(who, {may_run_meetings_of(d, body_id)})) out.push_back("plan_meeting");
  if (permits(who, {who_may_run_body(d, "amend_body", {{"body_id", body_id}})})) out.push_back("amend_body");
  return out;
}

// A body is founded and its rules changed by the bodies' named operations (bodies/operations.h).
constexpr OperationRoute kBodyRoutes[] = {
    {"/api/bodies", "create_body", nullptr, 201},
    {"/api/bodies/{id}/rules", "amend_body", "body_id", 200},
};

}  // namespace

void add_bodies_routes(Router& router, LiveRegistry& reg, const std::function<Date()>& today) {
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
      j["may"] = body_may(r.principal, d, b->id);
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
      j["may"] = body_may(r.principal, d, b->id);
      return ok(j);
    });
  });

  collection_routes(router, reg, "memberships", &Dataset::memberships);
  add_operation_routes(
      router, reg, kBodyRoutes, [](const Dataset& d, const std::string& op, const json& args) { return who_may_run_body(d, op, args); },
      [today](const Dataset& d, const std::string& op, const json& args) { return run_body_operation(d, op, args, today()); });

  router.add("POST", "/api/bodies/{id}/memberships", [&reg](const Request& r) {
    auto body = parse_body(r);
    if (!body) return problem(body.error(), r.language());
    (*body)["organization_id"] = r.params.at("id");
    if (!body->contains("id")) (*body)["id"] = "pending";
    auto request = codec::decode_value<Membership>(*body);
    if (!request) return problem(request.error(), r.language());
    Membership m = request.value();
    if (m.start_date) m.id = membership_id(m);
    auto stored = store_one<Membership>(
        reg, r, "action.nominate", &Dataset::memberships,
        [&](const Dataset& d) { return may_act_for(seat_party(d, m)); },
        [&](const Dataset& d) -> Result<Membership> {
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
}

}  // namespace yp::http
