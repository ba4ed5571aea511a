#include "program/validate.h"

#include <algorithm>
#include <cctype>

namespace yp {
namespace {

class Validator {
 public:
  explicit Validator(const Dataset& d) : d_(d) {}
  std::vector<Error> errors;

  template <class C>
  void ref(const std::string& path, const std::string& id, const C& collection, const char* what) {
    if (!id.empty() && !collection.find(id)) errors.push_back(Error::invalid(path, std::string("refers to unknown ") + what + " '" + id + "'"));
  }
  template <class C>
  void refs(const std::string& path, const std::vector<std::string>& ids, const C& collection, const char* what) {
    for (size_t i = 0; i < ids.size(); ++i) ref(path + "/" + std::to_string(i), ids[i], collection, what);
  }
  void org(const std::string& path, const std::string& id) { ref(path, id, d_.organisations, "organisation"); }
  void orgs(const std::string& path, const std::vector<std::string>& ids) { refs(path, ids, d_.organisations, "organisation"); }
  void period(const std::string& path, const std::optional<Date>& start, const std::optional<Date>& end) {
    if (start && end && *end < *start) errors.push_back(Error::invalid(path + "/end_date", "is before the start date"));
  }
  void source(const std::string& path, const Source& s) {
    if (!s.document.empty() && s.document.find('/') == std::string::npos && !d_.documents.find(s.document))
      errors.push_back(Error::invalid(path + "/source/document", "refers to unknown document '" + s.document + "'"));
  }
  void decimal(const std::string& path, const std::string& value) {
    if (!parse_decimal(value)) errors.push_back(Error::invalid(path, "must be a decimal number such as 5 or -2.5"));
  }
  void member_of(const std::string& path, const std::string& id, const std::vector<std::string>& parties, const char* what) {
    if (!id.empty() && std::find(parties.begin(), parties.end(), id) == parties.end())
      errors.push_back(Error::invalid(path, "'" + id + "' is not a party of the " + what));
  }

  void run();

 private:
  void collisions();
  const Dataset& d_;
};

bool valid_id(const std::string& id) {
  if (id.empty()) return false;
  for (char c : id)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == ':')) return false;
  return true;
}

void Validator::run() {
  d_.for_each_collection([&](const char* name, const auto& collection) {
    for (const auto& item : collection.items)
      if (!valid_id(item.id))
        errors.push_back(Error::invalid(std::string("/") + name + "/" + item.id + "/id",
                                        "must be letters, digits, '-', '_', '.' or ':' (no spaces or slashes)"));
  });
  for (const auto& o : d_.organisations.items) {
    const std::string p = "/organisations/" + o.id;
    orgs(p + "/parent_ids", o.parent_ids);
    period(p, o.founding_date, o.dissolution_date);
    source(p, o.source);
  }
  for (const auto& t : d_.council_terms.items)
    if (t.end_date < t.start_date) errors.push_back(Error::invalid("/council_terms/" + t.id + "/end_date", "is before the start date"));
  for (const auto& s : d_.statute_sections.items)
    if (s.in_force_from && s.in_force_until && *s.in_force_until < *s.in_force_from)
      errors.push_back(Error::invalid("/statute_sections/" + s.id + "/in_force_until", "is before in_force_from"));
  for (const auto& p : d_.posts.items) org("/posts/" + p.id + "/organization_id", p.organization_id);
  for (const auto& h : d_.post_holdings.items) {
    const std::string p = "/post_holdings/" + h.id;
    ref(p + "/post_id", h.post_id, d_.posts, "post");
    ref(p + "/person_id", h.person_id, d_.persons, "person");
    period(p, h.start_date, h.end_date);
  }
  for (const auto& a : d_.agreements.items) {
    const std::string p = "/agreements/" + a.id;
    orgs(p + "/party_ids", a.party_ids);
    refs(p + "/legal_basis", a.legal_basis, d_.statute_sections, "statute section");
    org(p + "/preparation_coordinator_id", a.preparation_coordinator_id);
    refs(p + "/preparation_body_ids", a.preparation_body_ids, d_.bodies, "body");
    ref(p + "/document", a.document, d_.documents, "document");
    source(p, a.source);
    for (size_t i = 0; i < a.approvers.size(); ++i)
      member_of(p + "/approvers/" + std::to_string(i) + "/party_id", a.approvers[i].party_id, a.party_ids, "agreement");
    for (size_t i = 0; i < a.consultations.size(); ++i)
      org(p + "/consultations/" + std::to_string(i) + "/organization_id", a.consultations[i].organization_id);
    for (size_t i = 0; i < a.clauses.size(); ++i) {
      const auto& c = a.clauses[i];
      const std::string cp = p + "/clauses/" + std::to_string(i);
      org(cp + "/bearer_id", c.bearer_id);
      org(cp + "/recipient_id", c.recipient_id);
      refs(cp + "/legal_basis", c.legal_basis, d_.statute_sections, "statute section");
    }
    for (size_t i = 0; i < a.versions.size(); ++i)
      org(p + "/versions/" + std::to_string(i) + "/proposed_by_id", a.versions[i].proposed_by_id);
    if (a.entry_into_force == EntryIntoForce::fixed_date && !a.start_date)
      errors.push_back(Error::invalid(p + "/start_date", "is required when entry_into_force is fixed_date"));
  }
  for (const auto& ap : d_.approvals.items) {
    const std::string p = "/approvals/" + ap.id;
    ref(p + "/agreement_id", ap.agreement_id, d_.agreements, "agreement");
    if (const auto* a = d_.agreements.find(ap.agreement_id)) member_of(p + "/party_id", ap.party_id, a->party_ids, "agreement");
  }
  for (const auto& b : d_.bodies.items) {
    const std::string p = "/bodies/" + b.id;
    ref(p + "/agreement_id", b.agreement_id, d_.agreements, "agreement");
    ref(p + "/parent_body_id", b.parent_body_id, d_.bodies, "body");
    orgs(p + "/party_ids", b.party_ids);
    org(p + "/convener_id", b.convener_id);
    org(p + "/secretary_organization_id", b.secretary_organization_id);
    source(p, b.source);
    for (size_t i = 0; i < b.seat_quotas.size(); ++i) {
      const auto& q = b.seat_quotas[i];
      const std::string qp = p + "/seat_quotas/" + std::to_string(i);
      org(qp + "/party_id", q.party_id);
      if (q.count < 1) errors.push_back(Error::invalid(qp + "/count", "must be at least 1"));
      if (static_cast<int>(q.posts.size()) > q.count) errors.push_back(Error::invalid(qp + "/posts", "names more posts than the quota has seats"));
      for (size_t k = 0; k < q.posts.size(); ++k) {
        const auto* post = d_.posts.find(q.posts[k]);
        if (!post) errors.push_back(Error::invalid(qp + "/posts/" + std::to_string(k), "refers to unknown post '" + q.posts[k] + "'"));
        else if (post->organization_id != q.party_id) errors.push_back(Error::invalid(qp + "/posts/" + std::to_string(k), "post '" + q.posts[k] + "' is not in the quota's party"));
      }
    }
    for (size_t i = 0; i < b.chair_rules.size(); ++i) {
      const std::string rp = p + "/chair_rules/" + std::to_string(i);
      org(rp + "/party_id", b.chair_rules[i].party_id);
      refs(rp + "/posts", b.chair_rules[i].posts, d_.posts, "post");
      orgs(rp + "/rotation", b.chair_rules[i].rotation);
      if (b.chair_rules[i].role != Role::chair && b.chair_rules[i].role != Role::vice_chair)
        errors.push_back(Error::invalid(rp + "/role", "must be chair or vice_chair"));
    }
    for (size_t i = 0; i < b.guests.size(); ++i) ref(p + "/guests/" + std::to_string(i) + "/post_id", b.guests[i].post_id, d_.posts, "post");
  }
  for (const auto& m : d_.memberships.items) {
    const std::string p = "/memberships/" + m.id;
    ref(p + "/organization_id", m.organization_id, d_.bodies, "body");
    ref(p + "/person_id", m.person_id, d_.persons, "person");
    org(p + "/on_behalf_of_id", m.on_behalf_of_id);
    ref(p + "/deputy_of_id", m.deputy_of_id, d_.memberships, "membership");
    ref(p + "/post_id", m.post_id, d_.posts, "post");
    period(p, m.start_date, m.end_date);
    if (m.basis == Basis::by_virtue_of_post && m.post_id.empty())
      errors.push_back(Error::invalid(p + "/post_id", "is required when the membership is held by virtue of a post"));
    if (m.role == Role::deputy_member && m.deputy_of_id.empty())
      errors.push_back(Error::invalid(p + "/deputy_of_id", "is required for a deputy member"));
  }
  for (const auto& r : d_.registers.items) org("/registers/" + r.id + "/controller_id", r.controller_id);
  for (const auto& b : d_.disclosure_bases.items) {
    ref("/disclosure_bases/" + b.id + "/statute_section_id", b.statute_section_id, d_.statute_sections, "statute section");
    orgs("/disclosure_bases/" + b.id + "/between_controllers", b.between_controllers);
    for (const auto* flags : {&b.required_flags, &b.blocked_by})
      for (const auto& f : *flags)
        if (f != "kanta_notice" && f != "prohibition")
          errors.push_back(Error::invalid("/disclosure_bases/" + b.id + (flags == &b.required_flags ? "/requires" : "/blocked_by"),
                                          "'" + f + "' is not a patient flag: use kanta_notice or prohibition"));
  }
  for (const auto& e : d_.events.items) {
    const std::string p = "/events/" + e.id;
    orgs(p + "/party_ids", e.party_ids);
    ref(p + "/body_id", e.body_id, d_.bodies, "body");
    ref(p + "/agreement_id", e.agreement_id, d_.agreements, "agreement");
    refs(p + "/legal_basis", e.legal_basis, d_.statute_sections, "statute section");
    ref(p + "/meeting_id", e.meeting_id, d_.meetings, "meeting");
    source(p, e.source);
  }
  for (const auto& param : d_.parameters.items)
    for (size_t i = 0; i < param.values.size(); ++i)
      decimal("/parameters/" + param.id + "/values/" + std::to_string(i) + "/value", param.values[i].value);
  for (const auto& m : d_.measurements.items) {
    org("/measurements/" + m.id + "/subject_id", m.subject_id);
    decimal("/measurements/" + m.id + "/value", m.value);
  }
  for (const auto& x : d_.priorities.items) {
    ref("/priorities/" + x.id + "/agreement_id", x.agreement_id, d_.agreements, "agreement");
    ref("/priorities/" + x.id + "/body_id", x.body_id, d_.bodies, "body");
    source("/priorities/" + x.id, x.source);
  }
  for (const auto& x : d_.indicators.items) {
    const std::string p = "/indicators/" + x.id;
    if (x.baseline) decimal(p + "/baseline/value", x.baseline->value);
    for (size_t i = 0; i < x.targets.size(); ++i) decimal(p + "/targets/" + std::to_string(i) + "/value", x.targets[i].value);
    source(p, x.source);
  }
  for (const auto& x : d_.goals.items) {
    ref("/goals/" + x.id + "/priority_id", x.priority_id, d_.priorities, "priority");
    refs("/goals/" + x.id + "/indicator_ids", x.indicator_ids, d_.indicators, "indicator");
    source("/goals/" + x.id, x.source);
  }
  for (const auto& x : d_.responsibility_pairs.items) {
    const std::string p = "/responsibility_pairs/" + x.id;
    ref(p + "/goal_id", x.goal_id, d_.goals, "goal");
    ref(p + "/person_id", x.person_id, d_.persons, "person");
    ref(p + "/hus_person_id", x.hus_person_id, d_.persons, "person");
    org(p + "/party_id", x.party_id);
    org(p + "/hus_party_id", x.hus_party_id);
    if (x.end_date && *x.end_date < x.start_date) errors.push_back(Error::invalid(p + "/end_date", "is before the start date"));
  }
  for (const auto& x : d_.indicator_values.items) {
    const std::string p = "/indicator_values/" + x.id;
    ref(p + "/indicator_id", x.indicator_id, d_.indicators, "indicator");
    org(p + "/region_id", x.region_id);
    decimal(p + "/value", x.value);
  }
  for (const auto& rules : d_.budget_rules.items) {
    const std::string p = "/budget_rules/" + rules.id;
    ref(p + "/agreement_id", rules.agreement_id, d_.agreements, "agreement");
    ref(p + "/confirming_body_id", rules.confirming_body_id, d_.bodies, "body");
    if (rules.plan_years < 1) errors.push_back(Error::invalid(p + "/plan_years", "must be 1 or more"));
    if (rules.stages.empty()) errors.push_back(Error::invalid(p + "/stages", "names at least one stage of the frame"));
    source(p, rules.source);
  }
  for (const auto& f : d_.budget_frames.items) {
    const std::string p = "/budget_frames/" + f.id;
    ref(p + "/rules_id", f.rules_id, d_.budget_rules, "budget rules");
    for (size_t i = 0; i < f.fee_shares.size(); ++i) org(p + "/fee_shares/" + std::to_string(i) + "/member_id", f.fee_shares[i].member_id);
  }
  for (const auto& x : d_.budget_explanations.items) {
    const std::string p = "/budget_explanations/" + x.id;
    org(p + "/member_id", x.member_id);
    ref(p + "/measurement_id", x.measurement_id, d_.measurements, "measurement");
    ref(p + "/event_id", x.event_id, d_.events, "event");
  }
  for (const auto& duty : d_.duties.items) {
    const std::string p = "/duties/" + duty.id;
    if (duty.trigger) ref(p + "/trigger/threshold_parameter", duty.trigger->threshold_parameter, d_.parameters, "parameter");
    if ((duty.window.anchor == AnchorKind::each_trigger) != duty.trigger.has_value())
      errors.push_back(Error::invalid(p + "/trigger", "a trigger goes with the anchor each_trigger, and that anchor needs one"));
    if (duty.count.concerns == "anchor" && duty.window.anchor != AnchorKind::each_trigger)
      errors.push_back(Error::invalid(p + "/count/concerns", "anchor needs a window anchored on each trigger"));
    const auto& roll = duty.bearer;
    if (roll.kind == RollKind::organisation) org(p + "/bearer/id", roll.id);
    if (roll.kind == RollKind::body) ref(p + "/bearer/id", roll.id, d_.bodies, "body");
    if (roll.kind == RollKind::agreement) ref(p + "/bearer/id", roll.id, d_.agreements, "agreement");
    if ((roll.kind == RollKind::organisation || roll.kind == RollKind::body || roll.kind == RollKind::agreement) && roll.id.empty())
      errors.push_back(Error::invalid(p + "/bearer/id", "is required for this kind of roll"));
    const auto& w = duty.window;
    if ((w.kind == WindowKind::calendar_year || w.kind == WindowKind::month || w.kind == WindowKind::rolling) && !duty.in_force_from)
      errors.push_back(Error::invalid(p + "/in_force_from", "is required for yearly, monthly and rolling windows (where they begin)"));
    if (w.kind == WindowKind::rolling && w.days < 1) errors.push_back(Error::invalid(p + "/window/days", "a rolling window needs days, at least 1"));
    if (w.kind == WindowKind::fixed && (!w.from || !w.until)) errors.push_back(Error::invalid(p + "/window/until", "fixed windows need from and until"));
    if ((w.kind == WindowKind::after_anchor || w.kind == WindowKind::before_anchor) && !w.anchor)
      errors.push_back(Error::invalid(p + "/window/anchor", "is required for after_anchor and before_anchor"));
    if (w.anchor == AnchorKind::each_event && !w.anchor_event)
      errors.push_back(Error::invalid(p + "/window/anchor_event", "is required with the anchor each_event"));
    if (w.kind == WindowKind::after_anchor && w.anchor && w.anchor != AnchorKind::all_parties_approved && w.anchor != AnchorKind::each_trigger)
      errors.push_back(Error::invalid(p + "/window/anchor", "after_anchor counts from all_parties_approved or each_trigger"));
    org(p + "/count/party", duty.count.party);
    if (!duty.count.parties.empty() && duty.count.parties != "subject" && duty.count.parties != "anchor")
      errors.push_back(Error::invalid(p + "/count/parties", "must be subject or anchor"));
    if (duty.count.parties == "anchor" && w.anchor != AnchorKind::each_event)
      errors.push_back(Error::invalid(p + "/count/parties", "anchor needs a window anchored on each event"));
    if (w.kind == WindowKind::council_term && !w.term_kind && roll.kind != RollKind::body && roll.kind != RollKind::bodies)
      errors.push_back(Error::invalid(p + "/window/term_kind", "is required unless the bearer is a body (whose cadence says)"));
    if (!duty.count.at_least && !duty.count.at_most && roll.kind != RollKind::body && roll.kind != RollKind::bodies)
      errors.push_back(Error::invalid(p + "/count/at_least", "at_least or at_most is required unless the bearer is a body (whose cadence says)"));
    ref(p + "/statute_section_id", duty.statute_section_id, d_.statute_sections, "statute section");
    ref(p + "/agreement_id", duty.agreement_id, d_.agreements, "agreement");
    ref(p + "/count/legal_basis", duty.count.legal_basis, d_.statute_sections, "statute section");
    if (duty.count.body != "subject") ref(p + "/count/body", duty.count.body, d_.bodies, "body");
    if (duty.count.agreement != "subject") ref(p + "/count/agreement", duty.count.agreement, d_.agreements, "agreement");
    for (size_t i = 0; i < duty.overrides.size(); ++i) {
      ref(p + "/overrides/" + std::to_string(i) + "/duty_id", duty.overrides[i].duty_id, d_.duties, "duty");
      if (duty.overrides[i].duty_id == duty.id) errors.push_back(Error::invalid(p + "/overrides/" + std::to_string(i) + "/duty_id", "a duty cannot override itself"));
    }
    source(p, duty.source);
  }
  collisions();
  for (const auto& a : d_.actions.items) {
    const std::string p = "/actions/" + a.id;
    ref(p + "/meeting_id", a.meeting_id, d_.meetings, "meeting");
    org(p + "/responsible_organisation_id", a.responsible_organisation_id);
    ref(p + "/responsible_person_id", a.responsible_person_id, d_.persons, "person");
    if ((a.status == ActionStatus::done || a.status == ActionStatus::cancelled) && !a.closed_date)
      errors.push_back(Error::invalid(p + "/closed_date", "is required for an action that is done or cancelled"));
  }
  for (const auto& t : d_.feed_tokens.items)
    if (!d_.bodies.find(t.scope_id) && !d_.organisations.find(t.scope_id))
      errors.push_back(Error::invalid("/feed_tokens/" + t.id + "/scope_id", "refers to no body or organisation: '" + t.scope_id + "'"));
  for (const auto& w : d_.waivers.items) ref("/waivers/" + w.id + "/duty_id", w.duty_id, d_.duties, "duty");
  for (const auto& m : d_.meetings.items) {
    const std::string p = "/meetings/" + m.id;
    ref(p + "/body_id", m.body_id, d_.bodies, "body");
    org(p + "/organiser_id", m.organiser_id);
    orgs(p + "/party_ids", m.party_ids);
    refs(p + "/legal_basis", m.legal_basis, d_.statute_sections, "statute section");
    for (size_t i = 0; i < m.participants.size(); ++i) {
      const std::string pp = p + "/participants/" + std::to_string(i);
      ref(pp + "/person_id", m.participants[i].person_id, d_.persons, "person");
      ref(pp + "/post_id", m.participants[i].post_id, d_.posts, "post");
      org(pp + "/on_behalf_of_id", m.participants[i].on_behalf_of_id);
    }
    for (size_t i = 0; i < m.items.size(); ++i) {
      const auto& item = m.items[i];
      const std::string ip = p + "/items/" + std::to_string(i);
      ref(ip + "/presenter_id", item.presenter_id, d_.persons, "person");
      for (size_t k = 0; k < item.statements.size(); ++k)
        refs(ip + "/statements/" + std::to_string(k) + "/person_ids", item.statements[k].person_ids, d_.persons, "person");
      for (size_t k = 0; k < item.disqualifications.size(); ++k)
        ref(ip + "/disqualifications/" + std::to_string(k) + "/person_id", item.disqualifications[k].person_id, d_.persons, "person");
    }
  }
}

// Two duties collide when they would judge the same bearers by counting the same events over the
// same windows: one must say it overrides the other (no silent precedence).
void Validator::collisions() {
  auto key = [](const Duty& d) {
    const auto& c = d.count;
    const auto& w = d.window;
    return std::string(name_of(d.bearer.kind)) + "|" + d.bearer.id + "|" + std::string(name_of(w.kind)) + "|" +
           (w.term_kind ? std::string(name_of(*w.term_kind)) : "") + "|" + (w.from ? w.from->iso() : "") + "|" +
           (w.until ? w.until->iso() : "") + "|" + (w.anchor ? std::string(name_of(*w.anchor)) : "") + "|" +
           std::string(name_of(c.event)) + "|" + c.legal_basis + "|" + c.topic + "|" + c.parties + "|" + c.party + "|" + c.body + "|" +
           c.agreement + "|" + (d.bearer.may_decide ? (*d.bearer.may_decide ? "1" : "0") : "") + "|" +
           [&] {
             std::string cadences;
             for (const auto& k : d.bearer.cadence) cadences += k + ",";
             return cadences;
           }();
  };
  auto overrides = [](const Duty& a, const Duty& b) {
    return std::any_of(a.overrides.begin(), a.overrides.end(), [&](const Override& o) { return o.duty_id == b.id; });
  };
  const auto& duties = d_.duties.items;
  for (size_t i = 0; i < duties.size(); ++i)
    for (size_t j = i + 1; j < duties.size(); ++j)
      if (key(duties[i]) == key(duties[j]) && !overrides(duties[i], duties[j]) && !overrides(duties[j], duties[i]))
        errors.push_back(Error::invalid("/duties/" + duties[j].id + "/overrides",
                                        "collides with duty '" + duties[i].id +
                                            "' (same bearers, windows and events): one of them must override the other"));
}

}  // namespace

std::vector<Error> validate(const Dataset& data) {
  Validator v(data);
  v.run();
  return std::move(v.errors);
}

}  // namespace yp
