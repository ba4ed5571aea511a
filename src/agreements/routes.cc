#include "agreements/routes.h"

#include "http/json_body.h"
#include "program/dataset_routes.h"
#include "agreements/commands.h"
#include "agreements/in_force.h"

namespace yp::http {
namespace {

using nlohmann::json;

// An agreement with its approvals, whether it is in force, and the parties the one asking may
// record an approval for (`may_approve_for`), as the policy decides.
json agreement_json(const Principal& who, const Dataset& d, const Agreement& a, const Date& as_of) {
  json j = codec::encode(a);
  json approve_for = json::array();
  for (const auto& party : a.party_ids)
    if (permits(who, {may_act_for(party)})) approve_for.push_back(party);
  j["may_approve_for"] = approve_for;
  json approvals = json::array();
  for (const auto* ap : d.approvals_of(a.id)) approvals.push_back(codec::encode(*ap));
  j["approvals"] = approvals;
  j["in_force"] = codec::encode(check_agreement_in_force(d, a, as_of));
  return j;
}

}  // namespace

void add_agreements_routes(Router& router, LiveRegistry& reg, const std::function<Date()>& today) {
  router.add("GET", "/api/agreements", [&reg, today](const Request& r) {
    const bool filter = !r.query_or("in_force_on").empty();
    auto on = date_param(r, "in_force_on", today);
    if (!on) return problem(on.error(), r.language());
    return reg.read([&](const Dataset& d) {
      json out = json::array();
      for (const auto& a : d.agreements.items) {
        json j = agreement_json(r.principal, d, a, *on);
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
      return a ? ok(agreement_json(r.principal, d, *a, *as_of)) : not_found(r, "agreement");
    });
  });

  collection_routes(router, reg, "statute-sections", &Dataset::statute_sections);

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

}

}  // namespace yp::http
