// The monthly report as a table, for the files people take away (CSV, XLSX) and the command line:
// one header, one row a member × service group × month, every cell as text (exact decimals) with
// its kind, so that a spreadsheet writer can store euros and per cents as numbers. Pure.
#pragma once
#include <string>
#include <vector>

#include "budget/report.h"

namespace yp::budget {

enum class CellKind { text, number };

struct ReportTable {
  std::vector<std::string> header;
  std::vector<CellKind> kinds;
  std::vector<std::vector<std::string>> rows;  // an empty cell: no value (nothing allocated, or not reported)
};

// The lines of `report`, of `member` only when it is not empty.
ReportTable report_table(const MonthlyReport& report, const std::string& member);

// The table as CSV (RFC 4180: fields with a comma, quote or line end quoted), lines ending "\n".
std::string csv_of(const ReportTable& table);

}  // namespace yp::budget
