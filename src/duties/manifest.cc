#include "duties/manifest.h"

#include "duties/evaluate.h"
#include "duties/routes.h"
#include "program/capability.h"
#include "program/settings.h"

namespace yp {

Capability DutiesManifest::describe() {
  Capability c;
  c.name = "duties";
  c.add_routes = [](http::Router& router, LiveRegistry& reg, const ProgramSettings& settings) { http::add_duties_routes(router, reg, settings.today); };
  c.duty_verdicts = evaluate_duties;
  c.actions = {"action.record_event"};
  return c;
}

}  // namespace yp
