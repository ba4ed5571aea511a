#include "program/capabilities.h"

namespace yp {
namespace {

template <class... Manifests>
std::vector<Capability> describe(CapabilityList<Manifests...>) {
  return {Manifests::describe()...};
}

}  // namespace

const std::vector<Capability>& capabilities() {
  static const std::vector<Capability> all = describe(Capabilities{});
  return all;
}

}  // namespace yp
