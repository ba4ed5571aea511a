#include "files/csv.h"

#include <optional>

namespace yp::files {

int CsvTable::column(const std::string& name) const {
  for (size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return static_cast<int>(i);
  return -1;
}

Result<CsvTable> parse_csv(const std::string& text) {
  CsvTable table;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, any = false;
  int line = 1, row_line = 1;
  auto end_row = [&]() -> std::optional<Error> {
    row.push_back(std::move(field));
    field.clear();
    if (!(row.size() == 1 && row[0].empty())) {
      if (table.header.empty()) {
        table.header = std::move(row);
      } else {
        if (row.size() != table.header.size())
          return Error::invalid("", "line " + std::to_string(row_line) + ": expected " + std::to_string(table.header.size()) +
                                        " fields, found " + std::to_string(row.size()));
        table.rows.push_back(std::move(row));
        table.row_lines.push_back(row_line);
      }
    }
    row.clear();
    return std::nullopt;
  };
  size_t start = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;  // a byte-order mark from spreadsheets
  for (size_t i = start; i < text.size(); ++i) {
    char c = text[i];
    any = true;
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\r') {
      continue;
    } else if (c == '\n') {
      if (auto e = end_row()) return *e;
      ++line;
      row_line = line;
    } else {
      field += c;
    }
  }
  if (quoted) return Error::invalid("", "line " + std::to_string(row_line) + ": a quoted field is not closed");
  if (any && (!field.empty() || !row.empty()))
    if (auto e = end_row()) return *e;
  if (table.header.empty()) return Error::invalid("", "the file has no header row");
  return table;
}

}  // namespace yp::files
