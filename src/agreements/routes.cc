#include "agreements/routes.h"

#include "http/json_body.h"
#include "program/dataset_routes.h"
#include "agreements/in_force.h"
#include "agreements/operations.h"
#include "program/operation_route.h"

namespace yp::http {
namespace {

using nlohmann::json;

// Every write of an agreement is one of its named operations (agreements/operations.h).
constexpr OperationRoute kAgreementRoutes[] = {
    {"/api/agreements", "draft_agreement", nullptr, 201},
    {"/api/agreements/{id}/consultations", "request_consultation", "agreement_id", 201},
    {"/api/agreements/{id}/statements", "record_statement", "agreement_id", 200},
    {"/api/agreements/{id}/approvals", "approve", "agreement_id", 201},
    {"/api/agreements/{id}/approval-corrections", "correct_approval", "agreement_id", 200},
    {"/api/agreements/{id}/versions", "propose_amendment", "agreement_id", 201},
    {"/api/agreements/{id}/end", "end_agreement", "agreement_id", 200},
};

// An agreement with its approvals, whether it is in force, the parties the one asking may record
// an approval for (`may_approve_for`) and what else it may do (`may`), as the policy decides.
json agreement_json(const Principal& who, const Dataset& d, const Agreement& a, const Date& as_of) {
  json j = codec::encode(a);
  json approve_for = json::array();
  for (const auto& party : a.party_ids)
    if (permits(who, {may_act_for(party)})) approve_for.push_back(party);
  j["may_approve_for"] = approve_for;
  // What else the one asking may do with it: the preparer's steps, an amendment for a party it acts for.
  json may = json::array();
  for (const char* op : {"request_consultation", "record_statement", "end_agreement"})
    if (permits(who, {who_may_run_agreement(d, op, {{"agreement_id", a.id}})})) may.push_back(op);
  for (const auto& party : a.party_ids)
    if (permits(who, {who_may_run_agreement(d, "propose_amendment", {{"agreement_id", a.id}, {"proposed_by_id", party}})})) {
      may.push_back("propose_amendment");
      break;
    }
  // A body under the agreement is made by a party that will keep it (its secretary's organisation).
  if (!approve_for.empty()) may.push_back("create_body");
  j["may"] = may;
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

  add_operation_routes(
      router, reg, kAgreementRoutes, [](const Dataset& d, const std::string& op, const json& args) { return who_may_run_agreement(d, op, args); },
      [today](const Dataset& d, const std::string& op, const json& args) { return run_agreement_operation(d, op, args, today()); });
}

}  // namespace yp::http
