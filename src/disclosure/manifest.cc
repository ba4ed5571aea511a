#include "disclosure/manifest.h"

#include "disclosure/routes.h"
#include "program/capability.h"
#include "program/settings.h"

namespace yp {

Capability DisclosureManifest::describe() {
  Capability c;
  c.name = "disclosure";
  c.add_routes = [](http::Router& router, LiveRegistry& reg, const ProgramSettings& settings) { http::add_disclosure_routes(router, reg, settings.today); };
  return c;
}

}  // namespace yp
