// The agreements capability's part of the Dataset's validation (program/validator.h): what its
// entities refer to exists, its dates run forwards, its rules are coherent.
#include "agreements/manifest.h"

#include <algorithm>

#include "program/validator.h"

namespace yp {

void AgreementsManifest::validate(Validator& v) {
  const Dataset& d = v.data;
  for (const auto& s : d.statute_sections.items) {
    const std::string p = "/statute_sections/" + s.id;
    if (s.in_force_from && s.in_force_until && *s.in_force_until < *s.in_force_from)
      v.errors.push_back(Error::invalid(p + "/in_force_until", "is before in_force_from"));
    if (s.succeeded_by.empty()) continue;
    v.ref(p + "/succeeded_by", s.succeeded_by, d.statute_sections, "statute section");
    if (!s.in_force_until) v.errors.push_back(Error::invalid(p + "/succeeded_by", "a successor takes over when the section ends: in_force_until is needed"));
    // A successor must take over after its predecessor ends, so following successors always ends.
    if (const auto* next = d.statute_sections.find(s.succeeded_by); next && s.in_force_until && (!next->in_force_from || *next->in_force_from <= *s.in_force_until))
      v.errors.push_back(Error::invalid(p + "/succeeded_by", "'" + next->id + "' must come into force after this section ends"));
  }
  for (const auto& a : d.agreements.items) {
    const std::string p = "/agreements/" + a.id;
    v.orgs(p + "/party_ids", a.party_ids);
    v.refs(p + "/legal_basis", a.legal_basis, d.statute_sections, "statute section");
    v.org(p + "/preparation_coordinator_id", a.preparation_coordinator_id);
    v.refs(p + "/preparation_body_ids", a.preparation_body_ids, d.bodies, "body");
    v.ref(p + "/document", a.document, d.documents, "document");
    v.source(p, a.source);
    for (size_t i = 0; i < a.approvers.size(); ++i)
      v.member_of(p + "/approvers/" + std::to_string(i) + "/party_id", a.approvers[i].party_id, a.party_ids, "agreement");
    for (size_t i = 0; i < a.consultations.size(); ++i) {
      const auto& c = a.consultations[i];
      const std::string cp = p + "/consultations/" + std::to_string(i);
      v.org(cp + "/organization_id", c.organization_id);
      v.ref(cp + "/body_id", c.body_id, d.bodies, "body");
      if (c.organization_id.empty() == c.body_id.empty())
        v.errors.push_back(Error::invalid(cp + "/organization_id", "a consultation names either the organisation or the body consulted"));
    }
    for (size_t i = 0; i < a.clauses.size(); ++i) {
      const auto& c = a.clauses[i];
      const std::string cp = p + "/clauses/" + std::to_string(i);
      v.org(cp + "/bearer_id", c.bearer_id);
      v.org(cp + "/recipient_id", c.recipient_id);
      v.refs(cp + "/legal_basis", c.legal_basis, d.statute_sections, "statute section");
    }
    for (size_t i = 0; i < a.versions.size(); ++i)
      v.org(p + "/versions/" + std::to_string(i) + "/proposed_by_id", a.versions[i].proposed_by_id);
    v.ref(p + "/succeeds_id", a.succeeds_id, d.agreements, "agreement");
    if (a.succeeds_id == a.id) v.errors.push_back(Error::invalid(p + "/succeeds_id", "an agreement cannot renew itself"));
    if (a.entry_into_force == EntryIntoForce::fixed_date && !a.start_date)
      v.errors.push_back(Error::invalid(p + "/start_date", "is required when entry_into_force is fixed_date"));
  }
  for (const auto& ap : d.approvals.items) {
    const std::string p = "/approvals/" + ap.id;
    v.ref(p + "/agreement_id", ap.agreement_id, d.agreements, "agreement");
    if (const auto* a = d.agreements.find(ap.agreement_id)) {
      v.member_of(p + "/party_id", ap.party_id, a->party_ids, "agreement");
      if (!ap.version_id.empty() && std::none_of(a->versions.begin(), a->versions.end(), [&](const AgreementVersion& x) { return x.id == ap.version_id; }))
        v.errors.push_back(Error::invalid(p + "/version_id", "is not a version of the agreement"));
    }
  }
}

}  // namespace yp
