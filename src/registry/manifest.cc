#include "registry/manifest.h"

#include "program/capability.h"
#include "program/settings.h"
#include "registry/cli.h"
#include "registry/operations.h"
#include "registry/routes.h"

namespace yp {

Capability RegistryManifest::describe() {
  Capability c;
  c.name = "registry";
  c.add_routes = [](http::Router& router, LiveRegistry& reg, const ProgramSettings& settings) { http::add_registry_routes(router, reg, settings.today); };
  c.add_subcommands = cli::add_registry_subcommands;
  c.operations = [] { return registry_operation_names(); };
  c.actions = {"action.operation"};
  return c;
}

}  // namespace yp
