// What the HUS organising agreement's data says about budget monitoring: who pays a fee share
// (its parties other than HUS) and from what deviation a month is significant (the dated parameter
// hus-significant-budget-deviation, in per cent, as of the year's end; none while unrecorded). Pure.
#pragma once
#include <cstdint>
#include <optional>
#include <set>
#include <string>

#include "program/dataset.h"
#include "core/error.h"

namespace yp::budget {

inline constexpr const char* kHusAgreement = "hus-organising-agreement";
inline constexpr const char* kThresholdParameter = "hus-significant-budget-deviation";

std::set<std::string> fee_paying_members(const Dataset& data);
// In basis points.
std::optional<std::int64_t> significance_threshold(const Dataset& data, int year);
// The threshold a report uses: the one `given` (per cent text, named `given_name` in errors and as
// the source) when not empty, else the recorded parameter's for `year` (none while unrecorded).
struct Threshold {
  std::optional<std::int64_t> basis_points;
  std::string source;  // the parameter's id or `given_name`; empty when there is none
};
Result<Threshold> choose_threshold(const Dataset& data, int year, const std::string& given, const std::string& given_name);

// "5" or "2.5" (per cent, at most two decimals) in basis points; none when not that.
std::optional<std::int64_t> parse_percent(const std::string& text);

}  // namespace yp::budget
