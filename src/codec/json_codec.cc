#include "codec/json_codec.h"

#include "core/limits.h"

namespace yp::codec {

Result<json> parse_json(std::string_view text, int max_depth) {
  // Depth first, without recursion, so that no parser ever descends further than the limit.
  int depth = 0;
  bool in_string = false, escaped = false;
  for (const char c : text) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '{' || c == '[') {
      if (++depth > max_depth) return Error::coded(ErrorKind::invalid, "", "json.too_deep", {{"max", std::to_string(max_depth)}});
    } else if (c == '}' || c == ']') --depth;
  }
  auto j = json::parse(text, nullptr, false);  // checks UTF-8 too
  if (j.is_discarded()) return Error::coded(ErrorKind::invalid, "", "json.invalid");
  return j;
}

std::string to_text(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

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
  if (!j.is_string()) return Error::coded(ErrorKind::invalid, path, "codec.string");
  const auto& text = j.get_ref<const std::string&>();
  if (auto e = check_field(path, text)) return e;
  out = text;
  return std::nullopt;
}

std::optional<Error> decode(const json& j, const std::string& path, Date& out) {
  if (j.is_string())
    if (auto d = Date::parse_written(j.get<std::string>())) {
      if ((d->year < kFirstYear || d->year > kLastYear) && !StoredDocuments::active())
        return Error::coded(ErrorKind::invalid, path, "date.out_of_range",
                            {{"from", Date{kFirstYear, 1, 1}.iso()}, {"until", Date{kLastYear, 12, 31}.iso()}});
      out = *d;
      return std::nullopt;
    }
  return Error::coded(ErrorKind::invalid, path, "date.invalid");
}

// A text is {fi, sv, en}; a plain string is taken as Finnish, the language of the documents.
std::optional<Error> decode(const json& j, const std::string& path, Text& out) {
  if (j.is_string()) {
    if (auto e = check_field(path, j.get_ref<const std::string&>())) return e;
    out = Text{j.get<std::string>(), "", ""};
    return std::nullopt;
  }
  if (!j.is_object()) return Error::coded(ErrorKind::invalid, path, "codec.text");
  out = Text{};
  for (auto it = j.begin(); it != j.end(); ++it) {
    std::string* target = it.key() == "fi" ? &out.fi : it.key() == "sv" ? &out.sv : it.key() == "en" ? &out.en : nullptr;
    if (!target) return Error::coded(ErrorKind::invalid, path + "/" + it.key(), "codec.language");
    if (!it->is_string()) return Error::coded(ErrorKind::invalid, path + "/" + it.key(), "codec.string");
    if (auto e = check_field(path + "/" + it.key(), it->get_ref<const std::string&>())) return e;
    *target = it->get<std::string>();
  }
  return std::nullopt;
}

std::optional<Error> decode(const json& j, const std::string& path, bool& out) {
  if (!j.is_boolean()) return Error::coded(ErrorKind::invalid, path, "codec.boolean");
  out = j.get<bool>();
  return std::nullopt;
}

std::optional<Error> decode(const json& j, const std::string& path, int& out) {
  if (!j.is_number_integer()) return Error::coded(ErrorKind::invalid, path, "codec.whole_number");
  if (j.is_number_unsigned() && j.get<unsigned long long>() > static_cast<unsigned long long>(INT32_MAX))
    return Error::coded(ErrorKind::invalid, path, "number.out_of_range");
  auto v = j.get<long long>();
  if (v < INT32_MIN || v > INT32_MAX) return Error::coded(ErrorKind::invalid, path, "number.out_of_range");
  out = static_cast<int>(v);
  return std::nullopt;
}

std::optional<Error> decode(const json& j, const std::string& path, long& out) {
  if (!j.is_number_integer()) return Error::coded(ErrorKind::invalid, path, "codec.whole_number");
  if (j.is_number_unsigned() && j.get<unsigned long long>() > static_cast<unsigned long long>(INT64_MAX))
    return Error::coded(ErrorKind::invalid, path, "number.out_of_range");
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
