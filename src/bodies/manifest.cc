#include "bodies/manifest.h"

#include "bodies/composition.h"
#include "bodies/routes.h"
#include "program/capability.h"
#include "program/settings.h"

namespace yp {

Capability BodiesManifest::describe() {
  Capability c;
  c.name = "bodies";
  c.add_routes = [](http::Router& router, LiveRegistry& reg, const ProgramSettings& settings) { http::add_bodies_routes(router, reg, settings.today); };
  c.check_verdicts = body_composition_verdicts;
  c.actions = {"action.nominate", "action.end_membership"};
  return c;
}

}  // namespace yp
