// Decimal numbers written as text ("-2.5"), read exactly as millionths: parameters and values
// from data files are compared without floating point.
#pragma once
#include <optional>
#include <string>

namespace yp {

// Decimal text ("-2.5") as millionths, exactly; nothing when it is not a decimal number.
std::optional<long long> parse_decimal(const std::string& text);

// A decimal number as a person types it, with the decimal comma Finnish and Swedish write ("2,5")
// or a point ("2.5"), as the decimal text the data keeps ("2.5"); nothing when it is not one.
std::optional<std::string> decimal_as_written(std::string text);

}  // namespace yp
