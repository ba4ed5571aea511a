#include "bodies/operations.h"

#include <algorithm>
#include <functional>

#include "core/new_id.h"
#include "program/validate.h"
#include "registry/naming.h"

namespace yp {
namespace {

using nlohmann::json;
using Operation = std::function<Result<Written>(const Dataset&, json&, const Date&)>;

Param named(const char* name, const Text& text) { return {name, text.fi, false, text}; }

// Quotas and rules name parties of the body; a body under an agreement is among its parties.
std::optional<Error> coherent(const Dataset& d, const Body& b) {
  const auto is_party = [&](const std::string& id) { return id.empty() || std::find(b.party_ids.begin(), b.party_ids.end(), id) != b.party_ids.end(); };
  for (size_t i = 0; i < b.seat_quotas.size(); ++i) {
    if (!is_party(b.seat_quotas[i].party_id))
      return Error::coded(ErrorKind::invalid, "/seat_quotas/" + std::to_string(i) + "/party_id", "bodies.not_a_party",
                          {named("party", org_name(d, b.seat_quotas[i].party_id)), named("body", b.name)});
    if (b.seat_quotas[i].count < 1 || b.seat_quotas[i].count > 100)
      return Error::coded(ErrorKind::invalid, "/seat_quotas/" + std::to_string(i) + "/count", "number.out_of_range");
  }
  for (size_t i = 0; i < b.chair_rules.size(); ++i)
    for (const auto& p : b.chair_rules[i].rotation)
      if (!is_party(p))
        return Error::coded(ErrorKind::invalid, "/chair_rules/" + std::to_string(i) + "/rotation", "bodies.not_a_party",
                            {named("party", org_name(d, p)), named("body", b.name)});
  if (!is_party(b.secretary_organization_id))
    return Error::coded(ErrorKind::invalid, "/secretary_organization_id", "bodies.not_a_party", {named("party", org_name(d, b.secretary_organization_id)), named("body", b.name)});
  if (const auto* a = d.agreements.find(b.agreement_id))
    for (size_t i = 0; i < b.party_ids.size(); ++i)
      if (std::find(a->party_ids.begin(), a->party_ids.end(), b.party_ids[i]) == a->party_ids.end())
        return Error::coded(ErrorKind::invalid, "/party_ids/" + std::to_string(i), "agreements.not_a_party",
                            {named("party", org_name(d, b.party_ids[i])), {"agreement", a->title.fi, false, a->title}});
  if (auto e = first_problem(d, &Dataset::bodies, "bodies", b)) return *e;
  return std::nullopt;
}

Result<Written> create(const Dataset& d, json& a, const Date& today) {
  if (!a.contains("name")) return Error::coded(ErrorKind::invalid, "/name", "codec.required");
  a["id"] = "pending";
  if (!a.contains("classification")) a["classification"] = "working_group";
  if (!a.contains("level")) a["level"] = "operational";
  if (!a.contains("may_decide")) a["may_decide"] = false;
  auto b = rest_as<Body>(a);
  if (!b) return b.error();
  if (b->name.fi.empty() && b->name.sv.empty()) return Error::coded(ErrorKind::invalid, "/name/fi", "codec.required");
  if (b->secretary_organization_id.empty()) return Error::coded(ErrorKind::invalid, "/secretary_organization_id", "codec.required");
  if (b->party_ids.empty()) b->party_ids = {b->secretary_organization_id};
  if (!b->founding_date) b->founding_date = today;
  if (!b->corrections.empty()) return Error::coded(ErrorKind::invalid, "/corrections", "codec.unknown_field");
  b->id = new_id("", b->name.fi.empty() ? b->name.sv : b->name.fi, d.bodies, 60);
  if (auto e = coherent(d, *b)) return *e;
  std::string at = "/api/bodies/" + b->id;
  return written_one(&Dataset::bodies, std::move(b.value()), at);
}

// A change of the body's rules: what may change, each taken when given, with the day and reason.
Result<Written> amend(const Dataset& d, json& a, const Date& today) {
  auto id = take<std::string>(a, "body_id");
  if (!id) return id.error();
  const auto* found = d.bodies.find(*id);
  if (!found) return Error::coded(ErrorKind::not_found, "/body_id", "bodies.no_body", {{"id", *id}});
  auto reason = take_text(a, "reason");
  if (!reason) return reason.error();
  auto day = take_or<Date>(a, "date", today);
  if (!day) return day.error();
  Body b = *found;
  Correction c{*day, *reason, {}};
  // The rules a secretary keeps; the rest of the body (its name, its agreement) is not changed here.
  json changes = json::object();
  for (const char* field : {"seat_quotas", "chair_rules", "cadence", "may_decide", "may_decide_source", "party_ids", "convener_id", "guests", "tasks"})
    if (a.contains(field)) {
      changes[field] = a[field];
      c.fields.push_back(field);
      a.erase(field);
    }
  if (auto e = nothing_left(a)) return *e;
  if (c.fields.empty()) return Error::coded(ErrorKind::invalid, "", "bodies.nothing_to_change", {named("body", b.name)});
  json merged = codec::encode(b);
  for (auto& [k, v] : changes.items()) merged[k] = v;
  auto changed = codec::decode_value<Body>(merged);
  if (!changed) return changed.error();
  changed->corrections.push_back(std::move(c));
  if (auto e = coherent(d, *changed)) return *e;
  return written_one(&Dataset::bodies, std::move(changed.value()));
}

const OperationTable<Operation>& operations() {
  static const OperationTable<Operation> table = {{"create_body", create}, {"amend_body", amend}};
  return table;
}

}  // namespace

Result<Written> run_body_operation(const Dataset& data, const std::string& name, json args, const Date& today) {
  return run_operation_in(operations(), name, data, std::move(args),
                          unknown_operation(name), today);
}

Allowed who_may_run_body(const Dataset& d, const std::string& name, const json& args) {
  if (name == "create_body") return may_act_for(text_argument(args, "secretary_organization_id"));
  const auto* b = d.bodies.find(text_argument(args, "body_id"));
  if (!b) return administrators_only();
  Allowed allowed = may_run_meetings_of(d, b->id);
  if (!b->secretary_organization_id.empty())
    for (auto& g : may_act_for(b->secretary_organization_id)) allowed.push_back(g);
  return allowed;
}

const std::vector<std::string>& body_operation_names() {
  static const std::vector<std::string> names = operation_names_in(operations());
  return names;
}

}  // namespace yp
