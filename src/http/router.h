// Router: matches a method and a path against patterns such as "/api/bodies/{id}/members" and
// calls the handler with the captured parameters. Before any handler runs it holds the request to
// the bounds every route shares: a target of valid UTF-8 within its lengths (400 otherwise), route
// parameters that are ids (404 otherwise), and only the query parameters the route's contract
// declares (400 for any other; `lang` is always allowed). Answers 404 for an unknown path and 405
// (with Allow) for a known path with another method. Thread-safe once built.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "http/message.h"

namespace yp::http {

using Handler = std::function<Response(const Request&)>;
// Runs before every handler: fills in who asks, or answers in the handler's place (401, 403, 415,
// 429). `write` says that the route changes something and needs someone signed in; sign-in itself
// is added with add_open and passes `write` false.
using Gate = std::function<std::optional<Response>(Request&, bool write)>;
// The gate asked not to wait: fills in who asks when it can without waiting (no cookie, or a
// session it remembers), and says whether it could.
using QuickGate = std::function<bool(Request&)>;
// An answer that is ready without waiting (a memoized one), or nothing.
using QuickAnswer = std::function<std::optional<Response>(const Request&)>;

// What a route promises beyond its handler, read from the OpenAPI document (route_contracts()):
// the query parameters it takes, and whether reading it is logged (906/2019 § 17: "personal" for
// personal data, "non_public" for what the public may not read), when someone signed in reads it.
struct RouteContract {
  std::set<std::string> query;
  std::string read_log;
};
// Called for every logged read by someone signed in (after the gate, before the handler): the
// request and the route's read_log class. Answers in the handler's place when the read cannot be
// logged (then it is not served).
using ReadLogHook = std::function<std::optional<Response>(const Request&, const std::string& kind)>;

// The bounds of a request's target.
inline constexpr size_t kMaxPathBytes = 1024;
inline constexpr size_t kMaxQueryParameters = 32;
inline constexpr size_t kMaxQueryValueBytes = 1024;

// A route's own check of a request's head, after the gate, before its body is read: a refusal, or
// nothing to go on (e.g. an import that only one organisation's coordinator may send).
using Screen = std::function<std::optional<Response>(const Request& head)>;

class Router {
 public:
  void add(const std::string& method, const std::string& pattern, Handler handler, Screen screen = {});
  // A write that needs nobody signed in (signing in).
  void add_open(const std::string& method, const std::string& pattern, Handler handler);
  void set_gate(Gate gate) { gate_ = std::move(gate); }
  // The contract of each route, keyed "METHOD /pattern"; a route without one takes no query.
  void set_contracts(std::map<std::string, RouteContract> contracts) { contracts_ = std::move(contracts); }
  void set_read_log(ReadLogHook log) { read_log_ = std::move(log); }
  // Answers a GET that no route matches (the web application's files); nothing: 404 as usual.
  void set_fallback(std::function<std::optional<Response>(const std::string& path)> fallback) { fallback_ = std::move(fallback); }
  // Passes every GET handler added from now on through `wrap` (e.g. to memoize its answers), and
  // lets `quick` answer those routes without waiting when it can (the memo's answer).
  void wrap_gets(std::function<Handler(Handler)> wrap, QuickAnswer quick = {}) {
    wrap_gets_ = std::move(wrap);
    quick_ = std::move(quick);
  }
  void set_quick_gate(QuickGate gate) { quick_gate_ = std::move(gate); }
  Response dispatch(Request request) const;
  // Everything that can be answered from the request's head alone, before its body is read: a
  // target out of bounds, no such route, and the gate's refusals (no one signed in for a write, no
  // CSRF token, a wrong media type). Nothing: read the body and dispatch.
  // The gate fills in who asks on `head`.
  std::optional<Response> screen(Request& head) const;
  // The answer to a request without a body when it is ready without waiting on anything (the
  // database, another process): a refusal of its target, or a memoized answer for one whom the
  // quick gate knows. Nothing: dispatch it where waiting is allowed. The server asks this on its
  // I/O threads, so that memoized reads cost no hand-over to a worker.
  std::optional<Response> dispatch_quick(Request request) const;
  // Every route as "METHOD /pattern", in the order added (the OpenAPI test compares them).
  std::vector<std::string> routes() const;

 private:
  struct Route {
    std::string method;
    std::string pattern;
    std::vector<std::string> segments;
    Handler handler;
    bool write = false;
    Screen screen;
    bool quick = false;  // answered by quick_ when it can
  };
  // The route for the request (its parameters filled in), or the answer in its place.
  std::variant<const Route*, Response> match(Request& request) const;
  // The read log's refusal when the read cannot be logged; logs it otherwise (when it is one to log).
  std::optional<Response> logged(const Route& route, const Request& request) const;

  std::vector<Route> routes_;
  Gate gate_;
  std::map<std::string, RouteContract> contracts_;
  ReadLogHook read_log_;
  std::function<std::optional<Response>(const std::string&)> fallback_;
  std::function<Handler(Handler)> wrap_gets_;
  QuickAnswer quick_;
  QuickGate quick_gate_;
};

// The contract of every operation in an OpenAPI document: its query parameters, and its
// `x-read-log` extension.
std::map<std::string, RouteContract> route_contracts(const std::string& openapi_json);

// Splits "/a/b/c" into {"a","b","c"}.
std::vector<std::string> split_path(const std::string& path);
// Decodes %XX and '+' in a query component.
std::string url_decode(const std::string& text);

}  // namespace yp::http
