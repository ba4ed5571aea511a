#include "http/openapi.h"

#include <regex>
#include <stdexcept>

namespace yp::http {
namespace {

constexpr const char* kShared = "http/openapi.json";

// Adds every member of `from` to `into`, where `where` names the place for an error.
std::optional<Error> add_members(nlohmann::json& into, const nlohmann::json& from, const std::string& where, const std::string& path) {
  for (const auto& [key, value] : from.items()) {
    if (into.contains(key) && into[key] != value) return Error::io("OpenAPI: " + where + key + " is defined twice (again in " + path + ")");
    into[key] = value;
  }
  return std::nullopt;
}

}  // namespace

Result<nlohmann::json> assemble_openapi(const std::vector<Resource>& files) {
  static const std::regex fragment_name(R"(^[a-z_]+/openapi\.json$)");
  nlohmann::json doc;
  for (const auto& f : files)
    if (f.path == kShared) doc = nlohmann::json::parse(f.content, nullptr, false);
  if (!doc.is_object()) return Error::io(std::string("OpenAPI: ") + kShared + " is missing or not JSON");
  for (const auto& f : files) {
    const std::string path(f.path);
    if (path == kShared || !std::regex_match(path, fragment_name)) continue;
    const auto fragment = nlohmann::json::parse(f.content, nullptr, false);
    if (!fragment.is_object()) return Error::io("OpenAPI: " + path + " is not JSON");
    const auto paths = fragment.value("paths", nlohmann::json::object());
    const auto components = fragment.value("components", nlohmann::json::object());
    for (const auto& [route, item] : paths.items())
      if (auto e = add_members(doc["paths"][route], item, "paths." + route + ".", path)) return *e;
    for (const auto& [kind, members] : components.items())
      if (auto e = add_members(doc["components"][kind], members, "components." + kind + ".", path)) return *e;
  }
  return doc;
}

const std::string& openapi_document() {
  static const std::string text = [] {
    auto doc = assemble_openapi(resources());
    if (!doc) throw std::runtime_error(doc.error().message);
    return doc.value().dump(2);
  }();
  return text;
}

}  // namespace yp::http
