// Runs a named write operation (meetings, budget monitoring) for a request: under the registry's
// write lock, checks the grants `allowed(data)` returns, runs `run(data)`, stores its fragment with
// the audit entries (and what `then` adds) in one transaction, and answers the entity (`created`: the status of a success,
// with Location when the operation made something new), or the problem.
#pragma once
#include <optional>
#include <type_traits>
#include <vector>

#include "access/access.h"
#include "core/operation.h"
#include "http/json_body.h"
#include "program/live_registry.h"

namespace yp::http {

// A route that runs a named operation: its address, the operation, the argument its {id} fills
// (none: nullptr), and the status of a success.
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
  auto stored = reg.write(provenance_of(r), [&](const Dataset& d) -> Result<Dataset> {
    // `allowed` gives the grants any one of which allows it, or, per bearer, those that act for each.
    std::optional<Error> denied;
    if constexpr (std::is_same_v<std::decay_t<decltype(allowed(d))>, std::vector<yp::Allowed>>)
      denied = authorize_each(r.principal, allowed(d), "action.operation", &d);
    else
      denied = authorize(r.principal, allowed(d), "action.operation", &d);
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

}  // namespace yp::http
