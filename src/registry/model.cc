#include "registry/model.h"

#include <algorithm>

namespace yp {

std::string RegistryCollections::holder_of(const std::string& post_id, const Date& day) const {
  for (const auto& h : post_holdings.items)
    if (h.post_id == post_id && within(day, h.start_date, h.end_date)) return h.person_id;
  return {};
}

std::vector<const Organisation*> RegistryCollections::children_of(const std::string& parent_id) const {
  std::vector<const Organisation*> out;
  for (const auto& o : organisations.items)
    if (std::find(o.parent_ids.begin(), o.parent_ids.end(), parent_id) != o.parent_ids.end())
      out.push_back(&o);
  return out;
}

bool RegistryCollections::bilingual_on(const std::string& organisation_id, const Date& day) const {
  for (const auto& l : language_statuses.items)
    if (l.organisation_id == organisation_id && l.bilingual() && within(day, l.from, l.until)) return true;
  return false;
}

const CouncilTerm* RegistryCollections::term_on(TermKind kind, const Date& day) const {
  for (const auto& t : council_terms.items)
    if (t.kind == kind && t.start_date <= day && day <= t.end_date) return &t;
  return nullptr;
}

}  // namespace yp
