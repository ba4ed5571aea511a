// Enum names: every enum of the model is written in data files and JSON by a stable snake_case name.
// A model header declares `names_of(E)` returning the names in declaration order; the codecs use it
// to read and write the enum and to list the allowed values in an error.
#pragma once
#include <array>
#include <optional>
#include <span>
#include <string_view>

namespace yp {

template <class E>
std::string_view name_of(E value) {
  return names_of(E{})[static_cast<size_t>(value)];
}

template <class E>
std::optional<E> enum_from_name(std::string_view name) {
  auto names = names_of(E{});
  for (size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return static_cast<E>(i);
  return std::nullopt;
}

#define YP_ENUM_NAMES(Enum, ...)                                                  \
  inline std::span<const std::string_view> names_of(Enum) {                      \
    static constexpr std::string_view kNames[] = {__VA_ARGS__};                  \
    return kNames;                                                               \
  }

}  // namespace yp
