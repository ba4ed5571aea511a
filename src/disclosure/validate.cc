// The disclosure capability's part of the Dataset's validation (program/validator.h): what its
// entities refer to exists, its dates run forwards, its rules are coherent.
#include "disclosure/manifest.h"

#include "program/validator.h"

namespace yp {

void DisclosureManifest::validate(Validator& v) {
  const Dataset& d = v.data;
  for (const auto& r : d.registers.items) v.org("/registers/" + r.id + "/controller_id", r.controller_id);
  for (const auto& b : d.disclosure_bases.items) {
    v.ref("/disclosure_bases/" + b.id + "/statute_section_id", b.statute_section_id, d.statute_sections, "statute section");
    v.orgs("/disclosure_bases/" + b.id + "/between_controllers", b.between_controllers);
    for (const auto* flags : {&b.required_flags, &b.blocked_by})
      for (const auto& f : *flags)
        if (f != "kanta_notice" && f != "prohibition")
          v.errors.push_back(Error::invalid("/disclosure_bases/" + b.id + (flags == &b.required_flags ? "/requires" : "/blocked_by"),
                                          "'" + f + "' is not a patient flag: use kanta_notice or prohibition"));
  }
}

}  // namespace yp
