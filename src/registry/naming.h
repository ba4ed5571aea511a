// How checks name the entities they talk about: the organisation's name in every language, a
// person's name, or the bare id when the entity is unknown (so a verdict never hides a bad id);
// and the parameters of refusals that name them.
#pragma once
#include "core/error.h"
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

// A message's parameter `name` that names something in the reader's language.
inline Param name_param(const char* name, const Text& text) { return {name, text.fi, false, text}; }
// A message's parameter that names a person (`as`: its name in the message).
inline Param person_param(const Dataset& data, const std::string& id, const char* as = "person") {
  const std::string n = person_name(data, id);
  return {as, n, false, Text{n, n, n}};
}

}  // namespace yp
