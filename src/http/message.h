// Request and Response as the API handlers see them: plain values, independent of the HTTP
// library, so that handlers can be tested and read without Boost.Beast.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/principal.h"

namespace yp::http {

// Addresses under this prefix take files as they are (CSV imports): larger bodies than the rest
// (ServerOptions::upload_limit), and of their own media type (the access gate).
inline constexpr const char* kImportPrefix = "/api/budget/imports/";

struct Request {
  std::string method;  // "GET", "POST", …
  std::string path;    // decoded, without the query
  std::map<std::string, std::string> query;
  std::map<std::string, std::string> params;  // from the route pattern
  std::string body;
  std::string accept_language;
  std::map<std::string, std::string> headers;  // names in lower case
  std::string peer;                            // the client's address
  Principal principal;                         // who asks: set by the API from the session cookie
  bool screened = false;                       // the gate passed it on its head (principal set): not asked again

  std::string header(const std::string& lower_name) const {
    auto it = headers.find(lower_name);
    return it == headers.end() ? "" : it->second;
  }
  // The value of cookie `name`, or empty.
  std::string cookie(const std::string& name) const;

  std::string query_or(const std::string& key, const std::string& fallback = "") const {
    auto it = query.find(key);
    return it == query.end() ? fallback : it->second;
  }
  // "fi", "sv" or "en" from ?lang= or Accept-Language; Finnish by default.
  std::string language() const;
  // Whether a body comes with the request (or, for a request's head, is announced).
  bool carries_body() const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::map<std::string, std::string> headers;
  std::vector<std::string> cookies = {};  // each sent as its own Set-Cookie header
};

}  // namespace yp::http
