#include "duties/subjects.h"

#include <algorithm>

namespace yp {
namespace {

bool exists_during(const Organisation& o, const Date& from, const Date& until) {
  return (!o.founding_date || *o.founding_date <= until) && (!o.dissolution_date || from <= *o.dissolution_date);
}

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
        std::vector<const Organisation*> municipalities;
        for (const auto* m : data.children_of(county.id))
          if (m->classification == OrgKind::municipality && exists_during(*m, from, until)) municipalities.push_back(m);
        if (municipalities.empty()) continue;
        if (roll.kind == RollKind::counties) {
          out.push_back({county.id, county.name, {county.id}});
          continue;
        }
        for (const auto* m : municipalities)
          out.push_back({county.id + "+" + m->id,
                         Text{county.name.fi + " – " + m->name.fi, county.name.sv + " – " + m->name.sv, county.name.en + " – " + m->name.en},
                         {county.id, m->id}});
      }
      break;
    case RollKind::body:
      if (const auto* b = data.bodies.find(roll.id)) out.push_back({b->id, b->name, b->party_ids, b});
      break;
    case RollKind::bodies:
      for (const auto& b : data.bodies.items) {
        if (roll.may_decide && b.may_decide != *roll.may_decide) continue;
        if (!roll.cadence.empty() &&
            std::find(roll.cadence.begin(), roll.cadence.end(), std::string(name_of(b.cadence.kind))) == roll.cadence.end())
          continue;
        out.push_back({b.id, b.name, b.party_ids, &b});
      }
      break;
    case RollKind::agreement:
      if (const auto* a = data.agreements.find(roll.id)) out.push_back({a->id, a->title, a->party_ids, nullptr, a});
      break;
  }
  return out;
}

}  // namespace yp
