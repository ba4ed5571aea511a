#include "budget/manifest.h"

#include "budget/cli.h"
#include "budget/operations.h"
#include "budget/routes.h"
#include "program/capability.h"
#include "program/settings.h"

namespace yp {

Capability BudgetManifest::describe() {
  Capability c;
  c.name = "budget";
  c.add_routes = [](http::Router& router, LiveRegistry& reg, const ProgramSettings& settings) { http::add_budget_routes(router, reg, settings.today); };
  c.fresh_reads = true;
  c.add_subcommands = cli::add_budget_subcommands;
  c.operations = [] { return budget::budget_operation_names(); };
  c.actions = {"action.operation", "action.import_budget", "action.read_budget"};
  return c;
}

}  // namespace yp
