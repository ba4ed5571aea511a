// Reads realised production (member, service_group, date, euros, count) or a monthly allocation
// (member, service_group, month, euros, count) from CSV into columns, streaming: a file of any size
// is read line by line, with progress reported by bytes. Columns are found by name in the header;
// lines starting with '#' are comments (synthetic files say so there). All or nothing: any bad
// line gives "file:line: field: what is wrong" (the first 20 of them) and no columns.
#pragma once
#include <cstdint>
#include <functional>
#include <istream>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "budget/production.h"

namespace yp::files {

struct ProductionRead {
  budget::Columns columns;
  std::vector<std::string> errors;
  std::set<int> months;  // month indexes present, for replacing them whole
  size_t lines = 0;
};

// `members`: the organisations a row may name (empty: any). `progress(bytes_read, total_bytes)` is
// called now and then.
ProductionRead read_production_csv(const std::string& path, const std::set<std::string>& members,
                                   const std::function<void(std::uint64_t, std::uint64_t)>& progress = {});
// The same from a stream named `name` in errors (an uploaded body), of `total` bytes if known, read
// `block` bytes at a time (any size gives the same result; the fuzzer checks that).
ProductionRead read_production_csv(std::istream& in, const std::string& name, std::uint64_t total, const std::set<std::string>& members,
                                   const std::function<void(std::uint64_t, std::uint64_t)>& progress = {}, size_t block = size_t{4} << 20);

}  // namespace yp::files
