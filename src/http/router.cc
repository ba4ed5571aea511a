#include "http/router.h"

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

void Router::add(const std::string& method, const std::string& pattern, Handler handler) {
  if (method == "GET" && wrap_gets_) handler = wrap_gets_(std::move(handler));
  routes_.push_back({method, split_path(pattern), std::move(handler), method != "GET"});
}

void Router::add_open(const std::string& method, const std::string& pattern, Handler handler) {
  routes_.push_back({method, split_path(pattern), std::move(handler), false});
}

std::vector<std::string> Router::routes() const {
  std::vector<std::string> out;
  for (const auto& route : routes_) {
    std::string path;
    for (const auto& s : route.segments) path += "/" + s;
    out.push_back(route.method + " " + path);
  }
  return out;
}

Response Router::dispatch(Request request) const {
  const auto segments = split_path(request.path);
  std::string allowed;
  for (const auto& route : routes_) {
    if (route.segments.size() != segments.size()) continue;
    std::map<std::string, std::string> params;
    bool match = true;
    for (size_t i = 0; i < segments.size() && match; ++i) {
      const auto& s = route.segments[i];
      if (s.size() > 2 && s.front() == '{' && s.back() == '}') params[s.substr(1, s.size() - 2)] = segments[i];
      else match = s == segments[i];
    }
    if (!match) continue;
    if (route.method != request.method) {
      allowed += (allowed.empty() ? "" : ", ") + route.method;
      continue;
    }
    request.params = std::move(params);
    if (gate_)
      if (auto answered = gate_(request, route.write)) return *answered;
    return route.handler(request);
  }
  if (allowed.empty() && fallback_ && request.method == "GET")
    if (auto answered = fallback_(request.path)) return *answered;
  if (!allowed.empty()) {
    Response r = problem(405, "method_not_allowed", "This path does not accept " + request.method + ".", request.language());
    r.headers["Allow"] = allowed;
    return r;
  }
  return problem(404, "not_found", "No resource at " + request.path + ".", request.language());
}

}  // namespace yp::http
