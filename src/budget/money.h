// Cents and basis points written as people read them, exactly: "1234.50" euros, "-6.33" per cent.
// No floating point on the way.
#pragma once
#include <cstdint>
#include <string>

namespace yp::budget {

// 123450 → "1234.50"; −5 → "-0.05".
inline std::string euros_text(std::int64_t cents) {
  const bool negative = cents < 0;
  const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(cents) : static_cast<std::uint64_t>(cents);
  const std::uint64_t fraction = magnitude % 100;
  return (negative ? "-" : "") + std::to_string(magnitude / 100) + (fraction < 10 ? ".0" : ".") + std::to_string(fraction);
}

// Basis points as a per cent with two decimals: −633 → "-6.33", 5 → "0.05".
inline std::string percent_text(std::int64_t basis_points) { return euros_text(basis_points); }

}  // namespace yp::budget
