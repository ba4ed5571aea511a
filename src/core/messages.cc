#include "core/messages.h"

#include <map>
#include <nlohmann/json.hpp>

#include "core/text.h"
#include "resources/resources.h"

namespace yp {
namespace {

struct Catalog {
  std::map<std::string, Text, std::less<>> texts;
  CatalogReport report;
};

const Catalog& catalog() {
  static const Catalog all = [] {
    Catalog c;
    for (const auto& r : resources()) {
      if (!r.path.ends_with("messages.json")) continue;
      const std::string file(r.path);
      auto doc = nlohmann::json::parse(r.content, nullptr, false);
      if (!doc.is_object()) {
        c.report.problems.push_back(file + ": not a JSON object of messages");
        continue;
      }
      for (const auto& [code, text] : doc.items()) {
        if (c.texts.count(code)) c.report.problems.push_back(file + ": '" + code + "' is defined in another file too");
        Text t;
        for (auto [lang, target] : {std::pair{"fi", &t.fi}, {"sv", &t.sv}, {"en", &t.en}}) {
          if (text.is_object() && text.contains(lang) && text[lang].is_string() && !text[lang].get<std::string>().empty())
            *target = text[lang].get<std::string>();
          else
            c.report.problems.push_back(file + ": '" + code + "' has no text in " + lang);
        }
        c.texts[code] = std::move(t);
        c.report.codes.emplace_back(code, file);
      }
    }
    return c;
  }();
  return all;
}

std::string render(std::string_view code, const std::vector<Param>& params, const std::string& lang, int depth) {
  const auto& texts = catalog().texts;
  auto it = texts.find(code);
  if (it == texts.end()) return std::string(code);
  const std::string& pattern = it->second.in(lang);
  std::string out;
  out.reserve(pattern.size() + 32);
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{') {
      const auto close = pattern.find('}', i);
      if (close != std::string::npos) {
        const std::string_view name(pattern.data() + i + 1, close - i - 1);
        const Param* found = nullptr;
        for (const auto& p : params)
          if (p.name == name) found = &p;
        if (found) {
          if (found->message && depth < 3) out += render(found->value, params, lang, depth + 1);
          else if (!found->text.empty()) out += found->text.in(lang);
          else out += found->value;
          i = close;
          continue;
        }
      }
    }
    out += pattern[i];
  }
  return out;
}

}  // namespace

std::string render_message(std::string_view code, const std::vector<Param>& params, const std::string& lang) { return render(code, params, lang, 0); }

bool has_message(std::string_view code) { return catalog().texts.count(code) > 0; }

CatalogReport inspect_catalog() { return catalog().report; }

Error Error::coded(ErrorKind kind, std::string path, std::string code, std::vector<Param> params) {
  Error e{kind, std::move(path), "", std::move(code), std::move(params), {}};
  e.message = render_message(e.code, e.params, "en");
  return e;
}

Error Error::with(Param param) && {
  params.push_back(std::move(param));
  if (!code.empty()) message = render_message(code, params, "en");
  return std::move(*this);
}

std::string Error::text(const std::string& lang) const { return code.empty() ? message : render_message(code, params, lang); }

}  // namespace yp
