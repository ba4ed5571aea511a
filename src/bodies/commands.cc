#include "bodies/commands.h"

#include <algorithm>

#include "program/validate.h"

namespace yp {

Result<Membership> nominate(const Dataset& data, Membership m) {
  if (m.organization_id.empty()) return Error::invalid("/organization_id", "is required");
  if (!data.bodies.find(m.organization_id)) return Error::not_found("/organization_id", "no such body: " + m.organization_id);
  if (m.person_id.empty()) return Error::invalid("/person_id", "is required");
  if (!m.start_date) return Error::invalid("/start_date", "is required");
  if (m.holds_seat() && !m.seat_category) return Error::invalid("/seat_category", "is required for a seat");
  if (m.holds_seat() && m.on_behalf_of_id.empty()) return Error::invalid("/on_behalf_of_id", "is required for a seat");
  if (auto e = first_problem(data, &Dataset::memberships, "memberships", m)) return *e;
  for (const auto& other : data.memberships.items) {
    if (other.organization_id != m.organization_id || other.person_id != m.person_id) continue;
    const bool overlap = (!other.end_date || *m.start_date <= *other.end_date) &&
                         (!m.end_date || !other.start_date || *other.start_date <= *m.end_date);
    if (overlap) return Error::conflict("/person_id", "the person already has a membership in this body over these dates: " + other.id);
  }
  return m;
}

Result<Membership> end_membership(const Dataset& data, const std::string& id, const Date& end_date, const std::string& reason) {
  const auto* found = data.memberships.find(id);
  if (!found) return Error::not_found("", "no such membership: " + id);
  if (found->end_date) return Error::conflict("/end_date", "the membership has already ended on " + found->end_date->iso());
  if (found->start_date && end_date < *found->start_date) return Error::invalid("/end_date", "is before the start date " + found->start_date->iso());
  if (reason.empty()) return Error::invalid("/reason", "is required");
  Membership m = *found;
  m.end_date = end_date;
  m.end_reason = reason;
  return m;
}

}  // namespace yp
