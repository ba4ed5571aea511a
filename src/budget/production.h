// Realised service production and the monthly budget allocation of the HUS organising agreement
// (document 001, "Rahoitus ja talous"), held as columns in memory: one vector per field, members
// and service groups interned to small numbers, euros as whole cents. Loaded once and queried many
// times; the monthly report (report.h) reads them in one pass. Pure: no I/O.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace yp::budget {

// Months are counted from January 2000 (0), so that one 16-bit number says year and month.
inline int month_index(int year, int month) { return (year - 2000) * 12 + (month - 1); }
inline int year_of(int index) { return 2000 + index / 12; }
inline int month_of(int index) { return index % 12 + 1; }
// "2025-03": how a month is written in files, ids and the audit trail.
inline std::string month_text(int index) {
  const int month = month_of(index);
  return std::to_string(year_of(index)) + (month < 10 ? "-0" : "-") + std::to_string(month);
}

// Names interned to numbers in the order first seen. Looked up by string_view, so that a reader
// interns a field of its line buffer without making a string of it.
class Dictionary {
 public:
  std::uint16_t intern(std::string_view name) {
    auto it = index_.find(name);
    if (it != index_.end()) return it->second;
    const auto id = static_cast<std::uint16_t>(names_.size());
    names_.emplace_back(name);
    index_.emplace(names_.back(), id);
    return id;
  }
  const std::string& name(std::uint16_t id) const { return names_[id]; }
  // The number of `name`, or -1 when it was never interned.
  int find(std::string_view name) const {
    auto it = index_.find(name);
    return it == index_.end() ? -1 : it->second;
  }
  size_t size() const { return names_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::vector<std::string> names_;
  std::unordered_map<std::string, std::uint16_t, Hash, std::equal_to<>> index_;
};

// Rows of (member, service group, month, euros in cents, count), as columns. Used both for what was
// realised (a row a production record) and for what was allocated (a row a member, group and month).
struct Columns {
  Dictionary members;
  Dictionary groups;
  std::vector<std::uint16_t> member;
  std::vector<std::uint16_t> group;
  std::vector<std::uint16_t> month;  // month_index()
  std::vector<std::int64_t> cents;
  std::vector<std::int32_t> count;

  void add(std::string_view member_id, std::string_view group_id, int month_index, std::int64_t cents_value, std::int32_t count_value) {
    add(members.intern(member_id), groups.intern(group_id), month_index, cents_value, count_value);
  }
  void add(std::uint16_t member_number, std::uint16_t group_number, int month_index, std::int64_t cents_value, std::int32_t count_value) {
    member.push_back(member_number);
    group.push_back(group_number);
    month.push_back(static_cast<std::uint16_t>(month_index));
    cents.push_back(cents_value);
    count.push_back(count_value);
  }
  size_t size() const { return member.size(); }
  void reserve(size_t n) {
    member.reserve(n);
    group.reserve(n);
    month.reserve(n);
    cents.reserve(n);
    count.reserve(n);
  }
};

}  // namespace yp::budget
