// YAML to JSON with line numbers: data files are written in YAML for people, decoded through the
// one JSON codec, and every JSON pointer in the result is mapped back to the line it came from so
// that an error names the file, the line and the field.
#pragma once
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "core/error.h"

namespace yp::files {

struct YamlDocument {
  nlohmann::json value;
  std::map<std::string, int> lines;  // JSON pointer → 1-based line

  // The line of `pointer`, or of its nearest ancestor that has one.
  int line_of(std::string pointer) const;
};

// Parses YAML text. Plain scalars become true/false, integers, null or strings; quoted scalars
// are always strings (write "091" for a code with a leading zero). A document nested more than 64
// levels deep, or of more than two million values once its aliases are expanded, is refused.
Result<YamlDocument> parse_yaml(const std::string& text);

}  // namespace yp::files
