// One field of a CSV file as RFC 4180 writes it: quoted, with its quotes doubled, when it holds a
// comma, a quote or a line end; as it is otherwise.
#pragma once
#include <string>

namespace yp {

inline std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace yp
