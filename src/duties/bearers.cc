#include "duties/bearers.h"

#include <algorithm>

namespace yp {
namespace {

std::optional<Date> kept_from(const Dataset& data, const std::string& id) {
  std::optional<Date> first;
  for (const auto& r : data.record_keeping.items)
    if (r.subject_id == id && (!first || r.from < *first)) first = r.from;
  return first;
}

enum class Began { founded, in_force };

// Keeps the later of the beginnings, said with its day and, for one of several parties, whose it
// is: "Uusikunta perustettu 1.1.2025".
void later(Beginning& b, const std::optional<Date>& day, Began how, const Text* who = nullptr) {
  if (!day || (b.day && !(*b.day < *day))) return;
  b.day = day;
  const std::string d = day->finnish();
  auto of = [&](const std::string& lang) { return who ? who->in(lang) + " " : std::string(); };
  b.what = how == Began::founded ? Text{of("fi") + "perustettu " + d, of("sv") + "grundad " + d, of("en") + "founded " + d}
                                 : Text{"sopimus voimassa " + d + " alkaen", "avtalet i kraft från " + d, "the agreement in force from " + d};
}

}  // namespace

Beginning beginning_of(const Dataset& data, const Subject& s, const Date& as_of) {
  Beginning b;
  auto from_agreement = [&](const Agreement& a) {
    std::vector<std::string> missing;
    const auto day = agreement_start(data, a, as_of, missing);
    if (!missing.empty()) b.missing_approvals = std::move(missing), b.agreement_id = a.id;
    else later(b, day, Began::in_force);
  };
  if (s.body) {
    if (s.body->founding_date) later(b, s.body->founding_date, Began::founded);
    else if (const auto* a = data.agreements.find(s.body->agreement_id)) from_agreement(*a);
    return b;
  }
  if (s.agreement && s.agreement_bears) {
    from_agreement(*s.agreement);
    return b;
  }
  for (const auto& p : s.parties)
    if (const auto* o = data.organisations.find(p)) later(b, o->founding_date, Began::founded, s.parties.size() > 1 ? &o->name : nullptr);
  return b;
}

std::optional<Date> records_from(const Dataset& data, const Subject& s, const std::vector<std::string>& also) {
  if (s.body)
    if (auto own = kept_from(data, s.body->id)) return own;
  std::optional<Date> first;
  auto earliest = [&](const std::string& id) {
    if (auto day = kept_from(data, id); day && (!first || *day < *first)) first = day;
  };
  for (const auto& p : s.parties) earliest(p);
  for (const auto& p : also) earliest(p);
  return first;
}

}  // namespace yp
