// The calendar capability's part of the Dataset's validation (program/validator.h): what its
// entities refer to exists, its dates run forwards, its rules are coherent.
#include "calendar/manifest.h"

#include "program/validator.h"

namespace yp {

void CalendarManifest::validate(Validator& v) {
  const Dataset& d = v.data;
  for (const auto& t : d.feed_tokens.items)
    if (!d.bodies.find(t.scope_id) && !d.organisations.find(t.scope_id))
      v.errors.push_back(Error::invalid("/feed_tokens/" + t.id + "/scope_id", "refers to no body or organisation: '" + t.scope_id + "'"));
}

}  // namespace yp
