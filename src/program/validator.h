// Validator: what every capability's part of the Dataset's validation shares (its manifest's
// `validate`, program/capabilities.h): the Dataset, the errors found so far (each with a path
// "/<collection>/<id>/<field…>" so that the loader can name file and line), and the checks they
// all make: a reference resolves, a period runs forwards, a source names a known document, a
// decimal is one, an organisation is a party.
#pragma once
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/decimal.h"
#include "core/error.h"
#include "program/dataset.h"

namespace yp {

class Validator {
 public:
  explicit Validator(const Dataset& d) : data(d) {}
  const Dataset& data;
  std::vector<Error> errors;

  template <class C>
  void ref(const std::string& path, const std::string& id, const C& collection, const char* what) {
    if (!id.empty() && !collection.find(id)) errors.push_back(Error::invalid(path, std::string("refers to unknown ") + what + " '" + id + "'"));
  }
  template <class C>
  void refs(const std::string& path, const std::vector<std::string>& ids, const C& collection, const char* what) {
    for (size_t i = 0; i < ids.size(); ++i) ref(path + "/" + std::to_string(i), ids[i], collection, what);
  }
  void org(const std::string& path, const std::string& id) { ref(path, id, data.organisations, "organisation"); }
  void orgs(const std::string& path, const std::vector<std::string>& ids) { refs(path, ids, data.organisations, "organisation"); }
  void period(const std::string& path, const std::optional<Date>& start, const std::optional<Date>& end) {
    if (start && end && *end < *start) errors.push_back(Error::invalid(path + "/end_date", "is before the start date"));
  }
  void source(const std::string& path, const Source& s) {
    if (!s.document.empty() && s.document.find('/') == std::string::npos && !data.documents.find(s.document))
      errors.push_back(Error::invalid(path + "/source/document", "refers to unknown document '" + s.document + "'"));
  }
  void decimal(const std::string& path, const std::string& value) {
    if (!parse_decimal(value)) errors.push_back(Error::invalid(path, "must be a decimal number such as 5 or -2.5"));
  }
  void member_of(const std::string& path, const std::string& id, const std::vector<std::string>& parties, const char* what) {
    if (!id.empty() && std::find(parties.begin(), parties.end(), id) == parties.end())
      errors.push_back(Error::invalid(path, "'" + id + "' is not a party of the " + what));
  }
};

}  // namespace yp
