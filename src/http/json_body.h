// What the API's route files share: a JSON answer, a request body that must be one JSON object, a
// 404 for the entity a route's {id} names, and who made a change (for the audit trail).
#pragma once
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "http/message.h"
#include "http/problem.h"
#include "store/store.h"

namespace yp::http {

inline Response ok(const nlohmann::json& body, int status = 200) { return Response{status, "application/json", body.dump(), {}}; }

inline Result<nlohmann::json> parse_body(const Request& r) {
  auto j = nlohmann::json::parse(r.body, nullptr, false);
  if (j.is_discarded()) return Error::invalid("", "the body is not valid JSON");
  if (!j.is_object()) return Error::invalid("", "the body must be a JSON object");
  return j;
}

// 404 for the entity named by the route's {id}.
inline Response not_found(const Request& r, const std::string& what) {
  return problem(404, "not_found", "No " + what + " '" + r.params.at("id") + "'.", r.language());
}

inline Provenance provenance_of(const Request& r) { return {r.principal.account_id, r.method + " " + r.path}; }

}  // namespace yp::http
