#include "core/commands.h"

#include <algorithm>

#include "core/validate.h"

namespace yp {
namespace {

// Runs the dataset validator on `data` plus `candidate` and returns the first problem that
// concerns the candidate, with its path made relative to the candidate ("/person_id").
template <class T, class C>
std::optional<Error> first_problem(const Dataset& data, C Dataset::*collection, const char* name, const T& candidate) {
  Dataset probe;
  probe.organisations = data.organisations;
  probe.persons = data.persons;
  probe.posts = data.posts;
  probe.bodies = data.bodies;
  probe.agreements = data.agreements;
  probe.statute_sections = data.statute_sections;
  probe.documents = data.documents;
  probe.meetings = data.meetings;
  if constexpr (std::is_same_v<T, Membership>) probe.memberships = data.memberships;
  (probe.*collection).put(candidate);
  const std::string prefix = std::string("/") + name + "/" + candidate.id;
  for (auto& e : validate(probe))
    if (e.path.rfind(prefix + "/", 0) == 0) {
      e.path = e.path.substr(prefix.size());
      return e;
    }
  return std::nullopt;
}

}  // namespace

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

Result<Approval> record_approval(const Dataset& data, Approval a) {
  const auto* agreement = data.agreements.find(a.agreement_id);
  if (!agreement) return Error::not_found("/agreement_id", "no such agreement: " + a.agreement_id);
  if (std::find(agreement->party_ids.begin(), agreement->party_ids.end(), a.party_id) == agreement->party_ids.end())
    return Error::invalid("/party_id", "'" + a.party_id + "' is not a party of the agreement");
  for (const auto* existing : data.approvals_of(a.agreement_id))
    if (existing->party_id == a.party_id) return Error::conflict("/party_id", "this party's approval is already recorded: " + existing->id);
  if (a.approving_body.empty())
    for (const auto& rule : agreement->approvers)
      if (rule.party_id == a.party_id) a.approving_body = rule.approving_body;
  return a;
}

Result<Event> record_event(const Dataset& data, Event e) {
  if (e.id.empty()) return Error::invalid("/id", "is required");
  if (data.events.find(e.id)) return Error::conflict("/id", "an event with this id is already recorded: " + e.id);
  if (e.source.document.empty()) return Error::invalid("/source/document", "is required: the document or minutes the event rests on");
  if (auto problem = first_problem(data, &Dataset::events, "events", e)) return *problem;
  return e;
}

}  // namespace yp
