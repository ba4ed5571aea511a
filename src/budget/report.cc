#include "budget/report.h"

#include <algorithm>

namespace yp::budget {
namespace {

// Sums of one side (allocated or realised), by member × group × month of the year, in a layout
// shared by both sides.
struct Grid {
  size_t groups = 0;
  std::vector<Figures> cells;  // ((member * groups) + group) * 12 + month - 1
  Figures& at(size_t member, size_t group, int month) { return cells[(member * groups + group) * 12 + static_cast<size_t>(month - 1)]; }
};

// Sums one packed month's records into `sums` (by the packed cell). The hot loop of the report:
// one pass, no branch, the widths chosen at compile time.
template <class Cents, class Count>
void sum_month(const std::uint16_t* cell, const Cents* cents, const Count* count, size_t n, Figures* sums) {
  for (size_t i = 0; i < n; ++i) {
    Figures& f = sums[cell[i]];
    f.cents += cents[i];
    f.count += count[i];
  }
}

// Adds the months first…last (month indexes) of `p` to `grid`, whose members and groups are
// `members` and `groups`.
void accumulate(const Packed& p, const Dictionary& members, const Dictionary& groups, int first, int last, Grid& grid) {
  const size_t packed_groups = std::max<size_t>(1, p.groups.size());
  std::vector<size_t> to_grid(p.members.size() * packed_groups);  // packed cell → the grid's member × group
  for (size_t m = 0; m < p.members.size(); ++m)
    for (size_t g = 0; g < p.groups.size(); ++g)
      to_grid[m * packed_groups + g] = static_cast<size_t>(members.find(p.members.name(static_cast<std::uint16_t>(m)))) * grid.groups +
                                       static_cast<size_t>(groups.find(p.groups.name(static_cast<std::uint16_t>(g))));
  std::vector<Figures> sums(to_grid.size());
  for (const auto& month : p.months) {
    if (month.month < first || month.month > last) continue;
    std::fill(sums.begin(), sums.end(), Figures{});
    const size_t n = month.size();
    if (!month.cents32.empty() && !month.count8.empty()) sum_month(month.cell.data(), month.cents32.data(), month.count8.data(), n, sums.data());
    else if (!month.cents32.empty()) sum_month(month.cell.data(), month.cents32.data(), month.count32.data(), n, sums.data());
    else if (!month.count8.empty()) sum_month(month.cell.data(), month.cents64.data(), month.count8.data(), n, sums.data());
    else sum_month(month.cell.data(), month.cents64.data(), month.count32.data(), n, sums.data());
    const size_t offset = static_cast<size_t>(month.month - first);
    for (size_t c = 0; c < sums.size(); ++c) grid.cells[to_grid[c] * 12 + offset] += sums[c];
  }
}

}  // namespace

std::optional<std::int64_t> deviation_basis_points(std::int64_t allocated, std::int64_t realised) {
  if (allocated == 0) return std::nullopt;
  // (realised − allocated) / allocated × 10 000, rounded half away from zero, in integers.
  __extension__ typedef __int128 wide;  // products of cents and 10 000 overflow 64 bits
  const wide numerator = static_cast<wide>(realised - allocated) * 10000;
  const wide denominator = allocated;
  wide q = numerator / denominator, r = numerator % denominator;
  if (r != 0 && 2 * (r < 0 ? -r : r) >= (denominator < 0 ? -denominator : denominator)) q += ((numerator < 0) != (denominator < 0)) ? -1 : 1;
  return static_cast<std::int64_t>(q);
}

MonthlyReport monthly_report(const Columns& allocated, const Columns& realised, int year, int last_month,
                             std::optional<std::int64_t> threshold_bp, std::uint16_t reported) {
  return monthly_report(pack(allocated), pack(realised), year, last_month, threshold_bp, reported);
}

MonthlyReport monthly_report(const Packed& allocated, const Packed& realised, int year, int last_month,
                             std::optional<std::int64_t> threshold_bp, std::uint16_t reported) {
  MonthlyReport report;
  report.year = year;
  report.threshold_bp = threshold_bp;
  Dictionary members, groups;
  for (const auto* side : {&allocated, &realised}) {
    for (size_t i = 0; i < side->members.size(); ++i) members.intern(side->members.name(static_cast<std::uint16_t>(i)));
    for (size_t i = 0; i < side->groups.size(); ++i) groups.intern(side->groups.name(static_cast<std::uint16_t>(i)));
  }
  const int first = month_index(year, 1), last = month_index(year, last_month);
  Grid plan{groups.size(), std::vector<Figures>(members.size() * groups.size() * 12)};
  Grid done{groups.size(), std::vector<Figures>(members.size() * groups.size() * 12)};
  accumulate(allocated, members, groups, first, last, plan);
  accumulate(realised, members, groups, first, last, done);

  // Judged on the exact deviation, not the rounded per cent: 4.999 % is under a 5 % threshold.
  auto significant = [&](std::optional<std::int64_t> bp, const Figures& a, const Figures& r) -> std::optional<bool> {
    if (!threshold_bp || !bp) return std::nullopt;
    __extension__ typedef __int128 wide;
    const wide gap = static_cast<wide>(r.cents) - a.cents;
    const wide base = a.cents;
    return (gap < 0 ? -gap : gap) * 10000 >= static_cast<wide>(*threshold_bp) * (base < 0 ? -base : base);
  };
  for (size_t m = 0; m < members.size(); ++m) {
    for (int month = 1; month <= last_month; ++month) {
      MemberMonth total{members.name(static_cast<std::uint16_t>(m)), month, {}, {}, std::nullopt, std::nullopt};
      for (size_t g = 0; g < groups.size(); ++g) {
        total.allocated += plan.at(m, g, month);
        total.realised += done.at(m, g, month);
      }
      if (total.allocated.empty() && total.realised.empty()) continue;
      total.reported = (reported >> (month - 1)) & 1;
      if (total.reported) total.deviation_bp = deviation_basis_points(total.allocated.cents, total.realised.cents);
      total.significant = significant(total.deviation_bp, total.allocated, total.realised);
      report.totals.push_back(std::move(total));
    }
    for (size_t g = 0; g < groups.size(); ++g) {
      Figures plan_to_date, done_to_date;
      for (int month = 1; month <= last_month; ++month) {
        const Figures a = plan.at(m, g, month), r = done.at(m, g, month);
        const bool month_reported = (reported >> (month - 1)) & 1;
        if (month_reported) {
          plan_to_date += a;
          done_to_date += r;
        }
        if (a.empty() && r.empty()) continue;
        ReportLine line{members.name(static_cast<std::uint16_t>(m)), groups.name(static_cast<std::uint16_t>(g)), month, a, r, plan_to_date, done_to_date,
                        r.cents - a.cents, std::nullopt, std::nullopt, std::nullopt, month_reported};
        if (month_reported) {
          line.deviation_bp = deviation_basis_points(a.cents, r.cents);
          line.deviation_to_date_bp = deviation_basis_points(plan_to_date.cents, done_to_date.cents);
        }
        line.significant = significant(line.deviation_bp, a, r);
        report.lines.push_back(std::move(line));
      }
    }
  }
  return report;
}

}  // namespace yp::budget
