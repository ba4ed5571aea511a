// What the API's route files share: a JSON answer, a request body that must be one JSON object, a
// 404 for the entity a route's {id} names, and who made a change (for the audit trail).
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

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

// A whole number written with 1 to `max_digits` digits and nothing else (a year, a month, an
// agenda item's number, a limit in a query), or nothing.
inline std::optional<int> digits(const std::string& text, size_t max_digits) {
  if (text.empty() || text.size() > max_digits || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  return std::stoi(text);
}

// 404 for the entity named by the route's {id}.
inline Response not_found(const Request& r, const std::string& what) {
  return problem(404, "not_found", "No " + what + " '" + r.params.at("id") + "'.", r.language());
}

inline Provenance provenance_of(const Request& r) { return {r.principal.account_id, r.method + " " + r.path}; }

}  // namespace yp::http
