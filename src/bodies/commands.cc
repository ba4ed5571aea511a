#include "bodies/commands.h"

#include <algorithm>

#include "bodies/ex_officio.h"
#include "program/validate.h"
#include "registry/naming.h"
#include "core/refusal.h"

namespace yp {
namespace {

const Refusals refused("bodies");

}  // namespace

std::string seat_party(const Dataset& data, const Membership& m) {
  if (!m.on_behalf_of_id.empty()) return m.on_behalf_of_id;
  const auto* of = data.memberships.find(m.deputy_of_id);
  return of ? of->on_behalf_of_id : std::string();
}

Result<Membership> nominate(const Dataset& data, Membership m) {
  const Body* body = data.bodies.find(m.organization_id);
  if (!body) return refused(ErrorKind::not_found, "/organization_id", "no_body", {{"id", m.organization_id}});
  if (m.person_id.empty()) return Error::coded(ErrorKind::invalid, "/person_id", "codec.required");
  if (!data.persons.find(m.person_id)) return Error::coded(ErrorKind::invalid, "/person_id", "registry.no_person", {{"id", m.person_id}});
  if (!m.start_date) return Error::coded(ErrorKind::invalid, "/start_date", "codec.required");
  if (m.holds_seat() && !m.seat_category) return refused(ErrorKind::invalid, "/seat_category", "seat_needs_category");
  if (m.holds_seat() && m.on_behalf_of_id.empty()) return refused(ErrorKind::invalid, "/on_behalf_of_id", "seat_needs_party");
  if (!m.on_behalf_of_id.empty() && std::find(body->party_ids.begin(), body->party_ids.end(), m.on_behalf_of_id) == body->party_ids.end())
    return refused(ErrorKind::invalid, "/on_behalf_of_id", "not_a_party", {name_param("party", org_name(data, m.on_behalf_of_id)), name_param("body", body->name)});
  if (m.role == Role::deputy_member) {
    if (m.deputy_of_id.empty()) return refused(ErrorKind::invalid, "/deputy_of_id", "deputy_of_whom");
    const auto* of = data.memberships.find(m.deputy_of_id);
    if (!of || of->organization_id != m.organization_id || !of->holds_seat() || !of->active_on(*m.start_date))
      return refused(ErrorKind::invalid, "/deputy_of_id", "deputy_of_no_member", {name_param("body", body->name)});
    m.on_behalf_of_id = seat_party(data, m);
    if (!m.seat_category) m.seat_category = of->seat_category;
    if (of->on_behalf_of_id != m.on_behalf_of_id)
      return refused(ErrorKind::invalid, "/deputy_of_id", "deputy_other_party", {person_param(data, of->person_id), name_param("party", org_name(data, of->on_behalf_of_id))});
    for (const auto& other : data.memberships.items)
      if (other.deputy_of_id == m.deputy_of_id && other.role == Role::deputy_member &&
          periods_overlap(other.start_date, other.end_date, m.start_date, m.end_date))
        return refused(ErrorKind::conflict, "/deputy_of_id", "has_deputy", {person_param(data, of->person_id), person_param(data, other.person_id, "deputy")});
  }
  if (m.basis == Basis::by_virtue_of_post) {
    const auto* post = data.posts.find(m.post_id);
    if (!post) return Error::coded(ErrorKind::invalid, "/post_id", "registry.no_post", {{"id", m.post_id}});
    // A seat by virtue of a post is the seat of the post's own organisation.
    if (post->organization_id != m.on_behalf_of_id)
      return refused(ErrorKind::invalid, "/post_id", "post_of_another", {name_param("post", post->label), name_param("party", org_name(data, m.on_behalf_of_id))});
    if (data.holder_of(m.post_id, *m.start_date) != m.person_id)
      return refused(ErrorKind::invalid, "/post_id", "not_the_holder", {person_param(data, m.person_id), name_param("post", post->label), {"on", m.start_date->finnish()}});
  }
  if (auto e = first_problem(data, &Dataset::memberships, "memberships", m)) return *e;
  for (const auto& other : data.memberships.items) {
    if (other.organization_id != m.organization_id || other.person_id != m.person_id) continue;
    if (periods_overlap(other.start_date, other.end_date, m.start_date, m.end_date)) return refused(ErrorKind::conflict, "/person_id", "already_member", {person_param(data, m.person_id), name_param("body", body->name)});
  }
  return m;
}

Result<Membership> end_membership(const Dataset& data, const std::string& id, const Date& end_date, const std::string& reason) {
  const auto* found = data.memberships.find(id);
  if (!found) return refused(ErrorKind::not_found, "", "no_membership", {{"id", id}});
  if (found->end_date)
    return refused(ErrorKind::conflict, "/end_date", "membership_ended",
                   {person_param(data, found->person_id), {"until", found->end_date->finnish()}});
  if (found->start_date && end_date < *found->start_date)
    return Error::coded(ErrorKind::invalid, "/end_date", "registry.end_before_start", {{"start", found->start_date->finnish()}});
  if (reason.empty()) return Error::coded(ErrorKind::invalid, "/reason", "codec.required");
  Membership m = *found;
  m.end_date = end_date;
  m.end_reason = reason;
  return m;
}

}  // namespace yp
