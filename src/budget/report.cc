#include "budget/report.h"

namespace yp::budget {
namespace {

// Sums of one Columns, by member × group × month of the year, in a layout shared by both sides.
struct Grid {
  size_t groups = 0;
  std::vector<Figures> cells;  // ((member * groups) + group) * 12 + month - 1
  Figures& at(size_t member, size_t group, int month) { return cells[(member * groups + group) * 12 + static_cast<size_t>(month - 1)]; }
};

// Adds every row of `c` in [first, last] (month indexes) to `grid`, through the maps from the
// columns' own numbers to the shared ones. One pass, no branches but the month test.
void accumulate(const Columns& c, const std::vector<size_t>& member_map, const std::vector<size_t>& group_map, int first, int last, Grid& grid) {
  const size_t n = c.size();
  const std::uint16_t* member = c.member.data();
  const std::uint16_t* group = c.group.data();
  const std::uint16_t* month = c.month.data();
  const std::int64_t* cents = c.cents.data();
  const std::int32_t* count = c.count.data();
  Figures* cells = grid.cells.data();
  const size_t groups = grid.groups;
  for (size_t i = 0; i < n; ++i) {
    const int m = month[i];
    if (m < first || m > last) continue;
    Figures& f = cells[(member_map[member[i]] * groups + group_map[group[i]]) * 12 + static_cast<size_t>(m - first)];
    f.cents += cents[i];
    f.count += count[i];
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
  MonthlyReport report;
  report.year = year;
  report.threshold_bp = threshold_bp;
  Dictionary members, groups;
  std::vector<size_t> a_members, a_groups, r_members, r_groups;
  for (size_t i = 0; i < allocated.members.size(); ++i) a_members.push_back(members.intern(allocated.members.name(static_cast<std::uint16_t>(i))));
  for (size_t i = 0; i < realised.members.size(); ++i) r_members.push_back(members.intern(realised.members.name(static_cast<std::uint16_t>(i))));
  for (size_t i = 0; i < allocated.groups.size(); ++i) a_groups.push_back(groups.intern(allocated.groups.name(static_cast<std::uint16_t>(i))));
  for (size_t i = 0; i < realised.groups.size(); ++i) r_groups.push_back(groups.intern(realised.groups.name(static_cast<std::uint16_t>(i))));

  const int first = month_index(year, 1), last = month_index(year, last_month);
  Grid plan{groups.size(), std::vector<Figures>(members.size() * groups.size() * 12)};
  Grid done{groups.size(), std::vector<Figures>(members.size() * groups.size() * 12)};
  accumulate(allocated, a_members, a_groups, first, last, plan);
  accumulate(realised, r_members, r_groups, first, last, done);

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
        total.allocated.cents += plan.at(m, g, month).cents;
        total.allocated.count += plan.at(m, g, month).count;
        total.realised.cents += done.at(m, g, month).cents;
        total.realised.count += done.at(m, g, month).count;
      }
      if (total.allocated.cents == 0 && total.realised.cents == 0 && total.allocated.count == 0 && total.realised.count == 0) continue;
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
          plan_to_date.cents += a.cents;
          plan_to_date.count += a.count;
          done_to_date.cents += r.cents;
          done_to_date.count += r.count;
        }
        if (a.cents == 0 && a.count == 0 && r.cents == 0 && r.count == 0) continue;
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
