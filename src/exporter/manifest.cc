#include "exporter/manifest.h"

#include "exporter/routes.h"
#include "program/capability.h"
#include "program/settings.h"

namespace yp {

Capability ExportManifest::describe() {
  Capability c;
  c.name = "exporter";
  c.add_routes = [](http::Router& router, LiveRegistry& reg, const ProgramSettings&) { http::add_export_routes(router, reg); };
  return c;
}

}  // namespace yp
