#include "budget/report_table.h"

#include "budget/money.h"
#include "core/csv_field.h"

namespace yp::budget {

ReportTable report_table(const MonthlyReport& report, const std::string& member) {
  ReportTable t;
  t.header = {"member",          "service_group",  "month",         "allocated_euros",         "realised_euros",
              "deviation_euros", "deviation_percent", "allocated_to_date_euros", "realised_to_date_euros", "deviation_to_date_percent",
              "allocated_count", "realised_count", "significant"};
  t.kinds = {CellKind::text,   CellKind::text,   CellKind::text,   CellKind::number, CellKind::number, CellKind::number, CellKind::number,
             CellKind::number, CellKind::number, CellKind::number, CellKind::number, CellKind::number, CellKind::text};
  auto percent = [](std::optional<std::int64_t> bp) { return bp ? percent_text(*bp) : std::string(); };
  for (const auto& l : report.lines) {
    if (!member.empty() && l.member != member) continue;
    t.rows.push_back({l.member, l.group, month_text(month_index(report.year, l.month)), euros_text(l.allocated.cents), l.reported ? euros_text(l.realised.cents) : "",
                      l.reported ? euros_text(l.deviation_cents) : "", percent(l.deviation_bp), euros_text(l.allocated_to_date.cents),
                      euros_text(l.realised_to_date.cents), percent(l.deviation_to_date_bp), std::to_string(l.allocated.count),
                      l.reported ? std::to_string(l.realised.count) : "", l.significant ? (*l.significant ? "yes" : "no") : ""});
  }
  return t;
}

std::string csv_of(const ReportTable& table) {
  std::string out;
  auto row = [&](const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_field(cells[i]);
    out += '\n';
  };
  row(table.header);
  for (const auto& r : table.rows) row(r);
  return out;
}

}  // namespace yp::budget
