#include "core/dataset.h"

#include <algorithm>

namespace yp {

void Dataset::merge(const Dataset& other) {
  for_each_collection([&](const char* name, auto& mine) {
    other.for_each_collection([&](const char* other_name, const auto& theirs) {
      if constexpr (std::is_same_v<std::decay_t<decltype(mine)>, std::decay_t<decltype(theirs)>>) {
        if (std::string_view(name) == other_name)
          for (const auto& item : theirs.items) mine.put(item);
      }
    });
  });
}

std::string Dataset::holder_of(const std::string& post_id, const Date& day) const {
  for (const auto& h : post_holdings.items)
    if (h.post_id == post_id && within(day, h.start_date, h.end_date)) return h.person_id;
  return {};
}

std::vector<const Organisation*> Dataset::children_of(const std::string& parent_id) const {
  std::vector<const Organisation*> out;
  for (const auto& o : organisations.items)
    if (std::find(o.parent_ids.begin(), o.parent_ids.end(), parent_id) != o.parent_ids.end())
      out.push_back(&o);
  return out;
}

std::vector<const Approval*> Dataset::approvals_of(const std::string& agreement_id) const {
  std::vector<const Approval*> out;
  for (const auto& a : approvals.items)
    if (a.agreement_id == agreement_id) out.push_back(&a);
  std::sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->date < b->date; });
  return out;
}

std::vector<const Membership*> Dataset::members_of(const std::string& body_id, const Date& day) const {
  std::vector<const Membership*> out;
  for (const auto& m : memberships.items)
    if (m.organization_id == body_id && m.active_on(day)) out.push_back(&m);
  return out;
}

const CouncilTerm* Dataset::term_on(TermKind kind, const Date& day) const {
  for (const auto& t : council_terms.items)
    if (t.kind == kind && t.start_date <= day && day <= t.end_date) return &t;
  return nullptr;
}

}  // namespace yp
