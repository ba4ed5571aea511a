// Reads realised production (member, service_group, date, euros, count) or a monthly allocation
// (member, service_group, month, euros, count) from CSV into columns, streaming: a file of any size
// is read line by line, with progress reported by bytes. Columns are found by name in the header;
// lines starting with '#' are comments (synthetic files say so there). All or nothing: any bad
// line gives its LineError (the first 20 of them) and no columns.
#pragma once
#include <cstdint>
#include <functional>
#include <istream>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "budget/production.h"
#include "core/error.h"

namespace yp::files {

// A bad line: the file's name and the line, the column, and what is wrong as a coded Error
// (budget/messages.json), read as "body:5: kenttä 'euros': …" in the reader's language.
struct LineError {
  std::string file;
  size_t line = 0;
  std::string field;  // the column's name in the header; empty when about the whole line or file
  Error error;
  std::string text(const std::string& lang) const;
  bool operator==(const LineError& other) const;
};

struct ProductionRead {
  budget::Columns columns;
  std::vector<LineError> errors;
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
