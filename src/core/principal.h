// Who makes a request: the public (no account) or an account with its grants. Grants are roles
// with a scope: an administrator may do everything; the secretary of a body runs that body's
// meetings and minutes; the coordinator of an organisation nominates its members, records its
// approvals and events and answers its actions; a reader reads what is not public. An Account signs
// in with a password (or, later, through an organisation's OpenID Connect service: that changes only
// how a Principal is found, not what it may do).
#pragma once
#include <string>
#include <vector>

#include "core/enums.h"

namespace yp {

enum class AccessRole { administrator, secretary, coordinator, reader };
YP_ENUM_NAMES(AccessRole, "administrator", "secretary", "coordinator", "reader")

// A role, and for a secretary the body, for a coordinator the organisation it holds it for.
struct Grant {
  AccessRole role = AccessRole::reader;
  std::string scope_id;
  bool operator==(const Grant&) const = default;
};
template <class V>
void fields(V& v, Grant& x) {
  v.field("role", x.role);
  v.field("scope_id", x.scope_id, false);
}

struct Principal {
  std::string account_id;  // empty: the public
  std::vector<Grant> grants;

  bool signed_in() const { return !account_id.empty(); }
  bool is_admin() const;
  // Whether any grant is `role` for `scope_id` (or the principal is an administrator).
  bool holds(AccessRole role, const std::string& scope_id) const;
};

}  // namespace yp
