// The bodies capability's part of the Dataset's validation (program/validator.h): what its
// entities refer to exists, its dates run forwards, its rules are coherent.
#include "bodies/manifest.h"

#include <algorithm>

#include "program/validator.h"

namespace yp {

void BodiesManifest::validate(Validator& v) {
  const Dataset& d = v.data;
  for (const auto& b : d.bodies.items) {
    const std::string p = "/bodies/" + b.id;
    v.ref(p + "/agreement_id", b.agreement_id, d.agreements, "agreement");
    v.ref(p + "/parent_body_id", b.parent_body_id, d.bodies, "body");
    v.orgs(p + "/party_ids", b.party_ids);
    // A county has a national language board only when it is bilingual (611/2021 § 33), which is
    // data with its source (language_statuses), never assumed.
    if (b.classification == BodyKind::national_language_board)
      for (const auto& party : b.party_ids)
        if (const auto* o = d.organisations.find(party); o && o->classification == OrgKind::wellbeing_services_county &&
                                                       std::none_of(d.language_statuses.items.begin(), d.language_statuses.items.end(),
                                                                    [&](const LanguageStatus& l) { return l.organisation_id == party && l.bilingual(); }))
          v.errors.push_back(Error::invalid(p + "/party_ids", "'" + party + "' has a national language board only when bilingual: record its language status"));
    v.org(p + "/convener_id", b.convener_id);
    v.org(p + "/secretary_organization_id", b.secretary_organization_id);
    v.source(p, b.source);
    for (size_t i = 0; i < b.seat_quotas.size(); ++i) {
      const auto& q = b.seat_quotas[i];
      const std::string qp = p + "/seat_quotas/" + std::to_string(i);
      v.org(qp + "/party_id", q.party_id);
      if (q.count < 1) v.errors.push_back(Error::invalid(qp + "/count", "must be at least 1"));
      if (static_cast<int>(q.posts.size()) > q.count) v.errors.push_back(Error::invalid(qp + "/posts", "names more posts than the quota has seats"));
      for (size_t k = 0; k < q.posts.size(); ++k) {
        const auto* post = d.posts.find(q.posts[k]);
        if (!post) v.errors.push_back(Error::invalid(qp + "/posts/" + std::to_string(k), "refers to unknown post '" + q.posts[k] + "'"));
        else if (post->organization_id != q.party_id) v.errors.push_back(Error::invalid(qp + "/posts/" + std::to_string(k), "post '" + q.posts[k] + "' is not in the quota's party"));
      }
    }
    for (size_t i = 0; i < b.chair_rules.size(); ++i) {
      const std::string rp = p + "/chair_rules/" + std::to_string(i);
      v.org(rp + "/party_id", b.chair_rules[i].party_id);
      v.refs(rp + "/posts", b.chair_rules[i].posts, d.posts, "post");
      v.orgs(rp + "/rotation", b.chair_rules[i].rotation);
      if (b.chair_rules[i].role != Role::chair && b.chair_rules[i].role != Role::vice_chair)
        v.errors.push_back(Error::invalid(rp + "/role", "must be chair or vice_chair"));
    }
    for (size_t i = 0; i < b.guests.size(); ++i) v.ref(p + "/guests/" + std::to_string(i) + "/post_id", b.guests[i].post_id, d.posts, "post");
  }
  for (const auto& m : d.memberships.items) {
    const std::string p = "/memberships/" + m.id;
    v.ref(p + "/organization_id", m.organization_id, d.bodies, "body");
    v.ref(p + "/person_id", m.person_id, d.persons, "person");
    v.org(p + "/on_behalf_of_id", m.on_behalf_of_id);
    v.ref(p + "/deputy_of_id", m.deputy_of_id, d.memberships, "membership");
    v.ref(p + "/post_id", m.post_id, d.posts, "post");
    v.period(p, m.start_date, m.end_date);
    if (m.basis == Basis::by_virtue_of_post && m.post_id.empty())
      v.errors.push_back(Error::invalid(p + "/post_id", "is required when the membership is held by virtue of a post"));
    if (m.role == Role::deputy_member && m.deputy_of_id.empty())
      v.errors.push_back(Error::invalid(p + "/deputy_of_id", "is required for a deputy member"));
  }
}

}  // namespace yp
