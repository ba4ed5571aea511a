#include "http/router.h"

#include <nlohmann/json.hpp>

#include "core/limits.h"
#include "http/problem.h"

namespace yp::http {

std::string Request::language() const {
  std::string lang = query_or("lang");
  if (lang == "fi" || lang == "sv" || lang == "en") return lang;
  for (const char* l : {"sv", "en", "fi"})
    if (accept_language.rfind(l, 0) == 0) return l;
  return "fi";
}

std::string Request::cookie(const std::string& name) const {
  const std::string all = header("cookie");
  size_t start = 0;
  while (start < all.size()) {
    size_t end = all.find(';', start);
    if (end == std::string::npos) end = all.size();
    size_t first = all.find_first_not_of(' ', start);
    const auto eq = all.find('=', first);
    if (first < end && eq < end && all.compare(first, eq - first, name) == 0 && eq - first == name.size()) return all.substr(eq + 1, end - eq - 1);
    start = end + 1;
  }
  return "";
}

bool Request::carries_body() const {
  if (!body.empty() || !header("transfer-encoding").empty()) return true;
  const std::string length = header("content-length");
  return !length.empty() && length.find_first_not_of('0') != std::string::npos;
}

std::vector<std::string> split_path(const std::string& path) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    if (end > start) out.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string url_decode(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+') {
      out += ' ';
    } else if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
               std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

void Router::add(const std::string& method, const std::string& pattern, Handler handler, Screen screen) {
  const bool wrapped = method == "GET" && wrap_gets_;
  if (wrapped) handler = wrap_gets_(std::move(handler));
  routes_.push_back({method, pattern, split_path(pattern), std::move(handler), method != "GET", std::move(screen), wrapped && quick_});
}

void Router::add_open(const std::string& method, const std::string& pattern, Handler handler) {
  routes_.push_back({method, pattern, split_path(pattern), std::move(handler), false, {}, false});
}

std::vector<std::string> Router::routes() const {
  std::vector<std::string> out;
  for (const auto& route : routes_) out.push_back(route.method + " " + route.pattern);
  return out;
}

namespace {

bool target_in_bounds(const Request& r) {
  if (r.path.size() > kMaxPathBytes || !valid_utf8(r.path) || r.query.size() > kMaxQueryParameters) return false;
  for (const auto& [name, value] : r.query)
    if (name.size() > kMaxQueryValueBytes || value.size() > kMaxQueryValueBytes || !valid_utf8(name) || !valid_utf8(value)) return false;
  return true;
}

}  // namespace

std::variant<const Router::Route*, Response> Router::match(Request& request) const {
  if (!target_in_bounds(request))
    return coded_problem(400, "bad_request", "request.bad_target",
                   {{"path", std::to_string(kMaxPathBytes)}, {"value", std::to_string(kMaxQueryValueBytes)}, {"count", std::to_string(kMaxQueryParameters)}},
                   request.language());
  const auto segments = split_path(request.path);
  std::string allowed;
  for (const auto& route : routes_) {
    if (route.segments.size() != segments.size()) continue;
    std::map<std::string, std::string> params;
    bool match = true;
    for (size_t i = 0; i < segments.size() && match; ++i) {
      const auto& s = route.segments[i];
      // A parameter is an id: anything else names nothing here.
      if (s.size() > 2 && s.front() == '{' && s.back() == '}') match = is_id(segments[i]), params[s.substr(1, s.size() - 2)] = segments[i];
      else match = s == segments[i];
    }
    if (!match) continue;
    if (route.method != request.method) {
      allowed += (allowed.empty() ? "" : ", ") + route.method;
      continue;
    }
    request.params = std::move(params);
    const auto contract = contracts_.find(route.method + " " + route.pattern);
    for (const auto& [name, value] : request.query) {
      if (name == "lang" || (contract != contracts_.end() && contract->second.query.count(name))) continue;
      std::string names = "lang";
      if (contract != contracts_.end())
        for (const auto& n : contract->second.query) names += ", " + n;
      return coded_problem(400, "unknown_parameter", "request.unknown_parameter", {{"name", name}, {"allowed", names}}, request.language());
    }
    return &route;
  }
  if (!allowed.empty()) {
    Response r = coded_problem(405, "method_not_allowed", "request.method", {{"method", request.method}}, request.language());
    r.headers["Allow"] = allowed;
    return r;
  }
  if (request.method == "GET" && fallback_)
    if (auto answered = fallback_(request.path)) return *answered;
  return coded_problem(404, "not_found", "request.not_found", {{"path", request.path}}, request.language());
}

std::optional<Response> Router::logged(const Route& route, const Request& request) const {
  if (!read_log_ || !request.principal.signed_in()) return std::nullopt;
  const auto contract = contracts_.find(route.method + " " + route.pattern);
  if (contract == contracts_.end() || contract->second.read_log.empty()) return std::nullopt;
  return read_log_(request, contract->second.read_log);
}

Response Router::dispatch(Request request) const {
  auto matched = match(request);
  if (auto* answer = std::get_if<Response>(&matched)) return std::move(*answer);
  const Route& route = *std::get<const Route*>(matched);
  if (gate_ && !request.screened)
    if (auto answered = gate_(request, route.write)) return *answered;
  if (auto refused = logged(route, request)) return *refused;
  return route.handler(request);
}

std::optional<Response> Router::dispatch_quick(Request request) const {
  auto matched = match(request);
  if (auto* answer = std::get_if<Response>(&matched)) return std::move(*answer);
  const Route& route = *std::get<const Route*>(matched);
  if (!route.quick || !quick_gate_ || !quick_gate_(request)) return std::nullopt;
  auto answer = quick_(request);
  if (!answer) return std::nullopt;
  if (auto refused = logged(route, request)) return *refused;
  return answer;
}

std::optional<Response> Router::screen(Request& head) const {
  auto matched = match(head);
  if (auto* answer = std::get_if<Response>(&matched)) {
    // A GET no route matched may still be one of the web application's files: dispatch decides.
    if (head.method == "GET" && answer->status == 404) return std::nullopt;
    return std::move(*answer);
  }
  const Route& route = *std::get<const Route*>(matched);
  if (gate_)
    if (auto answered = gate_(head, route.write)) return answered;
  if (route.screen) return route.screen(head);
  return std::nullopt;
}

std::map<std::string, RouteContract> route_contracts(const std::string& openapi_json) {
  std::map<std::string, RouteContract> out;
  const auto doc = nlohmann::json::parse(openapi_json, nullptr, false);
  if (!doc.is_object() || !doc.contains("paths")) return out;
  for (const auto& [path, item] : doc["paths"].items()) {
    for (const auto& [method, operation] : item.items()) {
      if (method == "parameters" || !operation.is_object()) continue;
      std::string upper = method;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      RouteContract contract;
      for (const auto* list : {&item, &operation})
        if (list->contains("parameters"))
          for (const auto& p : (*list)["parameters"])
            if (p.value("in", "") == "query") contract.query.insert(p.value("name", ""));
      contract.read_log = operation.value("x-read-log", "");
      out[upper + " " + path] = std::move(contract);
    }
  }
  return out;
}

}  // namespace yp::http
