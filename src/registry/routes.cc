#include "registry/routes.h"

#include "http/json_body.h"
#include "program/dataset_routes.h"
#include "program/operation_route.h"
#include "registry/operations.h"

namespace yp::http {
namespace {

using nlohmann::json;

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// Every write of the registry is one of its named operations (registry/operations.h).
constexpr OperationRoute kRegistryRoutes[] = {
    {"/api/organisations", "register_organisation", nullptr, 201},
    {"/api/organisations/{id}/dissolution", "dissolve_organisation", "organisation_id", 200},
    {"/api/persons", "register_person", nullptr, 201},
    {"/api/persons/{id}/corrections", "correct_person", "person_id", 200},
    {"/api/posts", "create_post", nullptr, 201},
    {"/api/posts/{id}/holdings", "hold_post", "post_id", 201},
    {"/api/post-holdings/{id}/end", "end_post_holding", "holding_id", 200},
};

// What the one asking may do for an organisation (`may`), as the policy decides: register its
// persons and posts and record who holds them (its coordinator), dissolve it (administrators).
json organisation_may(const Principal& who, const Dataset& d, const std::string& id) {
  json out = json::array();
  for (const char* op : {"register_person", "create_post", "dissolve_organisation"})
    if (permits(who, {who_may_run_registry(d, op, {{"organisation_id", id}, {"organization_id", id}})})) out.push_back(op);
  return out;
}

}  // namespace

void add_registry_routes(Router& router, LiveRegistry& reg, const std::function<Date()>& today) {
  add_operation_routes(
      router, reg, kRegistryRoutes, [](const Dataset& d, const std::string& op, const json& args) { return who_may_run_registry(d, op, args); },
      [today](const Dataset& d, const std::string& op, const json& args) { return run_registry_operation(d, op, args, today()); });
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
      if (!o) return not_found(r, "organisation");
      json j = codec::encode(*o);
      j["may"] = organisation_may(r.principal, d, o->id);
      return ok(j);
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
  collection_routes(router, reg, "documents", &Dataset::documents);
  collection_routes(router, reg, "language-statuses", &Dataset::language_statuses);
}

}  // namespace yp::http
