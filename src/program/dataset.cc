#include "program/dataset.h"

#include <type_traits>

namespace yp {

void Dataset::merge(const Dataset& other) {
  for_each_collection([&](const char* name, auto& mine) {
    other.for_each_collection([&](const char* other_name, const auto& theirs) {
      if constexpr (std::is_same_v<std::decay_t<decltype(mine)>, std::decay_t<decltype(theirs)>>) {
        if (std::string_view(name) == other_name)
          for (const auto& item : theirs.items) mine.put(item);
      }
    });
  });
}

}  // namespace yp
