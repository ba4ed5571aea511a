#include "bodies/manifest.h"

#include "bodies/composition.h"
#include "bodies/operations.h"
#include "program/command_line.h"
#include "bodies/routes.h"
#include "program/capability.h"
#include "program/settings.h"

namespace yp {

Capability BodiesManifest::describe() {
  Capability c;
  c.name = "bodies";
  c.add_routes = [](http::Router& router, LiveRegistry& reg, const ProgramSettings& settings) { http::add_bodies_routes(router, reg, settings.today); };
  c.check_verdicts = body_composition_verdicts;
  c.add_subcommands = [](CLI::App& app, const cli::CommandLine& line) {
    return cli::add_operation_subcommand(app, line, "body", "Found a body or change its rules: create_body, amend_body (arguments name=text or name:=JSON)",
                                         body_operation_names(), run_body_operation,
                                         "  yhdyspinta body create_body name:='{\"fi\":\"Virkamiestyöryhmä\"}' secretary_organization_id=municipality-049 "
                                         "party_ids:='[\"municipality-049\",\"county-03\"]'\n"
                                         "  yhdyspinta body amend_body body_id=virkamiestyoryhma reason='Kokoonpano laajeni' seat_quotas:='[…]'");
  };
  c.operations = [] { return body_operation_names(); };
  c.actions = {"action.nominate", "action.end_membership", "action.operation"};
  return c;
}

}  // namespace yp
