#include "agreements/manifest.h"

#include "agreements/in_force.h"
#include "agreements/operations.h"
#include "program/command_line.h"
#include "agreements/routes.h"
#include "program/capability.h"
#include "program/settings.h"

namespace yp {

Capability AgreementsManifest::describe() {
  Capability c;
  c.name = "agreements";
  c.add_routes = [](http::Router& router, LiveRegistry& reg, const ProgramSettings& settings) { http::add_agreements_routes(router, reg, settings.today); };
  c.check_verdicts = agreement_in_force_verdicts;
  c.add_subcommands = [](CLI::App& app, const cli::CommandLine& line) {
    return cli::add_operation_subcommand(app, line, "agreement", "Run an agreement's life: draft_agreement, request_consultation, record_statement, approve, "
                                         "propose_amendment, end_agreement (arguments name=text or name:=JSON)",
                                         agreement_operation_names(), run_agreement_operation,
                                         "  yhdyspinta agreement approve agreement_id=… party_id=county-03 date=2026-11-30 minutes_paragraph='§ 12'");
  };
  c.operations = [] { return agreement_operation_names(); };
  c.actions = {"action.operation"};
  return c;
}

}  // namespace yp
