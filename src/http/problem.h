// Problem details (RFC 9457) for every error the API answers: a type, a title in the reader's
// language, the status, a detail, and for invalid input the pointer to each offending field.
#pragma once
#include <string>

#include "core/error.h"
#include "http/message.h"

namespace yp::http {

// A problem response with `status`; `type` is a short slug ("invalid", "not_found", …).
Response problem(int status, const std::string& type, const std::string& detail, const std::string& lang,
                 const std::string& pointer = "");
// The problem for a core Error: invalid → 422, not_found → 404, conflict → 409, unauthenticated → 401,
// forbidden → 403, too_many → 429, io → 503.
Response problem(const Error& error, const std::string& lang);

}  // namespace yp::http
