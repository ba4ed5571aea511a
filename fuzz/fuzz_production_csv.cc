// Fuzzes the streaming production CSV reader differentially: the input read in blocks of 1 to 64
// bytes (so that lines and fields are cut by block ends everywhere) must give exactly what it gives
// read whole: the same errors, or the same records.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "budget/production_csv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const size_t block = 1 + data[0] % 64;
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  std::istringstream small(text), whole(text);
  const auto a = yp::files::read_production_csv(small, "fuzz", text.size(), {}, {}, block);
  const auto b = yp::files::read_production_csv(whole, "fuzz", text.size(), {}, {}, text.size() + 1);
  if (a.errors != b.errors || a.lines != b.lines || a.months != b.months || a.columns.size() != b.columns.size()) std::abort();
  for (size_t i = 0; i < a.columns.size(); ++i)
    if (a.columns.cents[i] != b.columns.cents[i] || a.columns.count[i] != b.columns.count[i] || a.columns.month[i] != b.columns.month[i] ||
        a.columns.members.name(a.columns.member[i]) != b.columns.members.name(b.columns.member[i]) ||
        a.columns.groups.name(a.columns.group[i]) != b.columns.groups.name(b.columns.group[i]))
      std::abort();
  return 0;
}
