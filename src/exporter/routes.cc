#include "exporter/routes.h"

#include "http/json_body.h"
#include "program/dataset_routes.h"
#include "exporter/popolo.h"

namespace yp::http {
using nlohmann::json;

void add_export_routes(Router& router, LiveRegistry& reg) {
  router.add("GET", "/api/export/popolo", [&reg](const Request&) {
    return reg.read([&](const Dataset& d) { return ok(export_popolo(d)); });
  });

}

}  // namespace yp::http
