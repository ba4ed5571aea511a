// The OpenAPI document the server serves and its router reads its contracts from, assembled from
// the shared part (http/openapi.json: info, tags, security, the shared paths and schemas) and the
// fragment of every capability that has routes (<capability>/openapi.json: its paths and the
// schemas only it uses). The http layer knows no capability: the fragments are found by their path.
//
// Contract: a path's operation or a component defined twice (in two fragments, or in a fragment
// and the shared part) is an error naming both places, unless both say the same.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/error.h"
#include "resources/resources.h"

namespace yp::http {

Result<nlohmann::json> assemble_openapi(const std::vector<Resource>& files);
// The document assembled from the embedded files, once (as text); the program cannot start
// without it, so a failure throws std::runtime_error with the error's words.
const std::string& openapi_document();

}  // namespace yp::http
