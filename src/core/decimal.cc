#include <cctype>

#include "core/decimal.h"

namespace yp {

std::optional<long long> parse_decimal(const std::string& text) {
  size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
  long long whole = 0, fraction = 0;
  int digits = 0, fraction_digits = 0;
  for (; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i, ++digits) {
    if (whole > 900000000000LL) return std::nullopt;
    whole = whole * 10 + (text[i] - '0');
  }
  if (i < text.size() && text[i] == '.') {
    for (++i; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i, ++fraction_digits) {
      if (fraction_digits >= 6) return std::nullopt;  // finer than a millionth is not exact here
      fraction = fraction * 10 + (text[i] - '0');
    }
    if (fraction_digits == 0) return std::nullopt;
  }
  if (i != text.size() || digits == 0) return std::nullopt;
  for (int k = fraction_digits; k < 6; ++k) fraction *= 10;
  const long long value = whole * 1000000 + fraction;
  return negative ? -value : value;
}

std::optional<std::string> decimal_as_written(std::string text) {
  if (const auto comma = text.find(','); comma != std::string::npos && text.find('.') == std::string::npos) text[comma] = '.';
  if (!parse_decimal(text)) return std::nullopt;
  return text;
}

}  // namespace yp
