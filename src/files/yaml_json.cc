#include "files/yaml_json.h"

#include <yaml-cpp/yaml.h>

#include <regex>

namespace yp::files {
namespace {

nlohmann::json scalar(const YAML::Node& node) {
  const std::string& text = node.Scalar();
  if (node.Tag() == "!") return text;  // quoted: always a string
  if (text.empty() || text == "~" || text == "null") return nullptr;
  if (text == "true") return true;
  if (text == "false") return false;
  static const std::regex integer("-?(0|[1-9][0-9]{0,17})");
  if (std::regex_match(text, integer)) return std::stoll(text);
  return text;
}

// A document nested deeper than this, or of more nodes (an alias expanded again and again counts
// each time), is refused rather than followed.
constexpr int kMaxDepth = 64;
constexpr long kMaxNodes = 2'000'000;

struct TooBig {
  int line;
  std::string what;
};

nlohmann::json convert(const YAML::Node& node, const std::string& pointer, std::map<std::string, int>& lines, int depth, long& nodes) {
  if (depth > kMaxDepth) throw TooBig{node.Mark().line + 1, "is nested more than " + std::to_string(kMaxDepth) + " levels deep"};
  if (++nodes > kMaxNodes) throw TooBig{node.Mark().line + 1, "has more than " + std::to_string(kMaxNodes) + " values (aliases count each time they are used)"};
  lines[pointer] = node.Mark().line + 1;
  switch (node.Type()) {
    case YAML::NodeType::Sequence: {
      nlohmann::json out = nlohmann::json::array();
      for (size_t i = 0; i < node.size(); ++i) out.push_back(convert(node[i], pointer + "/" + std::to_string(i), lines, depth + 1, nodes));
      return out;
    }
    case YAML::NodeType::Map: {
      nlohmann::json out = nlohmann::json::object();
      for (const auto& kv : node) {
        const std::string key = kv.first.as<std::string>();
        lines[pointer + "/" + key] = kv.first.Mark().line + 1;
        out[key] = convert(kv.second, pointer + "/" + key, lines, depth + 1, nodes);
        lines[pointer + "/" + key] = kv.first.Mark().line + 1;
      }
      return out;
    }
    case YAML::NodeType::Scalar:
      return scalar(node);
    default:
      return nullptr;
  }
}

}  // namespace

int YamlDocument::line_of(std::string pointer) const {
  while (true) {
    auto it = lines.find(pointer);
    if (it != lines.end()) return it->second;
    auto slash = pointer.find_last_of('/');
    if (slash == std::string::npos || pointer.empty()) return 0;
    pointer = pointer.substr(0, slash);
  }
}

Result<YamlDocument> parse_yaml(const std::string& text) {
  try {
    YamlDocument doc;
    long nodes = 0;
    doc.value = convert(YAML::Load(text), "", doc.lines, 0, nodes);
    return doc;
  } catch (const YAML::Exception& e) {
    return Error::invalid("", "line " + std::to_string(e.mark.line + 1) + ": " + e.msg);
  } catch (const TooBig& e) {
    return Error::invalid("", "line " + std::to_string(e.line) + ": the document " + e.what);
  }
}

}  // namespace yp::files
