// Messages: the texts a person reads when something is refused, kept as data in `messages.json`
// files beside the code that refuses (embedded in the program, resources/resources.h) and turned
// into Finnish, Swedish or English only at the edge. A message is `{"code": {"fi": …, "sv": …,
// "en": …}}`; `{name}` in it is filled from the Error's parameters. Two files may not define the
// same code (the catalog test fails). Thread-safe: the catalog is read once, on first use.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace yp {

// The message `code` in `lang` with `params` filled in; a parameter marked `message` is itself
// rendered as a message in `lang`. An unknown code renders as the code itself, so that a missing
// text is visible rather than silent.
std::string render_message(std::string_view code, const std::vector<Param>& params, const std::string& lang);
// Whether the catalog has `code`.
bool has_message(std::string_view code);
// Every code of the catalog with the file it comes from, and any problem found reading the files
// (a code in two files, a language missing, a file that is not a catalog).
struct CatalogReport {
  std::vector<std::pair<std::string, std::string>> codes;  // code, file
  std::vector<std::string> problems;
};
CatalogReport inspect_catalog();

}  // namespace yp
