// Statute texts from Finlex XML: every section (saa:Pykala) of one statute file in one language,
// with its heading and its subsections joined as paragraphs. The file name says which statute it is
// (asd20210611.xml is 611/2021); the folder says the language (fi/ or sv/).
#pragma once
#include <map>
#include <string>

#include "core/error.h"

namespace yp::files {

struct StatuteText {
  std::string statute;   // "611/2021"
  std::string language;  // "fi" or "sv"
  struct Section {
    std::string heading;
    std::string text;
  };
  std::map<std::string, Section> sections;  // by "14 §", "64 a §"
};

// Whether `path` looks like a statute file (asdYYYYNNNN.xml under a fi/ or sv/ folder).
bool is_statute_file(const std::string& path);
Result<StatuteText> parse_statute(const std::string& path, const std::string& xml);

}  // namespace yp::files
