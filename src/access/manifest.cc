#include "access/manifest.h"

#include "access/cli.h"
#include "access/routes.h"
#include "program/capability.h"
#include "program/settings.h"

namespace yp {

Capability AccessManifest::describe() {
  Capability c;
  c.name = "access";
  c.add_subcommands = cli::add_access_subcommands;
  c.add_routes = [](http::Router& router, LiveRegistry& reg, const ProgramSettings& settings) { http::add_access_routes(router, reg, settings.access); };
  c.fresh_reads = true;
  c.actions = {"action.list_accounts", "action.create_accounts", "action.change_grants", "action.disable_accounts", "action.change_password_of_another", "action.read_audit", "action.read_read_log", "action.change_anything"};
  return c;
}

}  // namespace yp
