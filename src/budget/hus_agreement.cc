#include "budget/hus_agreement.h"

namespace yp::budget {

std::set<std::string> fee_paying_members(const Dataset& data) {
  std::set<std::string> out;
  if (const auto* a = data.agreements.find(kHusAgreement))
    for (const auto& p : a->party_ids)
      if (p != "hus") out.insert(p);
  return out;
}

std::optional<std::int64_t> parse_percent(const std::string& text) {
  const auto millionths = parse_decimal(text);
  if (!millionths || *millionths < 0 || *millionths % 10000 != 0) return std::nullopt;
  return *millionths / 10000;
}

std::optional<std::int64_t> significance_threshold(const Dataset& data, int year) {
  const auto* p = data.parameters.find(kThresholdParameter);
  const auto* v = p ? p->on(Date{year, 12, 31}) : nullptr;
  return v ? parse_percent(v->value) : std::nullopt;
}

Result<Threshold> choose_threshold(const Dataset& data, int year, const std::string& given, const std::string& given_name) {
  if (given.empty()) {
    const auto recorded = significance_threshold(data, year);
    return Threshold{recorded, recorded ? kThresholdParameter : ""};
  }
  const auto bp = parse_percent(given);
  if (!bp) return Error::coded(ErrorKind::invalid, "/" + given_name, "budget.not_a_percent", {{"given", given}});
  return Threshold{bp, given_name};
}

}  // namespace yp::budget
