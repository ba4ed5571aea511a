#include "calendar/manifest.h"

#include "calendar/cli.h"
#include "calendar/routes.h"
#include "program/capability.h"
#include "program/settings.h"

namespace yp {

Capability CalendarManifest::describe() {
  Capability c;
  c.name = "calendar";
  c.add_subcommands = cli::add_calendar_subcommands;
  c.add_routes = [](http::Router& router, LiveRegistry& reg, const ProgramSettings& settings) { http::add_calendar_routes(router, reg, settings.today); };
  return c;
}

}  // namespace yp
