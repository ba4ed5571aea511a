#include "registry/routes.h"

#include "http/json_body.h"
#include "program/dataset_routes.h"

namespace yp::http {
namespace {

using nlohmann::json;

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

}  // namespace

void add_registry_routes(Router& router, LiveRegistry& reg) {
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
  collection_routes(router, reg, "documents", &Dataset::documents);
  collection_routes(router, reg, "language-statuses", &Dataset::language_statuses);
}

}  // namespace yp::http
