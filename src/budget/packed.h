// Production or allocation rows packed for the monthly report, which reads every record of a year:
// records grouped by month (a month is imported and replaced whole, and the report picks months),
// so no month is stored a record; member and service group as one 16-bit cell number; euros and
// counts each in the narrowest width that holds every value of the month (4 or 8 bytes of cents,
// 1 or 4 bytes of count). 7 bytes a record for ordinary figures instead of 18, so that a report
// reads less than half the memory. Exact: nothing is rounded, only stored narrower. Pure.
#pragma once
#include <cstdint>
#include <vector>

#include "budget/production.h"

namespace yp::budget {

struct PackedMonth {
  int month = 0;                      // month_index()
  std::vector<std::uint16_t> cell;    // member × groups + group, in the owner's dictionaries
  std::vector<std::int32_t> cents32;  // when every value fits, else cents64
  std::vector<std::int64_t> cents64;
  std::vector<std::uint8_t> count8;   // when every value is 0–255, else count32
  std::vector<std::int32_t> count32;
  size_t size() const { return cell.size(); }
  size_t bytes() const;
};

struct Packed {
  Dictionary members;
  Dictionary groups;
  std::vector<PackedMonth> months;  // ascending
  size_t size() const;
  size_t bytes() const;
};

// Packs `rows`; throws std::length_error when members × groups exceed 65 536 cells.
Packed pack(const Columns& rows);

}  // namespace yp::budget
