#include "core/principal.h"

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

}  // namespace yp
