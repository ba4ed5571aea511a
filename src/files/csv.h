// CSV reading (RFC 4180: quoted fields, doubled quotes, CRLF or LF). Rows are read by column
// name so that a newer classification file with more or reordered columns still loads.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/error.h"

namespace yp::files {

struct CsvTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<int> row_lines;  // 1-based line where each row starts

  // The column index of `name`, or -1.
  int column(const std::string& name) const;
};

Result<CsvTable> parse_csv(const std::string& text);

}  // namespace yp::files
