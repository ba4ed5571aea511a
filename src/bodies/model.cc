#include "bodies/model.h"

namespace yp {

std::vector<const Membership*> BodiesCollections::members_of(const std::string& body_id, const Date& day) const {
  std::vector<const Membership*> out;
  for (const auto& m : memberships.items)
    if (m.organization_id == body_id && m.active_on(day)) out.push_back(&m);
  return out;
}

}  // namespace yp
