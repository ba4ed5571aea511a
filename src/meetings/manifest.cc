#include "meetings/manifest.h"

#include "meetings/cli.h"
#include "meetings/operations.h"
#include "meetings/routes.h"
#include "program/capability.h"
#include "program/settings.h"

namespace yp {

Capability MeetingsManifest::describe() {
  Capability c;
  c.name = "meetings";
  c.add_subcommands = cli::add_meetings_subcommands;
  c.add_routes = [](http::Router& router, LiveRegistry& reg, const ProgramSettings& settings) { http::add_meetings_routes(router, reg, settings.today); };
  c.operations = [] { return meeting_operation_names(); };
  c.actions = {"action.operation"};
  return c;
}

}  // namespace yp
