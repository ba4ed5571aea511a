// How checks name the entities they talk about: the organisation's name in every language, a
// person's name, or the bare id when the entity is unknown (so a verdict never hides a bad id).
#pragma once
#include "program/dataset.h"

namespace yp {

inline Text org_name(const Dataset& data, const std::string& id) {
  const auto* o = data.organisations.find(id);
  return o ? o->name : Text{id, id, id};
}

inline std::string person_name(const Dataset& data, const std::string& id) {
  const auto* p = data.persons.find(id);
  return p ? p->name : id;
}

}  // namespace yp
