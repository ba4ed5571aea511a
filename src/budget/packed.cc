#include "budget/packed.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace yp::budget {

size_t PackedMonth::bytes() const {
  return cell.size() * 2 + cents32.size() * 4 + cents64.size() * 8 + count8.size() + count32.size() * 4;
}

size_t Packed::size() const {
  size_t n = 0;
  for (const auto& m : months) n += m.size();
  return n;
}

size_t Packed::bytes() const {
  size_t n = 0;
  for (const auto& m : months) n += m.bytes();
  return n;
}

Packed pack(const Columns& rows) {
  Packed out;
  out.members = rows.members;
  out.groups = rows.groups;
  const size_t groups = std::max<size_t>(1, rows.groups.size());
  if (rows.members.size() * groups > 65536) throw std::length_error("more than 65 536 member × service group cells");
  // Two passes: what each month holds and how wide its figures are, then the figures.
  struct Shape {
    size_t n = 0;
    bool narrow_cents = true, narrow_count = true;
  };
  std::vector<Shape> shapes(65536);  // by month index
  const size_t n = rows.size();
  for (size_t i = 0; i < n; ++i) {
    auto& s = shapes[rows.month[i]];
    ++s.n;
    s.narrow_cents &= rows.cents[i] >= std::numeric_limits<std::int32_t>::min() && rows.cents[i] <= std::numeric_limits<std::int32_t>::max();
    s.narrow_count &= rows.count[i] >= 0 && rows.count[i] <= 255;
  }
  std::vector<int> slot(65536, -1);  // by month index
  for (int month = 0; month < 65536; ++month) {
    const Shape& s = shapes[static_cast<size_t>(month)];
    if (s.n == 0) continue;
    slot[static_cast<size_t>(month)] = static_cast<int>(out.months.size());
    PackedMonth m;
    m.month = month;
    m.cell.reserve(s.n);
    (s.narrow_cents ? m.cents32.reserve(s.n) : m.cents64.reserve(s.n));
    (s.narrow_count ? m.count8.reserve(s.n) : m.count32.reserve(s.n));
    out.months.push_back(std::move(m));
  }
  for (size_t i = 0; i < n; ++i) {
    auto& m = out.months[static_cast<size_t>(slot[rows.month[i]])];
    m.cell.push_back(static_cast<std::uint16_t>(rows.member[i] * groups + rows.group[i]));
    if (m.cents64.capacity()) m.cents64.push_back(rows.cents[i]);
    else m.cents32.push_back(static_cast<std::int32_t>(rows.cents[i]));
    if (m.count32.capacity()) m.count32.push_back(rows.count[i]);
    else m.count8.push_back(static_cast<std::uint8_t>(rows.count[i]));
  }
  return out;
}

}  // namespace yp::budget
