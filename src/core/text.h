// Text: one human-readable string in the three languages the product speaks. Finnish is the
// language of the source documents, so it is the fallback when a translation is missing.
#pragma once
#include <string>

namespace yp {

struct Text {
  std::string fi;
  std::string sv;
  std::string en;

  // Returns the text in `lang` ("fi", "sv" or "en"), falling back to Finnish, then to any.
  const std::string& in(const std::string& lang) const {
    const std::string& wanted = lang == "sv" ? sv : lang == "en" ? en : fi;
    if (!wanted.empty()) return wanted;
    if (!fi.empty()) return fi;
    return !sv.empty() ? sv : en;
  }
  bool empty() const { return fi.empty() && sv.empty() && en.empty(); }
  bool operator==(const Text&) const = default;
};

}  // namespace yp
