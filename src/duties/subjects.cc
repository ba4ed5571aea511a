#include "duties/subjects.h"

#include <algorithm>

namespace yp {
namespace {

bool exists_during(const Organisation& o, const Date& from, const Date& until) {
  return (!o.founding_date || *o.founding_date <= until) && (!o.dissolution_date || from <= *o.dissolution_date);
}

bool listed(const std::vector<std::string>& ids, const std::string& id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

// The wellbeing services county a municipality belongs to during the window, or empty.
std::string county_of(const Dataset& data, const Organisation& m, const Date& from, const Date& until) {
  for (const auto& p : m.parent_ids)
    if (const auto* c = data.organisations.find(p); c && c->classification == OrgKind::wellbeing_services_county && exists_during(*c, from, until))
      return c->id;
  return {};
}

bool is_municipality(const Organisation& o) {
  return o.classification == OrgKind::municipality || (o.classification == OrgKind::city_organiser && !o.identifier("municipality_code").empty());
}

Text joined(const Text& a, const Text& b) { return {a.fi + " – " + b.fi, a.sv + " – " + b.sv, a.en + " – " + b.en}; }

}  // namespace

std::vector<Subject> subjects_of(const Dataset& data, const Roll& roll, const Date& from, const Date& until) {
  std::vector<Subject> out;
  switch (roll.kind) {
    case RollKind::organisation:
      if (const auto* o = data.organisations.find(roll.id)) out.push_back({o->id, o->name, {o->id}});
      break;
    case RollKind::counties:
    case RollKind::county_municipalities:
      for (const auto& county : data.organisations.items) {
        if (county.classification != OrgKind::wellbeing_services_county || !exists_during(county, from, until)) continue;
        if (!roll.within.empty() && !listed(roll.within, county.id)) continue;
        std::vector<const Organisation*> municipalities;
        for (const auto* m : data.children_of(county.id))
          if (m->classification == OrgKind::municipality && exists_during(*m, from, until)) municipalities.push_back(m);
        if (municipalities.empty()) continue;
        if (roll.kind == RollKind::counties) {
          Subject s{county.id, county.name, {county.id}};
          for (const auto* m : municipalities) s.area.push_back(m->id);
          out.push_back(std::move(s));
          continue;
        }
        for (const auto* m : municipalities) {
          Subject s{county.id + "+" + m->id, joined(county.name, m->name), {county.id, m->id}};
          s.county = county.id;
          out.push_back(std::move(s));
        }
      }
      break;
    case RollKind::municipalities:
      for (const auto& m : data.organisations.items) {
        if (!is_municipality(m) || !exists_during(m, from, until)) continue;
        const std::string county = county_of(data, m, from, until);
        // A municipality of no county is outside the county system (Åland's), unless it organises
        // its own services (the City of Helsinki).
        if (county.empty() && m.classification != OrgKind::city_organiser) continue;
        if (!roll.within.empty() && !listed(roll.within, m.id) && !listed(roll.within, county)) continue;
        Subject s{m.id, m.name, {m.id}};
        s.county = county;
        out.push_back(std::move(s));
      }
      break;
    case RollKind::body:
      if (const auto* b = data.bodies.find(roll.id)) out.push_back({b->id, b->name, b->party_ids, b});
      break;
    case RollKind::bodies:
      for (const auto& b : data.bodies.items) {
        if (roll.may_decide && b.may_decide != *roll.may_decide) continue;
        if (!roll.cadence.empty() && !listed(roll.cadence, std::string(name_of(b.cadence.kind)))) continue;
        out.push_back({b.id, b.name, b.party_ids, &b});
      }
      break;
    case RollKind::agreement: {
      const auto* a = data.agreements.find(roll.id);
      if (!a) break;
      if (!roll.bodies_of_kind) {
        Subject s{a->id, a->title, a->party_ids, nullptr, a};
        s.agreement_bears = true;
        out.push_back(std::move(s));
        break;
      }
      // One subject per body of the kind that a party of the agreement has: each must be heard.
      for (const auto& b : data.bodies.items) {
        if (b.classification != *roll.bodies_of_kind) continue;
        const bool of_a_party = std::any_of(b.party_ids.begin(), b.party_ids.end(), [&](const std::string& p) { return listed(a->party_ids, p); });
        if (of_a_party) out.push_back({a->id + "+" + b.id, joined(a->title, b.name), a->party_ids, &b, a});
      }
      break;
    }
    case RollKind::agreement_parties:
      for (const auto& a : data.agreements.items) {
        if (!roll.id.empty() && a.id != roll.id) continue;
        auto of_kind = [&](const Organisation* o) {
          return o && (roll.party_kinds.empty() || std::find(roll.party_kinds.begin(), roll.party_kinds.end(), o->classification) != roll.party_kinds.end());
        };
        const auto such = std::count_if(a.party_ids.begin(), a.party_ids.end(), [&](const std::string& p) { return of_kind(data.organisations.find(p)); });
        if (such < roll.at_least_of_kind) continue;
        for (const auto& p : a.party_ids) {
          const auto* o = data.organisations.find(p);
          if (!of_kind(o)) continue;
          if (!roll.within.empty() && !listed(roll.within, p)) continue;
          out.push_back({a.id + "+" + p, joined(a.title, o->name), {p}, nullptr, &a});
        }
      }
      break;
  }
  return out;
}

}  // namespace yp
