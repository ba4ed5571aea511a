// The JSON of requests and answers, shared by the API's route files: a JSON answer, and a request
// body that must be one JSON object.
#pragma once
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "http/message.h"

namespace yp::http {

inline Response ok(const nlohmann::json& body, int status = 200) { return Response{status, "application/json", body.dump(), {}}; }

inline Result<nlohmann::json> parse_body(const Request& r) {
  auto j = nlohmann::json::parse(r.body, nullptr, false);
  if (j.is_discarded()) return Error::invalid("", "the body is not valid JSON");
  if (!j.is_object()) return Error::invalid("", "the body must be a JSON object");
  return j;
}

}  // namespace yp::http
