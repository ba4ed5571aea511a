#include "store/audit_diff.h"

#include <map>
#include <nlohmann/json.hpp>

namespace yp {
namespace {

using nlohmann::json;

// The key an element of a list is known by, or empty.
std::string key_of(const json& element) {
  if (!element.is_object()) return "";
  for (const char* name : {"id", "number"})
    if (auto it = element.find(name); it != element.end()) return it->is_string() ? it->get<std::string>() : it->dump();
  return "";
}

bool keyed(const json& list) {
  if (!list.is_array() || list.empty()) return false;
  for (const auto& e : list)
    if (key_of(e).empty()) return false;
  return true;
}

}  // namespace

std::pair<std::string, std::string> audit_diff(const std::string& before_text, const std::string& after_text) {
  if (before_text.empty()) return {before_text, after_text};
  const json before = json::parse(before_text, nullptr, false), after = json::parse(after_text, nullptr, false);
  if (!before.is_object() || !after.is_object()) return {before_text, after_text};
  json was = json::object(), now = json::object();
  if (after.contains("id")) was["id"] = now["id"] = after["id"];
  for (const auto& [name, value] : after.items()) {
    auto old = before.find(name);
    if (old != before.end() && *old == value) continue;
    if (old != before.end() && (keyed(*old) || old->empty()) && (keyed(value) || value.empty()) && !(old->empty() && value.empty())) {
      json gone = json::object(), came = json::object();
      std::map<std::string, const json*> earlier;
      for (const auto& e : *old) earlier[key_of(e)] = &e;
      for (const auto& e : value) {
        const std::string k = key_of(e);
        auto it = earlier.find(k);
        if (it == earlier.end()) came[k] = e;
        else if (*it->second != e) gone[k] = *it->second, came[k] = e;
        if (it != earlier.end()) earlier.erase(it);
      }
      for (const auto& [k, e] : earlier) gone[k] = *e;
      was[name] = std::move(gone);
      now[name] = std::move(came);
      continue;
    }
    if (old != before.end()) was[name] = *old;
    now[name] = value;
  }
  for (const auto& [name, value] : before.items())
    if (!after.contains(name)) was[name] = value;
  return {was.dump(), now.dump()};
}

}  // namespace yp
