// Writes a budget report table as an XLSX workbook (Debian's libxlsxwriter): one sheet, the header
// in bold, euros and per cents as numbers with two decimals so that a spreadsheet can sum them,
// empty cells left empty. libxlsxwriter 1.1.4 writes only to files, so the workbook passes through
// a temporary file that is removed at once.
#pragma once
#include <string>

#include "budget/report_table.h"
#include "core/error.h"

namespace yp::files {

// The workbook's bytes; `sheet` names the sheet (at most 31 characters).
Result<std::string> xlsx_of(const budget::ReportTable& table, const std::string& sheet);

}  // namespace yp::files
