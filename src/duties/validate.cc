// The duties capability's part of the Dataset's validation (program/validator.h): what its
// entities refer to exists, its dates run forwards, its rules are coherent.
#include "duties/manifest.h"

#include <algorithm>

#include "program/validator.h"

namespace yp {
namespace {

// Two duties collide when they would judge the same bearers by counting the same events over the
// same windows: one must say it overrides the other (no silent precedence).
void duty_collisions(Validator& v) {
  auto key = [](const Duty& d) {
    const auto& c = d.count;
    const auto& w = d.window;
    return std::string(name_of(d.bearer.kind)) + "|" + d.bearer.id + "|" + std::string(name_of(w.kind)) + "|" +
           (w.term_kind ? std::string(name_of(*w.term_kind)) : "") + "|" + (w.from ? w.from->iso() : "") + "|" +
           (w.until ? w.until->iso() : "") + "|" + (w.anchor ? std::string(name_of(*w.anchor)) : "") + "|" +
           std::string(name_of(c.event)) + "|" + c.legal_basis + "|" + c.topic + "|" + c.parties + "|" + c.party + "|" + c.body + "|" +
           c.agreement + "|" + c.area + "|" + (d.bearer.may_decide ? (*d.bearer.may_decide ? "1" : "0") : "") + "|" +
           (d.bearer.bodies_of_kind ? std::string(name_of(*d.bearer.bodies_of_kind)) : "") + "|" +
           std::to_string(d.bearer.at_least_of_kind) + "|" + [&] {
             std::string lists;
             for (const auto k : d.bearer.party_kinds) lists += std::string(name_of(k)) + ",";
             lists += "|";
             for (const auto& k : d.bearer.cadence) lists += k + ",";
             lists += "|";
             for (const auto& k : d.bearer.within) lists += k + ",";
             return lists;
           }();
  };
  auto overrides = [](const Duty& a, const Duty& b) {
    return std::any_of(a.overrides.begin(), a.overrides.end(), [&](const Override& o) { return o.duty_id == b.id; });
  };
  const auto& duties = v.data.duties.items;
  for (size_t i = 0; i < duties.size(); ++i)
    for (size_t j = i + 1; j < duties.size(); ++j)
      if (key(duties[i]) == key(duties[j]) && !overrides(duties[i], duties[j]) && !overrides(duties[j], duties[i]))
        v.errors.push_back(Error::invalid("/duties/" + duties[j].id + "/overrides",
                                        "collides with duty '" + duties[i].id +
                                            "' (same bearers, windows and events): one of them must override the other"));
}

}  // namespace

void DutiesManifest::validate(Validator& v) {
  const Dataset& d = v.data;
  for (const auto& e : d.events.items) {
    const std::string p = "/events/" + e.id;
    v.orgs(p + "/party_ids", e.party_ids);
    v.ref(p + "/body_id", e.body_id, d.bodies, "body");
    v.ref(p + "/agreement_id", e.agreement_id, d.agreements, "agreement");
    v.refs(p + "/legal_basis", e.legal_basis, d.statute_sections, "statute section");
    v.ref(p + "/meeting_id", e.meeting_id, d.meetings, "meeting");
    v.source(p, e.source);
  }
  for (const auto& param : d.parameters.items)
    for (size_t i = 0; i < param.values.size(); ++i)
      v.decimal("/parameters/" + param.id + "/values/" + std::to_string(i) + "/value", param.values[i].value);
  for (const auto& m : d.measurements.items) {
    v.org("/measurements/" + m.id + "/subject_id", m.subject_id);
    v.decimal("/measurements/" + m.id + "/value", m.value);
  }
  for (const auto& duty : d.duties.items) {
    const std::string p = "/duties/" + duty.id;
    if (duty.trigger) v.ref(p + "/trigger/threshold_parameter", duty.trigger->threshold_parameter, d.parameters, "parameter");
    if ((duty.window.anchor == AnchorKind::each_trigger) != duty.trigger.has_value())
      v.errors.push_back(Error::invalid(p + "/trigger", "a trigger goes with the anchor each_trigger, and that anchor needs one"));
    if (duty.count.concerns == "anchor" && duty.window.anchor != AnchorKind::each_trigger)
      v.errors.push_back(Error::invalid(p + "/count/concerns", "anchor needs a window anchored on each trigger"));
    const auto& roll = duty.bearer;
    if (roll.kind == RollKind::organisation) v.org(p + "/bearer/id", roll.id);
    if (roll.kind == RollKind::body) v.ref(p + "/bearer/id", roll.id, d.bodies, "body");
    if (roll.kind == RollKind::agreement || roll.kind == RollKind::agreement_parties) v.ref(p + "/bearer/id", roll.id, d.agreements, "agreement");
    if ((roll.kind == RollKind::organisation || roll.kind == RollKind::body || roll.kind == RollKind::agreement) && roll.id.empty())
      v.errors.push_back(Error::invalid(p + "/bearer/id", "is required for this kind of roll"));
    const auto& w = duty.window;
    if ((w.kind == WindowKind::calendar_year || w.kind == WindowKind::month || w.kind == WindowKind::rolling) && !duty.in_force_from)
      v.errors.push_back(Error::invalid(p + "/in_force_from", "is required for yearly, monthly and rolling windows (where they begin)"));
    if (w.kind == WindowKind::rolling && w.days < 1) v.errors.push_back(Error::invalid(p + "/window/days", "a rolling window needs days, at least 1"));
    if (w.kind == WindowKind::fixed && (!w.from || !w.until)) v.errors.push_back(Error::invalid(p + "/window/until", "fixed windows need from and until"));
    if ((w.kind == WindowKind::after_anchor || w.kind == WindowKind::before_anchor) && !w.anchor)
      v.errors.push_back(Error::invalid(p + "/window/anchor", "is required for after_anchor and before_anchor"));
    if (w.since_previous && w.anchor != AnchorKind::each_event)
      v.errors.push_back(Error::invalid(p + "/window/since_previous", "goes with the anchor each_event"));
    if (w.anchor == AnchorKind::each_event && !w.anchor_event)
      v.errors.push_back(Error::invalid(p + "/window/anchor_event", "is required with the anchor each_event"));
    if (w.kind == WindowKind::after_anchor && w.anchor && w.anchor != AnchorKind::all_parties_approved && w.anchor != AnchorKind::each_trigger)
      v.errors.push_back(Error::invalid(p + "/window/anchor", "after_anchor counts from all_parties_approved or each_trigger"));
    if (duty.count.party != "county") v.org(p + "/count/party", duty.count.party);
    v.orgs(p + "/bearer/within", roll.within);
    const bool has_county = roll.kind == RollKind::municipalities || roll.kind == RollKind::county_municipalities;
    if (duty.count.party == "county" && !has_county)
      v.errors.push_back(Error::invalid(p + "/count/party", "county needs a roll of municipalities (whose county it is)"));
    if (!duty.count.area.empty() && (duty.count.area != "municipalities" || roll.kind != RollKind::counties))
      v.errors.push_back(Error::invalid(p + "/count/area", "must be municipalities, with a roll of counties"));
    if (roll.bodies_of_kind && roll.kind != RollKind::agreement)
      v.errors.push_back(Error::invalid(p + "/bearer/bodies_of_kind", "goes with a roll of one agreement"));
    // How a first window that the bearer enters part-way is judged is decided per duty, with its
    // reason, wherever a bearer can begin inside a window.
    const bool periodic = w.kind == WindowKind::calendar_year || w.kind == WindowKind::month || w.kind == WindowKind::council_term || w.kind == WindowKind::fixed;
    if (periodic && (!duty.first_window || duty.first_window->reason.empty()))
      v.errors.push_back(Error::invalid(p + "/first_window", "a duty counted in yearly, monthly, term or fixed windows says how a partial first window is judged, and why"));
    v.refs(p + "/rests_on", duty.rests_on, d.statute_sections, "statute section");
    if (!duty.count.parties.empty() && duty.count.parties != "subject" && duty.count.parties != "anchor")
      v.errors.push_back(Error::invalid(p + "/count/parties", "must be subject or anchor"));
    if (duty.count.parties == "anchor" && w.anchor != AnchorKind::each_event)
      v.errors.push_back(Error::invalid(p + "/count/parties", "anchor needs a window anchored on each event"));
    if (w.kind == WindowKind::council_term && !w.term_kind && roll.kind != RollKind::body && roll.kind != RollKind::bodies)
      v.errors.push_back(Error::invalid(p + "/window/term_kind", "is required unless the bearer is a body (whose cadence says)"));
    if (!duty.count.at_least && !duty.count.at_most && roll.kind != RollKind::body && roll.kind != RollKind::bodies)
      v.errors.push_back(Error::invalid(p + "/count/at_least", "at_least or at_most is required unless the bearer is a body (whose cadence says)"));
    v.ref(p + "/statute_section_id", duty.statute_section_id, d.statute_sections, "statute section");
    v.ref(p + "/agreement_id", duty.agreement_id, d.agreements, "agreement");
    v.ref(p + "/count/legal_basis", duty.count.legal_basis, d.statute_sections, "statute section");
    if (duty.count.body != "subject") v.ref(p + "/count/body", duty.count.body, d.bodies, "body");
    if (duty.count.agreement != "subject") v.ref(p + "/count/agreement", duty.count.agreement, d.agreements, "agreement");
    for (size_t i = 0; i < duty.overrides.size(); ++i) {
      v.ref(p + "/overrides/" + std::to_string(i) + "/duty_id", duty.overrides[i].duty_id, d.duties, "duty");
      if (duty.overrides[i].duty_id == duty.id) v.errors.push_back(Error::invalid(p + "/overrides/" + std::to_string(i) + "/duty_id", "a duty cannot override itself"));
    }
    v.source(p, duty.source);
  }
  duty_collisions(v);
  for (const auto& w : d.waivers.items) v.ref("/waivers/" + w.id + "/duty_id", w.duty_id, d.duties, "duty");
  for (const auto& r : d.record_keeping.items) {
    const std::string p = "/record_keeping/" + r.id + "/subject_id";
    if (!d.organisations.find(r.subject_id) && !d.bodies.find(r.subject_id))
      v.errors.push_back(Error::invalid(p, "'" + r.subject_id + "' is neither an organisation nor a body"));
  }
}

}  // namespace yp
