// Problem details (RFC 9457) for every error the API answers: a type, a title in the reader's
// language, the status, a detail in the reader's language, and for invalid input the pointer to
// each offending field. No answer carries internals: what an Error keeps in `internal` (the
// database's or a library's own words) goes to the server's log only.
#pragma once
#include <string>
#include <vector>

#include "core/error.h"
#include "http/message.h"

namespace yp::http {

// A problem response with `status`; `type` is a short slug ("invalid", "not_found", …).
Response problem(int status, const std::string& type, const std::string& detail, const std::string& lang,
                 const std::string& pointer = "");
// The same with the detail made from the catalog's message `code` (core/messages.h) in `lang`.
Response coded_problem(int status, const std::string& type, const std::string& code, const std::vector<Param>& params, const std::string& lang);
// The problem for a core Error: invalid → 422, not_found → 404, conflict → 409, unauthenticated → 401,
// forbidden → 403, too_many → 429, storage_full → 507, io and read_only → 503 with Retry-After.
Response problem(const Error& error, const std::string& lang);

}  // namespace yp::http
