// Realised service production and the monthly budget allocation of the HUS organising agreement
// (document 001, "Rahoitus ja talous"), held as columns in memory: one vector per field, members
// and service groups interned to small numbers, euros as whole cents. Loaded once and queried many
// times; the monthly report (report.h) reads them in one pass. Pure: no I/O.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace yp::budget {

// Months are counted from January 2000 (0), so that one 16-bit number says year and month.
inline int month_index(int year, int month) { return (year - 2000) * 12 + (month - 1); }
inline int year_of(int index) { return 2000 + index / 12; }
inline int month_of(int index) { return index % 12 + 1; }

// Names interned to numbers in the order first seen.
class Dictionary {
 public:
  std::uint16_t intern(const std::string& name) {
    auto [it, fresh] = index_.try_emplace(name, static_cast<std::uint16_t>(names_.size()));
    if (fresh) names_.push_back(name);
    return it->second;
  }
  const std::string& name(std::uint16_t id) const { return names_[id]; }
  // The number of `name`, or -1 when it was never interned.
  int find(const std::string& name) const {
    auto it = index_.find(name);
    return it == index_.end() ? -1 : it->second;
  }
  size_t size() const { return names_.size(); }

 private:
  std::vector<std::string> names_;
  std::unordered_map<std::string, std::uint16_t> index_;
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

  void add(const std::string& member_id, const std::string& group_id, int month_index, std::int64_t cents_value, std::int32_t count_value) {
    member.push_back(members.intern(member_id));
    group.push_back(groups.intern(group_id));
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
