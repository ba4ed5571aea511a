#include "files/statute_xml.h"

#include <pugixml.hpp>

#include <filesystem>
#include <regex>

namespace yp::files {
namespace {

const std::regex kName("asd([0-9]{4})([0-9]{4})\\.xml");

std::string squeeze(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Finlex writes "64 a §" with no-break spaces; section ids are compared with plain ones.
std::string with_plain_spaces(std::string text) {
  for (size_t at; (at = text.find("\xC2\xA0")) != std::string::npos;) text.replace(at, 2, " ");
  return text;
}

// The text of an element and of everything inside it, white space folded.
std::string all_text(const pugi::xml_node& node) {
  std::string all;
  for (auto text : node.select_nodes(".//text()")) all += text.node().value();
  return squeeze(all);
}

// A subsection's words. A subsection made of numbered items (KohdatMomentti: an introduction, then
// items, some with sub-items) keeps each part on a line of its own, as the statute prints it.
std::string subsection_text(const pugi::xml_node& node) {
  if (!std::string_view(node.name()).ends_with("KohdatMomentti")) return all_text(node);
  std::string out;
  for (auto part : node.children()) {
    const std::string line = all_text(part);
    if (!line.empty()) out += (out.empty() ? "" : "\n") + line;
  }
  return out;
}

}  // namespace

bool is_statute_file(const std::string& path) {
  const std::filesystem::path p(path);
  const std::string lang = p.parent_path().filename().string();
  return (lang == "fi" || lang == "sv") && std::regex_match(p.filename().string(), kName);
}

Result<StatuteText> parse_statute(const std::string& path, const std::string& xml) {
  const std::filesystem::path p(path);
  std::smatch m;
  const std::string name = p.filename().string();
  if (!std::regex_match(name, m, kName)) return Error::invalid("", "a statute file is named asdYYYYNNNN.xml");
  StatuteText out;
  out.statute = std::to_string(std::stoi(m[2].str())) + "/" + m[1].str();
  out.language = p.parent_path().filename().string();
  pugi::xml_document doc;
  auto parsed = doc.load_string(xml.c_str());
  if (!parsed) return Error::invalid("", std::string("not well-formed XML: ") + parsed.description() + " at byte " + std::to_string(parsed.offset));
  for (auto node : doc.select_nodes("//*[local-name()='Pykala']")) {
    const auto section = node.node();
    std::string id;
    for (auto attribute : section.attributes())
      if (std::string_view(attribute.name()).ends_with("identifiointiTunnus")) id = with_plain_spaces(attribute.value());
    if (id.empty() || id.find("§") == std::string::npos) continue;
    StatuteText::Section s;
    for (auto child : section.children()) {
      const std::string_view tag = child.name();
      if (tag.ends_with("SaadosOtsikkoKooste")) s.heading = all_text(child);
      if (tag.ends_with("MomenttiKooste") || tag.ends_with("KohdatMomentti")) s.text += (s.text.empty() ? "" : "\n\n") + subsection_text(child);
    }
    out.sections[id] = std::move(s);
  }
  return out;
}

}  // namespace yp::files
