// An account of Yhdyspinta's own: who signs in with a password and the grants it holds (the
// Principal and its grants are core/principal.h). Failed sign-ins are counted apart from the
// account (reserve_signin_attempt, access/store.h).
#pragma once
#include <string>
#include <vector>

#include "core/principal.h"

namespace yp {

// A local account. The password is kept only as an argon2id hash. Failed sign-ins are counted
// apart from the account (reserve_signin_attempt, access/store.h), so that counting them is atomic and the
// same for names that exist and names that do not.
struct Account {
  std::string id;  // the name signed in with
  std::string name;
  std::string person_id;
  std::string password_hash;
  std::vector<Grant> grants;
  bool disabled = false;
};
template <class V>
void fields(V& v, Account& x) {
  v.field("id", x.id);
  v.field("name", x.name, false);
  v.field("person_id", x.person_id, false);
  v.field("password_hash", x.password_hash, false);
  v.field("grants", x.grants, false);
  v.field("disabled", x.disabled, false);
}

}  // namespace yp
