// JSON codec: turns any model value into nlohmann::json and back, driven by the model's `fields`
// lists, so that the API, the store and the data loader share one definition of every field.
// Decoding is strict: a wrong type, a missing required field, an unknown enum name or an unknown
// field is an Error whose path points at the field (JSON pointer syntax).
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/enums.h"
#include "core/error.h"
#include "core/limits.h"
#include "core/source.h"
#include "core/text.h"

namespace yp::codec {

using nlohmann::json;

// JSON text as a value, or the Error: deeper than `max_depth`, not JSON, or not UTF-8. Every JSON
// text from outside (a request body, an imported file, an argument) is read through this.
Result<json> parse_json(std::string_view text, int max_depth = kMaxJsonDepth);
// A value as JSON text; a string that is not UTF-8 (which the decoders never let in) is written
// with replacement characters rather than failing.
std::string to_text(const json& j);

class Encoder;
class Decoder;

template <class T>
concept Described = requires(Encoder& e, T& t) { fields(e, t); };
template <class T>
concept NamedEnum = std::is_enum_v<T> && requires(T t) { names_of(t); };

// Every overload is declared before any is defined: the templates call each other on nested
// types, and lookup at the point of definition has to see them all.
json encode(const std::string& s);
json encode(const Date& d);
json encode(const Text& t);
template <NamedEnum E>
json encode(E e);
template <class T>
json encode(const std::optional<T>& o);
template <class T>
json encode(const std::vector<T>& v);
template <Described T>
json encode(const T& value);

std::optional<Error> decode(const json& j, const std::string& path, std::string& out);
std::optional<Error> decode(const json& j, const std::string& path, Date& out);
std::optional<Error> decode(const json& j, const std::string& path, Text& out);
std::optional<Error> decode(const json& j, const std::string& path, bool& out);
std::optional<Error> decode(const json& j, const std::string& path, int& out);
std::optional<Error> decode(const json& j, const std::string& path, long& out);
template <NamedEnum E>
std::optional<Error> decode(const json& j, const std::string& path, E& out);
template <class T>
std::optional<Error> decode(const json& j, const std::string& path, std::optional<T>& out);
template <class T>
std::optional<Error> decode(const json& j, const std::string& path, std::vector<T>& out);
template <Described T>
std::optional<Error> decode(const json& j, const std::string& path, T& out);

// ---- encoding ----

inline json encode(bool b) { return b; }
inline json encode(int i) { return i; }
inline json encode(long i) { return i; }
template <NamedEnum E>
json encode(E e) { return std::string(name_of(e)); }
template <class T>
json encode(const std::optional<T>& o) { return o ? encode(*o) : json(nullptr); }
template <class T>
json encode(const std::vector<T>& v) {
  json out = json::array();
  for (const auto& item : v) out.push_back(encode(item));
  return out;
}
// Writes each field. Required fields are always written; optional ones are left out when absent
// (empty strings, lists, texts, sources, nothing in an optional) so that documents stay readable.
class Encoder {
 public:
  json out = json::object();
  template <class T>
  void field(const char* name, T& value, bool required = true) {
    if (!required) {
      if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, Text> || std::is_same_v<T, Source>) {
        if (value.empty()) return;
      }
    }
    json j = encode(value);
    if (!required && (j.is_null() || (j.is_array() && j.empty()))) return;
    out[name] = std::move(j);
  }
};

template <Described T>
json encode(const T& value) {
  Encoder e;
  // fields() takes a mutable reference because decoding writes through the same list; encoding
  // only reads.
  fields(e, const_cast<T&>(value));
  return std::move(e.out);
}

// ---- decoding ----

std::string allowed_names(std::span<const std::string_view> names);

template <NamedEnum E>
std::optional<Error> decode(const json& j, const std::string& path, E& out) {
  if (j.is_string())
    if (auto e = enum_from_name<E>(j.get<std::string>())) {
      out = *e;
      return std::nullopt;
    }
  return Error::coded(ErrorKind::invalid, path, "codec.one_of", {{"allowed", allowed_names(names_of(E{}))}});
}
template <class T>
std::optional<Error> decode(const json& j, const std::string& path, std::optional<T>& out) {
  if (j.is_null()) {
    out.reset();
    return std::nullopt;
  }
  T value{};
  if (auto e = decode(j, path, value)) return e;
  out = std::move(value);
  return std::nullopt;
}
template <class T>
std::optional<Error> decode(const json& j, const std::string& path, std::vector<T>& out) {
  if (!j.is_array()) return Error::coded(ErrorKind::invalid, path, "codec.list");
  if (j.size() > kMaxListItems && !StoredDocuments::active()) return Error::coded(ErrorKind::invalid, path, "list.too_long", {{"max", std::to_string(kMaxListItems)}});
  out.clear();
  for (size_t i = 0; i < j.size(); ++i) {
    T value{};
    if (auto e = decode(j[i], path + "/" + std::to_string(i), value)) return e;
    out.push_back(std::move(value));
  }
  return std::nullopt;
}

class Decoder {
 public:
  Decoder(const json& object, const std::string& path) : object_(object), path_(path) {}
  std::optional<Error> error;

  template <class T>
  void field(const char* name, T& value, bool required = true) {
    if (error) return;
    seen_.insert(name);
    auto it = object_.find(name);
    if (it == object_.end() || it->is_null()) {
      if (required) error = Error::coded(ErrorKind::invalid, path_ + "/" + name, "codec.required");
      return;
    }
    error = decode(*it, path_ + "/" + name, value);
  }
  // After all fields: a key the struct does not have is an error (a typo would otherwise be lost).
  void reject_unknown() {
    if (error) return;
    for (auto it = object_.begin(); it != object_.end(); ++it)
      if (!seen_.count(it.key())) {
        error = Error::coded(ErrorKind::invalid, path_ + "/" + it.key(), "codec.unknown_field");
        return;
      }
  }

 private:
  const json& object_;
  std::string path_;
  std::set<std::string> seen_;
};

template <Described T>
std::optional<Error> decode(const json& j, const std::string& path, T& out) {
  if (!j.is_object()) return Error::coded(ErrorKind::invalid, path, "codec.object");
  Decoder d(j, path);
  fields(d, out);
  d.reject_unknown();
  return d.error;
}

// Decodes a whole value from `j`, or returns the first Error.
template <class T>
Result<T> decode_value(const json& j, const std::string& path = "") {
  T value{};
  if (auto e = decode(j, path, value)) return *e;
  return value;
}

}  // namespace yp::codec
