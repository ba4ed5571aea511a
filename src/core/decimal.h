// Decimal numbers written as text ("-2.5"), read exactly as millionths: parameters and values
// from data files are compared without floating point.
#pragma once
#include <optional>
#include <string>

namespace yp {

// Decimal text ("-2.5") as millionths, exactly; nothing when it is not a decimal number.
std::optional<long long> parse_decimal(const std::string& text);

}  // namespace yp
