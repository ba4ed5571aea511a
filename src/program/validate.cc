#include "program/validate.h"

#include <cctype>

#include "program/capabilities.h"
#include "program/validator.h"

namespace yp {
namespace {

bool valid_id(const std::string& id) {
  if (id.empty()) return false;
  for (char c : id)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == ':')) return false;
  return true;
}

// Each capability's part, in the list's order.
template <class... Manifests>
void validate_each(Validator& v, CapabilityList<Manifests...>) {
  (Manifests::validate(v), ...);
}

}  // namespace

std::vector<Error> validate(const Dataset& data) {
  Validator v(data);
  data.for_each_collection([&](const char* name, const auto& collection) {
    for (const auto& item : collection.items)
      if (!valid_id(item.id))
        v.errors.push_back(Error::invalid(std::string("/") + name + "/" + item.id + "/id",
                                          "must be letters, digits, '-', '_', '.' or ':' (no spaces or slashes)"));
  });
  validate_each(v, Capabilities{});
  return std::move(v.errors);
}

}  // namespace yp
