#include "registry/manifest.h"

#include "program/capability.h"
#include "program/settings.h"
#include "program/command_line.h"
#include "registry/operations.h"
#include "registry/routes.h"

namespace yp {

Capability RegistryManifest::describe() {
  Capability c;
  c.name = "registry";
  c.add_routes = [](http::Router& router, LiveRegistry& reg, const ProgramSettings& settings) { http::add_registry_routes(router, reg, settings.today); };
  c.add_subcommands = [](CLI::App& app, const cli::CommandLine& line) {
    return cli::add_operation_subcommand(app, line, "registry", "Register persons, posts, who holds them, and organisations: register_person, correct_person, "
                                         "create_post, hold_post, end_post_holding, register_organisation, dissolve_organisation (arguments name=text or name:=JSON)",
                                         registry_operation_names(), run_registry_operation,
                                         "  yhdyspinta registry register_person name='Anna Virtanen' organisation_id=county-01\n"
                                         "  yhdyspinta registry hold_post post_id=helsinki-mayor person_id=anna-virtanen start_date=2025-06-01\n"
                                         "  yhdyspinta registry end_post_holding holding_id=helsinki-mayor-2025-06-01 end_date=2029-05-31 reason='Term ended'");
  };
  c.operations = [] { return registry_operation_names(); };
  c.actions = {"action.operation"};
  return c;
}

}  // namespace yp
