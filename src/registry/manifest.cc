#include "registry/manifest.h"

#include "program/capability.h"
#include "program/settings.h"
#include "registry/routes.h"

namespace yp {

Capability RegistryManifest::describe() {
  Capability c;
  c.name = "registry";
  c.add_routes = [](http::Router& router, LiveRegistry& reg, const ProgramSettings&) { http::add_registry_routes(router, reg); };
  return c;
}

}  // namespace yp
