// What the API's route files share: a JSON answer, a request body that must be one JSON object, a
// 404 for the entity a route's {id} names, and who made a change (for the audit trail).
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "codec/json_codec.h"
#include "core/error.h"
#include "http/message.h"
#include "http/problem.h"
#include "store/store.h"

namespace yp::http {

inline Response ok(const nlohmann::json& body, int status = 200) { return Response{status, "application/json", codec::to_text(body), {}}; }

// The body as one JSON object, within the limits of codec::parse_json.
inline Result<nlohmann::json> parse_body(const Request& r) {
  auto j = codec::parse_json(r.body);
  if (!j) return j.error();
  if (!j->is_object()) return Error::coded(ErrorKind::invalid, "", "json.not_object");
  return j;
}

// The string field `name` of a body (`fallback` when absent), checked as the codec checks it.
inline Result<std::string> string_field(const nlohmann::json& body, const std::string& name, const std::string& fallback = "") {
  auto it = body.find(name);
  if (it == body.end() || it->is_null()) return fallback;
  return codec::decode_value<std::string>(*it, "/" + name);
}

// A whole number written with 1 to `max_digits` digits and nothing else (a year, a month, an
// agenda item's number, a limit in a query), or nothing.
inline std::optional<int> digits(const std::string& text, size_t max_digits) {
  if (text.empty() || text.size() > max_digits || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  return std::stoi(text);
}

// 404 for the entity named by the route's {id}; `what` names its kind ("organisation", "body"),
// the message "entity.<what>" of the catalog.
inline Response not_found(const Request& r, const std::string& what) {
  return coded_problem(404, "not_found", "request.no_such", {{"what", "entity." + what, true}, {"id", r.params.at("id")}}, r.language());
}

inline Provenance provenance_of(const Request& r) { return {r.principal.account_id, r.method + " " + r.path}; }

}  // namespace yp::http
