#include "files/xlsx.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <string_view>

#include "files/whole_file.h"

namespace yp::files {
namespace {

// A name Excel takes for a sheet: at most 31 characters, none of []:*?/\ and no apostrophe at
// either end. Letters other than ASCII ones are kept whole or not at all.
std::string sheet_name(const std::string& wanted) {
  std::string out;
  size_t characters = 0;
  for (size_t i = 0; i < wanted.size() && characters < 31;) {
    const unsigned char c = static_cast<unsigned char>(wanted[i]);
    const size_t length = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    std::string piece = wanted.substr(i, length);
    if (length == 1 && (c < 0x20 || std::string_view("[]:*?/\\").find(static_cast<char>(c)) != std::string_view::npos)) piece = "-";
    out += piece;
    i += length;
    ++characters;
  }
  while (!out.empty() && out.front() == '\'') out.erase(0, 1);
  while (!out.empty() && out.back() == '\'') out.pop_back();
  return out.empty() ? "report" : out;
}

}  // namespace

Result<std::string> xlsx_of(const budget::ReportTable& table, const std::string& sheet) {
  const char* tmp = std::getenv("TMPDIR");
  std::string path = std::string(tmp && *tmp ? tmp : "/tmp") + "/yp-report-XXXXXX";
  const int fd = mkstemp(path.data());
  if (fd < 0) return Error::io("cannot make a temporary file for the workbook in " + path);
  close(fd);
  struct Remove {
    std::string path;
    ~Remove() { unlink(path.c_str()); }
  } remove{path};

  lxw_workbook* book = workbook_new(path.c_str());
  if (!book) return Error::io("cannot start a workbook");
  lxw_worksheet* ws = workbook_add_worksheet(book, sheet_name(sheet).c_str());
  if (!ws) {
    workbook_close(book);
    return Error::io("the workbook refused the sheet's name");
  }
  lxw_format* bold = workbook_add_format(book);
  format_set_bold(bold);
  lxw_format* decimals = workbook_add_format(book);
  format_set_num_format(decimals, "#,##0.00");
  for (size_t c = 0; c < table.header.size(); ++c) {
    worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), table.header[c].c_str(), bold);
    worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), c < 2 ? 22 : 16, nullptr);
  }
  worksheet_freeze_panes(ws, 1, 0);
  for (size_t r = 0; r < table.rows.size(); ++r) {
    const auto row = static_cast<lxw_row_t>(r + 1);
    for (size_t c = 0; c < table.rows[r].size(); ++c) {
      const auto& cell = table.rows[r][c];
      if (cell.empty()) continue;
      const auto col = static_cast<lxw_col_t>(c);
      if (table.kinds[c] == budget::CellKind::number) {
        // Exact in the text; a spreadsheet holds doubles, which keep cents exact below 2^53 cents.
        const bool whole = cell.find('.') == std::string::npos;
        worksheet_write_number(ws, row, col, std::strtod(cell.c_str(), nullptr), whole ? nullptr : decimals);
      } else {
        worksheet_write_string(ws, row, col, cell.c_str(), nullptr);
      }
    }
  }
  if (const lxw_error e = workbook_close(book); e != LXW_NO_ERROR) return Error::io(std::string("cannot write the workbook: ") + lxw_strerror(e));
  auto bytes = read_whole_file(path);
  if (!bytes) return Error::io("cannot read the workbook back from " + path);
  return std::move(*bytes);
}

}  // namespace yp::files
