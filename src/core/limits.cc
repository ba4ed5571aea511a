#include "core/limits.h"

#include <array>

namespace yp {

bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    const unsigned char c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    int more = 0;
    unsigned cp = 0, min = 0;
    if ((c & 0xE0) == 0xC0) more = 1, cp = c & 0x1F, min = 0x80;
    else if ((c & 0xF0) == 0xE0) more = 2, cp = c & 0x0F, min = 0x800;
    else if ((c & 0xF8) == 0xF0) more = 3, cp = c & 0x07, min = 0x10000;
    else return false;
    if (end - p <= more) return false;
    for (int i = 1; i <= more; ++i) {
      if ((p[i] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    p += more + 1;
  }
  return true;
}

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool is_id(std::string_view s) {
  if (s.empty() || s.size() > kMaxIdBytes) return false;
  auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
  if (!alnum(s.front())) return false;
  for (char c : s)
    if (!alnum(c) && c != '.' && c != '_' && c != '-' && c != '@') return false;
  return true;
}

FieldClass field_class(std::string_view pointer) {
  // The field's own name: the last segment that is neither a list index nor a language.
  std::string_view name;
  while (!pointer.empty()) {
    const auto slash = pointer.find_last_of('/');
    name = slash == std::string_view::npos ? pointer : pointer.substr(slash + 1);
    pointer = slash == std::string_view::npos ? std::string_view() : pointer.substr(0, slash);
    const bool index = !name.empty() && name.find_first_not_of("0123456789") == std::string_view::npos;
    if (!index && name != "fi" && name != "sv" && name != "en") break;
  }
  if (name == "id" || name.ends_with("_id") || name.ends_with("_ids")) return FieldClass::id;
  static constexpr std::array<std::string_view, 6> names = {"name", "title", "label", "short_name", "subject_name", "approving_body"};
  for (auto n : names)
    if (name == n) return FieldClass::name;
  return FieldClass::text;
}

namespace {
thread_local int stored_documents = 0;
}  // namespace

StoredDocuments::StoredDocuments() { ++stored_documents; }
StoredDocuments::~StoredDocuments() { --stored_documents; }
bool StoredDocuments::active() { return stored_documents > 0; }

std::optional<Error> check_field(std::string_view pointer, std::string_view value) {
  if (StoredDocuments::active()) return std::nullopt;
  const std::string path(pointer);
  if (!valid_utf8(value)) return Error::coded(ErrorKind::invalid, path, "text.not_utf8");
  switch (field_class(pointer)) {
    case FieldClass::id:
      if (!value.empty() && !is_id(value))
        return Error::coded(ErrorKind::invalid, path, "text.not_an_id", {{"max", std::to_string(kMaxIdBytes)}});
      break;
    case FieldClass::name:
      if (value.size() > kMaxNameChars && utf8_length(value) > kMaxNameChars)
        return Error::coded(ErrorKind::invalid, path, "text.too_long", {{"max", std::to_string(kMaxNameChars)}});
      break;
    case FieldClass::text:
      if (value.size() > kMaxTextChars && utf8_length(value) > kMaxTextChars)
        return Error::coded(ErrorKind::invalid, path, "text.too_long", {{"max", std::to_string(kMaxTextChars)}});
      break;
  }
  return std::nullopt;
}

}  // namespace yp
