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

nlohmann::json convert(const YAML::Node& node, const std::string& pointer, std::map<std::string, int>& lines) {
  lines[pointer] = node.Mark().line + 1;
  switch (node.Type()) {
    case YAML::NodeType::Sequence: {
      nlohmann::json out = nlohmann::json::array();
      for (size_t i = 0; i < node.size(); ++i) out.push_back(convert(node[i], pointer + "/" + std::to_string(i), lines));
      return out;
    }
    case YAML::NodeType::Map: {
      nlohmann::json out = nlohmann::json::object();
      for (const auto& kv : node) {
        const std::string key = kv.first.as<std::string>();
        lines[pointer + "/" + key] = kv.first.Mark().line + 1;
        out[key] = convert(kv.second, pointer + "/" + key, lines);
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
    doc.value = convert(YAML::Load(text), "", doc.lines);
    return doc;
  } catch (const YAML::Exception& e) {
    return Error::invalid("", "line " + std::to_string(e.mark.line + 1) + ": " + e.msg);
  }
}

}  // namespace yp::files
