// Runs a named write operation (meetings, budget monitoring) for a request: under the registry's
// write lock, checks the grants `allowed(data)` returns, runs `run(data)`, stores its fragment with
// the audit entries (and what `then` adds) in one transaction, and answers the entity (`created`: the status of a success,
// with Location when the operation made something new), or the problem.
#pragma once
#include <functional>
#include <optional>
#include <span>
#include <type_traits>
#include <vector>

#include "access/access.h"
#include "core/messages.h"
#include "core/operation.h"
#include "http/json_body.h"
#include "http/router.h"
#include "program/live_registry.h"

namespace yp::http {

// A route that runs a named operation: its address, the operation, the argument its {id} fills
// (none: nullptr, for an address without {id}), and the status of a success.
struct OperationRoute {
  const char* path;
  const char* operation;
  const char* id_argument;
  int created;
};

// `then`: what the operation also changes in its transaction (LiveRegistry::Consequence).
template <class AllowedFn, class Run>
Response answer_operation(LiveRegistry& reg, const Request& r, const std::string& operation, AllowedFn allowed, Run run, int created,
                          const LiveRegistry::Consequence& then = {}) {
  std::optional<Written> done;
  // The refusal names the operation in the reader's words where the catalog has them.
  const std::string named = "action.operation." + operation;
  const std::string action = has_message(named) ? named : "action.operation";
  auto stored = reg.write(provenance_of(r), [&](const Dataset& d) -> Result<Dataset> {
    // `allowed` gives the grants any one of which allows it, or, per bearer, those that act for each.
    std::optional<Error> denied;
    if constexpr (std::is_same_v<std::decay_t<decltype(allowed(d))>, std::vector<yp::Allowed>>)
      denied = authorize_each(r.principal, allowed(d), action, &d);
    else
      denied = authorize(r.principal, allowed(d), action, &d);
    if (denied) return std::move(*denied).with({"operation", operation});
    Result<Written> result = run(d);
    if (!result) return result.error();
    done = std::move(result.value());
    return done->fragment;
  }, then);
  if (!stored) return problem(stored.error(), r.language());
  Response resp = ok(done->entity, created);
  if (!done->location.empty()) resp.headers["Location"] = done->location;
  return resp;
}

// Adds a POST route for each of `routes`: its arguments are the request's JSON body (none: {})
// with the route's {id} as its `id_argument`, and what `more` adds from the address (an agenda
// item's {number}); `who_may(data, operation, args)` gives the grants, `run(data, operation, args)`
// the change.
using MoreArguments = std::function<std::optional<Error>(const Request&, nlohmann::json&)>;
template <class WhoMay, class Run>
void add_operation_routes(Router& router, LiveRegistry& reg, std::span<const OperationRoute> routes, WhoMay who_may, Run run,
                          MoreArguments more = {}) {
  for (const auto& route : routes)
    router.add("POST", route.path, [&reg, route, who_may, run, more](const Request& r) {
      auto args = r.body.empty() ? Result<nlohmann::json>(nlohmann::json::object()) : parse_body(r);
      if (!args) return problem(args.error(), r.language());
      if (route.id_argument) (*args)[route.id_argument] = r.params.at("id");
      if (more)
        if (auto e = more(r, *args)) return problem(*e, r.language());
      return answer_operation(
          reg, r, route.operation, [&](const Dataset& d) { return who_may(d, route.operation, *args); },
          [&](const Dataset& d) { return run(d, route.operation, *args); }, route.created);
    });
}

}  // namespace yp::http
