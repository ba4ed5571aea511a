#include "goals/manifest.h"

#include "goals/cli.h"
#include "goals/operations.h"
#include "goals/routes.h"
#include "goals/status.h"
#include "program/capability.h"
#include "program/settings.h"

namespace yp {

Capability GoalsManifest::describe() {
  Capability c;
  c.name = "goals";
  c.add_subcommands = cli::add_goals_subcommands;
  c.add_routes = [](http::Router& router, LiveRegistry& reg, const ProgramSettings& settings) { http::add_goals_routes(router, reg, settings.today); };
  c.duty_verdicts = goals::follow_up_verdicts;
  c.operations = [] { return goals::goal_operation_names(); };
  c.actions = {"action.operation", "action.import_indicator_values"};
  return c;
}

}  // namespace yp
