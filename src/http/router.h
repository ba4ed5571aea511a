// Router: matches a method and a path against patterns such as "/api/bodies/{id}/members" and
// calls the handler with the captured parameters. Answers 404 for an unknown path and 405 (with
// Allow) for a known path with another method.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "http/message.h"

namespace yp::http {

using Handler = std::function<Response(const Request&)>;
// Runs before every handler: fills in who asks, or answers in the handler's place (401, 403, 415,
// 429). `write` says that the route changes something and needs someone signed in; sign-in itself
// is added with add_open and passes `write` false.
using Gate = std::function<std::optional<Response>(Request&, bool write)>;

class Router {
 public:
  void add(const std::string& method, const std::string& pattern, Handler handler);
  // A write that needs nobody signed in (signing in).
  void add_open(const std::string& method, const std::string& pattern, Handler handler);
  void set_gate(Gate gate) { gate_ = std::move(gate); }
  // Answers a GET that no route matches (the web application's files); nothing: 404 as usual.
  void set_fallback(std::function<std::optional<Response>(const std::string& path)> fallback) { fallback_ = std::move(fallback); }
  // Passes every GET handler added from now on through `wrap` (e.g. to memoize its answers).
  void wrap_gets(std::function<Handler(Handler)> wrap) { wrap_gets_ = std::move(wrap); }
  Response dispatch(Request request) const;
  // Every route as "METHOD /pattern", in the order added (the OpenAPI test compares them).
  std::vector<std::string> routes() const;

 private:
  struct Route {
    std::string method;
    std::vector<std::string> segments;
    Handler handler;
    bool write = false;
  };
  std::vector<Route> routes_;
  Gate gate_;
  std::function<std::optional<Response>(const std::string&)> fallback_;
  std::function<Handler(Handler)> wrap_gets_;
};

// Splits "/a/b/c" into {"a","b","c"}.
std::vector<std::string> split_path(const std::string& path);
// Decodes %XX and '+' in a query component.
std::string url_decode(const std::string& text);

}  // namespace yp::http
