#include "access/access.h"

#include <algorithm>
#include <set>

#include "core/messages.h"

namespace yp {

namespace {

Text scope_name(const Grant& g, const Dataset* names) {
  if (names) {
    if (g.role == AccessRole::secretary)
      if (const auto* b = names->bodies.find(g.scope_id)) return b->name;
    if (const auto* o = names->organisations.find(g.scope_id)) return o->name;
  }
  return {g.scope_id, g.scope_id, g.scope_id};
}

// "the coordinator's grant for Helsinki or the secretary's grant for …", in each language.
Text needed_text(const Allowed& allowed, const Dataset* names, const char* joiner) {
  Text out;
  for (const char* lang : {"fi", "sv", "en"}) {
    std::string text;
    for (const auto& g : allowed) {
      if (!text.empty()) text += render_message(joiner, {}, lang);
      const std::string role = std::string("access.role.") + std::string(name_of(g.role));
      text += render_message(role, {{"scope", "", false, scope_name(g, names)}}, lang);
    }
    (lang == std::string("fi") ? out.fi : lang == std::string("sv") ? out.sv : out.en) = text;
  }
  return out;
}

bool satisfies(const Principal& who, const Allowed& allowed) {
  for (const auto& g : allowed)
    if (who.holds(g.role, g.scope_id)) return true;
  return false;
}

std::optional<Error> refusal(const Principal& who, const std::string& action, const Text& needed) {
  if (needed.empty())
    return Error::coded(ErrorKind::forbidden, "", "access.forbidden_admins", {{"account", who.account_id}, {"action", action, true}});
  return Error::coded(ErrorKind::forbidden, "", "access.forbidden", {{"account", who.account_id}, {"action", action, true}, {"needed", "", false, needed}});
}

}  // namespace

std::optional<Error> authorize(const Principal& who, const Allowed& allowed, const std::string& action, const Dataset* names) {
  if (!who.signed_in()) return Error::coded(ErrorKind::unauthenticated, "", "access.sign_in_to", {{"action", action, true}});
  if (who.is_admin() || satisfies(who, allowed)) return std::nullopt;
  return refusal(who, action, needed_text(allowed, names, "access.or"));
}

std::optional<Error> authorize_each(const Principal& who, const std::vector<Allowed>& each, const std::string& action, const Dataset* names,
                                    std::vector<std::string>* acted_as) {
  if (!who.signed_in()) return Error::coded(ErrorKind::unauthenticated, "", "access.sign_in_to", {{"action", action, true}});
  if (who.is_admin()) {
    if (acted_as) *acted_as = {"administrator"};
    return std::nullopt;
  }
  if (each.empty()) return refusal(who, action, {});
  Allowed missing;
  std::vector<std::string> used;
  for (const auto& allowed : each) {
    const Grant* by = nullptr;
    for (const auto& g : allowed)
      if (!by && who.holds(g.role, g.scope_id)) by = &g;
    if (!by) {
      if (!allowed.empty()) missing.push_back(allowed.front());
      else return refusal(who, action, {});
      continue;
    }
    const std::string as = std::string(name_of(by->role)) + ":" + by->scope_id;
    if (std::find(used.begin(), used.end(), as) == used.end()) used.push_back(as);
  }
  if (!missing.empty()) return refusal(who, action, needed_text(missing, names, "access.and"));
  if (acted_as) *acted_as = std::move(used);
  return std::nullopt;
}

bool permits(const Principal& who, const std::vector<Allowed>& each) {
  return !authorize_each(who, each, "action.operation");
}

Allowed may_run_meetings_of(const Dataset&, const std::string& body_id) { return {{AccessRole::secretary, body_id}}; }

Allowed may_run_meeting(const Dataset& data, const std::string& meeting_id) {
  const auto* m = data.meetings.find(meeting_id);
  if (!m) return {};
  if (!m->body_id.empty()) return {{AccessRole::secretary, m->body_id}};
  // A negotiation between parties is run by the coordinator of the party that convened it; any other
  // meeting of no body of ours only by administrators.
  if (m->kind == MeetingKind::negotiation && !m->organiser_id.empty()) return may_act_for(m->organiser_id);
  return {};
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

std::vector<Allowed> may_record_event(const Dataset& data, const Event& e) {
  // The secretary of the body whose meeting the event comes from acts for that meeting's parties.
  const auto* meeting = e.meeting_id.empty() ? nullptr : data.meetings.find(e.meeting_id);
  auto in_meeting = [&](const std::string& party) {
    return meeting && !meeting->body_id.empty() && std::find(meeting->party_ids.begin(), meeting->party_ids.end(), party) != meeting->party_ids.end();
  };
  std::vector<Allowed> each;
  std::set<std::string> parties(e.party_ids.begin(), e.party_ids.end());
  if (const auto* a = e.agreement_id.empty() ? nullptr : data.agreements.find(e.agreement_id)) parties.insert(a->party_ids.begin(), a->party_ids.end());
  for (const auto& party : parties) {
    Allowed allowed = may_act_for(party);
    if (in_meeting(party)) allowed.push_back({AccessRole::secretary, meeting->body_id});
    each.push_back(std::move(allowed));
  }
  if (!e.body_id.empty()) each.push_back(may_run_meetings_of(data, e.body_id));
  return each;
}

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
