// The monthly budget monitoring report: for each member organiser, service group and month of a
// year, what was allocated and what was realised (euros and counts), the same year to date, and the
// deviation in cents and in basis points (1/100 of a per cent) of the allocation. A month whose
// deviation reaches the threshold (when one is known) is significant: HUS explains it. Exact: cents
// and counts are integers, the per cent is rounded half away from zero. Pure: no I/O.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "budget/packed.h"
#include "budget/production.h"

namespace yp::budget {

struct Figures {
  std::int64_t cents = 0;
  std::int64_t count = 0;

  Figures& operator+=(const Figures& other) {
    cents += other.cents;
    count += other.count;
    return *this;
  }
  bool empty() const { return cents == 0 && count == 0; }
};

struct ReportLine {
  std::string member;
  std::string group;
  int month = 0;  // 1–12
  Figures allocated, realised;
  Figures allocated_to_date, realised_to_date;
  std::int64_t deviation_cents = 0;                 // realised − allocated, this month
  std::optional<std::int64_t> deviation_bp;         // of the month's allocation; none when nothing was allocated
  std::optional<std::int64_t> deviation_to_date_bp; // of the allocation to date
  std::optional<bool> significant;                  // none when no threshold is known or nothing was allocated
  bool reported = true;                             // false: no production of the month is imported yet
};

// A member's month over all service groups: what the agreement's fee shares are followed by, and
// what HUS explains when it is significant.
struct MemberMonth {
  std::string member;
  int month = 0;
  Figures allocated, realised;
  std::optional<std::int64_t> deviation_bp;
  std::optional<bool> significant;
  bool reported = true;
};

struct MonthlyReport {
  int year = 0;
  std::optional<std::int64_t> threshold_bp;
  std::vector<ReportLine> lines;       // by member, group and month, in the order the members were first seen
  std::vector<MemberMonth> totals;     // by member and month, in the same order
};

// Deviation of `realised` from `allocated` in basis points, rounded half away from zero.
std::optional<std::int64_t> deviation_basis_points(std::int64_t allocated, std::int64_t realised);

// The report for `year`, up to and including `last_month` (12: the whole year). Lines exist for every
// member × group × month that has an allocation or a realisation in the year.
// Months whose bit (1 << (month − 1)) is clear in `reported` have no production yet: their lines show
// the allocation with no deviation, and they are left out of the figures to date.
MonthlyReport monthly_report(const Columns& allocated, const Columns& realised, int year, int last_month,
                             std::optional<std::int64_t> threshold_bp, std::uint16_t reported = 0xFFF);
// The same over rows already packed (load once, query many: what the server keeps and the benchmark times).
MonthlyReport monthly_report(const Packed& allocated, const Packed& realised, int year, int last_month,
                             std::optional<std::int64_t> threshold_bp, std::uint16_t reported = 0xFFF);

}  // namespace yp::budget
