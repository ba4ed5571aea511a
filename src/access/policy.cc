#include "access/access.h"

namespace yp {

bool Principal::is_admin() const {
  for (const auto& g : grants)
    if (g.role == AccessRole::administrator) return true;
  return false;
}

bool Principal::holds(AccessRole role, const std::string& scope_id) const {
  if (is_admin()) return true;
  for (const auto& g : grants)
    if (g.role == role && g.scope_id == scope_id) return true;
  return false;
}

std::optional<Error> authorize(const Principal& who, const Allowed& allowed, const std::string& what) {
  if (!who.signed_in()) return Error::unauthenticated("sign in to " + what);
  if (who.is_admin()) return std::nullopt;
  for (const auto& g : allowed)
    if (who.holds(g.role, g.scope_id)) return std::nullopt;
  std::string needed;
  for (const auto& g : allowed) needed += (needed.empty() ? "" : " or ") + std::string(name_of(g.role)) + " of " + g.scope_id;
  return Error::forbidden(who.account_id + " may not " + what + (needed.empty() ? ": administrators only" : ": it takes the " + needed));
}

Allowed may_run_meetings_of(const Dataset&, const std::string& body_id) { return {{AccessRole::secretary, body_id}}; }

Allowed may_run_meeting(const Dataset& data, const std::string& meeting_id) {
  const auto* m = data.meetings.find(meeting_id);
  if (!m || m->body_id.empty()) return {};  // only administrators touch a meeting of no body of ours
  return {{AccessRole::secretary, m->body_id}};
}

Allowed may_answer_action(const Dataset& data, const std::string& action_id) {
  const auto* a = data.actions.find(action_id);
  if (!a) return {};
  Allowed allowed = may_run_meeting(data, a->meeting_id);
  if (!a->responsible_organisation_id.empty()) allowed.push_back({AccessRole::coordinator, a->responsible_organisation_id});
  return allowed;
}

Allowed may_act_for(const std::string& organisation_id) { return {{AccessRole::coordinator, organisation_id}}; }

Allowed may_end_membership(const Dataset& data, const std::string& membership_id) {
  const auto* m = data.memberships.find(membership_id);
  if (!m || m->on_behalf_of_id.empty()) return {};
  return may_act_for(m->on_behalf_of_id);
}

Allowed administrators_only() { return {}; }

bool may_read_confidential(const Principal& who, const std::string& body_id) {
  return who.is_admin() || (!body_id.empty() && who.holds(AccessRole::secretary, body_id));
}

std::optional<Error> validate_grant(const Dataset& data, const Grant& g, const std::string& path) {
  switch (g.role) {
    case AccessRole::secretary:
      if (!data.bodies.find(g.scope_id)) return Error::invalid(path + "/scope_id", "a secretary's scope is a body: no body '" + g.scope_id + "'");
      return std::nullopt;
    case AccessRole::coordinator:
      if (!data.organisations.find(g.scope_id))
        return Error::invalid(path + "/scope_id", "a coordinator's scope is an organisation: no organisation '" + g.scope_id + "'");
      return std::nullopt;
    case AccessRole::administrator:
    case AccessRole::reader:
      if (!g.scope_id.empty()) return Error::invalid(path + "/scope_id", "the role " + std::string(name_of(g.role)) + " has no scope");
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace yp
