// The registry capability's part of the Dataset's validation (program/validator.h): what its
// entities refer to exists, its dates run forwards, its rules are coherent.
#include "registry/manifest.h"

#include "program/validator.h"

namespace yp {

void RegistryManifest::validate(Validator& v) {
  const Dataset& d = v.data;
  for (const auto& o : d.organisations.items) {
    const std::string p = "/organisations/" + o.id;
    v.orgs(p + "/parent_ids", o.parent_ids);
    v.orgs(p + "/successor_ids", o.successor_ids);
    v.period(p, o.founding_date, o.dissolution_date);
    v.source(p, o.source);
  }
  for (const auto& t : d.council_terms.items)
    if (t.end_date < t.start_date) v.errors.push_back(Error::invalid("/council_terms/" + t.id + "/end_date", "is before the start date"));
  for (const auto& p : d.persons.items) v.org("/persons/" + p.id + "/organisation_id", p.organisation_id);
  for (const auto& p : d.posts.items) v.org("/posts/" + p.id + "/organization_id", p.organization_id);
  for (const auto& h : d.post_holdings.items) {
    const std::string p = "/post_holdings/" + h.id;
    v.ref(p + "/post_id", h.post_id, d.posts, "post");
    v.ref(p + "/person_id", h.person_id, d.persons, "person");
    v.period(p, h.start_date, h.end_date);
  }
  for (const auto& l : d.language_statuses.items) {
    const std::string p = "/language_statuses/" + l.id;
    v.org(p + "/organisation_id", l.organisation_id);
    v.period(p, l.from, l.until);
    for (const auto& lang : l.languages)
      if (lang != "fi" && lang != "sv") v.errors.push_back(Error::invalid(p + "/languages", "a national language is fi or sv"));
    v.source(p, l.source);
  }
}

}  // namespace yp
