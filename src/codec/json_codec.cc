#include "codec/json_codec.h"

namespace yp::codec {

json encode(const std::string& s) { return s; }
json encode(const Date& d) { return d.iso(); }
json encode(const Text& t) {
  json out = json::object();
  if (!t.fi.empty()) out["fi"] = t.fi;
  if (!t.sv.empty()) out["sv"] = t.sv;
  if (!t.en.empty()) out["en"] = t.en;
  return out;
}

std::optional<Error> decode(const json& j, const std::string& path, std::string& out) {
  if (!j.is_string()) return Error::invalid(path, "must be a string");
  out = j.get<std::string>();
  return std::nullopt;
}

std::optional<Error> decode(const json& j, const std::string& path, Date& out) {
  if (j.is_string())
    if (auto d = Date::parse(j.get<std::string>())) {
      out = *d;
      return std::nullopt;
    }
  return Error::invalid(path, "must be a date written YYYY-MM-DD");
}

// A text is {fi, sv, en}; a plain string is taken as Finnish, the language of the documents.
std::optional<Error> decode(const json& j, const std::string& path, Text& out) {
  if (j.is_string()) {
    out = Text{j.get<std::string>(), "", ""};
    return std::nullopt;
  }
  if (!j.is_object()) return Error::invalid(path, "must be a text: a string or {fi, sv, en}");
  out = Text{};
  for (auto it = j.begin(); it != j.end(); ++it) {
    std::string* target = it.key() == "fi" ? &out.fi : it.key() == "sv" ? &out.sv : it.key() == "en" ? &out.en : nullptr;
    if (!target) return Error::invalid(path + "/" + it.key(), "is not a language: use fi, sv or en");
    if (!it->is_string()) return Error::invalid(path + "/" + it.key(), "must be a string");
    *target = it->get<std::string>();
  }
  return std::nullopt;
}

std::optional<Error> decode(const json& j, const std::string& path, bool& out) {
  if (!j.is_boolean()) return Error::invalid(path, "must be true or false");
  out = j.get<bool>();
  return std::nullopt;
}

std::optional<Error> decode(const json& j, const std::string& path, int& out) {
  if (!j.is_number_integer()) return Error::invalid(path, "must be a whole number");
  auto v = j.get<long long>();
  if (v < INT32_MIN || v > INT32_MAX) return Error::invalid(path, "is out of range");
  out = static_cast<int>(v);
  return std::nullopt;
}

std::optional<Error> decode(const json& j, const std::string& path, long& out) {
  if (!j.is_number_integer()) return Error::invalid(path, "must be a whole number");
  out = j.get<long>();
  return std::nullopt;
}

std::string allowed_names(std::span<const std::string_view> names) {
  std::string out;
  for (auto n : names) {
    if (!out.empty()) out += ", ";
    out += n;
  }
  return out;
}

}  // namespace yp::codec
