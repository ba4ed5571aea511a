#include "program/api.h"

#include <cstdlib>

#include "access/access.h"
#include "http/json_body.h"
#include "http/openapi.h"
#include "access/read_log.h"
#include "http/response_cache.h"
#include "program/capabilities.h"
#include "program/settings.h"

namespace yp::http {
namespace {

// The parameter in data/ that says how long the read log is kept, in days.
constexpr const char* kReadLogRetention = "read-log-retention-days";

}  // namespace

Router make_api(LiveRegistry& reg, std::function<Date()> today, const AccessOptions& access) {
  Router router;
  auto gates = make_gates(reg.store());
  router.set_gate(std::move(gates.gate));
  router.set_quick_gate(std::move(gates.quick));
  // What each route takes and whether reading it is logged: the OpenAPI document says, once.
  router.set_contracts(route_contracts(openapi_document()));
  const long retention = reg.read([&](const Dataset& d) -> long {
    const auto* p = d.parameters.find(kReadLogRetention);
    const auto* v = p ? p->on(today()) : nullptr;
    return v ? std::atol(v->value.c_str()) : 0;
  });
  auto read_log = std::make_shared<ReadLog>(reg.store(), retention);
  router.set_read_log([read_log](const Request& r, const std::string& kind) -> std::optional<Response> {
    std::string request = r.method + " " + r.path;
    char sep = '?';
    for (const auto& [name, value] : r.query) request += sep + name + "=" + value, sep = '&';
    if (auto e = read_log->record({0, utc_now(), r.principal.account_id, request, kind, r.peer})) return problem(*e, r.language());
    return std::nullopt;
  });
  // Up, on which backend, and how long writes have waited for the database's lock.
  router.add("GET", "/api/health", [&reg](const Request&) {
    const auto& waits = reg.store().lock_waits();
    return ok({{"status", "ok"},
               {"backend", reg.store().backend()},
               {"write_lock_wait", {{"last_ms", waits.last_us / 1000.0}, {"longest_ms", waits.longest_us / 1000.0}, {"over_a_second", waits.over_a_second.load()}}}});
  });
  const ProgramSettings settings{today, access};
  // Before the memo below: answers that change without a write through the registry, or that are
  // never shared (program/capability.h, fresh_reads).
  for (const auto& c : capabilities())
    if (c.fresh_reads) c.add_routes(router, reg, settings);
  // Memoized answers. A token's validity is checked anew each time, so an answer asked with one is
  // never shared. Otherwise an answer depends on the principal only through whether someone is
  // signed in and with which grants, so those are in the key, with the language asked for.
  auto cache = std::make_shared<ResponseCache>();
  auto key_of = [today](const Request& r) -> std::optional<std::string> {
    if (r.query.count("token")) return std::nullopt;
    std::string key = today().iso() + " " + r.language() + " " + r.path;
    if (r.principal.signed_in()) {
      key += "\x1e";
      for (const auto& g : r.principal.grants) key += std::string(name_of(g.role)) + ":" + g.scope_id + ",";
    }
    // The language is in the key as it is understood, not as it was written.
    for (const auto& [name, value] : r.query)
      if (name != "lang") key += "\x1f" + name + "=" + value;
    return key;
  };
  router.wrap_gets(
      [&reg, key_of, cache](Handler handler) -> Handler {
        return [&reg, key_of, cache, handler = std::move(handler)](const Request& r) {
          const auto key = key_of(r);
          if (!key) return handler(r);
          const auto version = reg.version();
          if (auto hit = cache->find(*key, version)) return *hit;
          Response response = handler(r);
          if (response.status == 200) cache->store(*key, version, response);
          return response;
        };
      },
      [&reg, key_of, cache](const Request& r) -> std::optional<Response> {
        const auto key = key_of(r);
        return key ? cache->find(*key, reg.version()) : std::nullopt;
      });

  router.add("GET", "/api/openapi.json", [](const Request&) {
    return Response{200, "application/json", openapi_document(), {}};
  });

  for (const auto& c : capabilities())
    if (!c.fresh_reads) c.add_routes(router, reg, settings);

  return router;
}

}  // namespace yp::http
