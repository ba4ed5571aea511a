// The meetings capability's part of the Dataset's validation (program/validator.h): what its
// entities refer to exists, its dates run forwards, its rules are coherent.
#include "meetings/manifest.h"

#include "program/validator.h"

namespace yp {

void MeetingsManifest::validate(Validator& v) {
  const Dataset& d = v.data;
  for (const auto& a : d.actions.items) {
    const std::string p = "/actions/" + a.id;
    v.ref(p + "/meeting_id", a.meeting_id, d.meetings, "meeting");
    v.org(p + "/responsible_organisation_id", a.responsible_organisation_id);
    v.ref(p + "/responsible_person_id", a.responsible_person_id, d.persons, "person");
    if ((a.status == ActionStatus::done || a.status == ActionStatus::cancelled) && !a.closed_date)
      v.errors.push_back(Error::coded(ErrorKind::invalid, p + "/closed_date", "meetings.closed_needs_date"));
  }
  for (const auto& m : d.meetings.items) {
    const std::string p = "/meetings/" + m.id;
    v.ref(p + "/body_id", m.body_id, d.bodies, "body");
    v.org(p + "/organiser_id", m.organiser_id);
    v.orgs(p + "/party_ids", m.party_ids);
    v.refs(p + "/legal_basis", m.legal_basis, d.statute_sections, "statute section");
    for (size_t i = 0; i < m.participants.size(); ++i) {
      const std::string pp = p + "/participants/" + std::to_string(i);
      v.ref(pp + "/person_id", m.participants[i].person_id, d.persons, "person");
      v.ref(pp + "/post_id", m.participants[i].post_id, d.posts, "post");
      v.org(pp + "/on_behalf_of_id", m.participants[i].on_behalf_of_id);
    }
    for (size_t i = 0; i < m.items.size(); ++i) {
      const auto& item = m.items[i];
      const std::string ip = p + "/items/" + std::to_string(i);
      v.ref(ip + "/presenter_id", item.presenter_id, d.persons, "person");
      for (size_t k = 0; k < item.statements.size(); ++k)
        v.refs(ip + "/statements/" + std::to_string(k) + "/person_ids", item.statements[k].person_ids, d.persons, "person");
      for (size_t k = 0; k < item.disqualifications.size(); ++k)
        v.ref(ip + "/disqualifications/" + std::to_string(k) + "/person_id", item.disqualifications[k].person_id, d.persons, "person");
    }
  }
}

}  // namespace yp
