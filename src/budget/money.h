// Cents and basis points written as people read them, exactly: "1234.50" euros, "-6.33" per cent.
// No floating point on the way.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace yp::budget {

// 123450 → "1234.50"; −5 → "-0.05".
inline std::string euros_text(std::int64_t cents) {
  const bool negative = cents < 0;
  const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(cents) : static_cast<std::uint64_t>(cents);
  const std::uint64_t fraction = magnitude % 100;
  return (negative ? "-" : "") + std::to_string(magnitude / 100) + (fraction < 10 ? ".0" : ".") + std::to_string(fraction);
}

// "1234.5" or "-0.05" (euros, at most two decimals, no sign but a leading minus) as cents; none when
// the text is not that or does not fit. Allocates nothing: the CSV reader calls it for every record.
inline std::optional<std::int64_t> parse_cents(std::string_view text) {
  size_t i = 0;
  const bool negative = !text.empty() && text[0] == '-';
  if (negative) ++i;
  std::int64_t whole = 0;
  size_t digits = 0;
  constexpr std::int64_t kMostEuros = 92233720368547757LL;  // (2^63 − 100) / 100: cents must fit 64 bits
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++digits) {
    whole = whole * 10 + (text[i] - '0');
    if (whole > kMostEuros) return std::nullopt;
  }
  if (digits == 0) return std::nullopt;
  std::int64_t fraction = 0;
  if (i < text.size() && text[i] == '.') {
    ++i;
    size_t decimals = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++decimals) fraction = fraction * 10 + (text[i] - '0');
    if (decimals == 0 || decimals > 2) return std::nullopt;
    if (decimals == 1) fraction *= 10;
  }
  if (i != text.size()) return std::nullopt;
  const std::int64_t cents = whole * 100 + fraction;
  return negative ? -cents : cents;
}

// Basis points as a per cent with two decimals: −633 → "-6.33", 5 → "0.05".
inline std::string percent_text(std::int64_t basis_points) { return euros_text(basis_points); }

}  // namespace yp::budget
