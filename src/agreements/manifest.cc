#include "agreements/manifest.h"

#include "agreements/in_force.h"
#include "agreements/routes.h"
#include "program/capability.h"
#include "program/settings.h"

namespace yp {

Capability AgreementsManifest::describe() {
  Capability c;
  c.name = "agreements";
  c.add_routes = [](http::Router& router, LiveRegistry& reg, const ProgramSettings& settings) { http::add_agreements_routes(router, reg, settings.today); };
  c.check_verdicts = agreement_in_force_verdicts;
  c.actions = {"action.record_approval"};
  return c;
}

}  // namespace yp
