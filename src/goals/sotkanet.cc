#include "goals/sotkanet.h"

#include <nlohmann/json.hpp>

#include <map>

#include "codec/json_codec.h"
#include "goals/operations.h"

namespace yp::files {
namespace {
Error bad(std::string path, const char* name) { return Error::coded(ErrorKind::invalid, std::move(path), std::string("goals.sotkanet.") + name); }
}  // namespace

Result<SotkanetRead> read_sotkanet(const std::string& json_text, const Dataset& data, const std::string& from, const std::string& by, const Date& today) {
  auto parsed = codec::parse_json(json_text);
  if (!parsed || !parsed->is_array()) return bad("", "not_an_array");
  const auto& rows = parsed.value();
  std::map<std::string, std::vector<const Indicator*>> by_sotkanet;
  for (const auto& i : data.indicators.items)
    if (!i.sotkanet_id.empty()) by_sotkanet[i.sotkanet_id].push_back(&i);
  std::map<std::pair<std::string, std::string>, std::string> regions;  // (scheme, code) → organisation
  for (const auto& o : data.organisations.items)
    for (const auto& id : o.identifiers) regions[{id.scheme, id.identifier}] = o.id;

  SotkanetRead out;
  std::map<std::string, size_t> seen;  // a value id → its place in out.values: a later row replaces an earlier one
  for (size_t i = 0; i < rows.size(); ++i) {
    const auto& row = rows[i];
    const std::string at = "/" + std::to_string(i);
    if (!row.is_object()) return bad(at, "not_a_row");
    ++out.rows;
    const auto& indicator = row.value("indicator", nlohmann::json());
    if (!indicator.is_number_integer() && !indicator.is_string()) return bad(at + "/indicator", "indicator");
    const auto& region = row.value("region", nlohmann::json());
    if (!region.is_object() || !region.value("category", nlohmann::json()).is_string() || !region.value("code", nlohmann::json()).is_string())
      return bad(at + "/region", "region");
    const auto& year = row.value("year", nlohmann::json());
    if (!year.is_number_integer() || year.get<int>() < 1900 || year.get<int>() > 2100) return bad(at + "/year", "year");
    const auto& gender = row.value("gender", nlohmann::json("total"));
    if (!gender.is_string()) return bad(at + "/gender", "gender");
    const auto& value = row.value("value", nlohmann::json());
    if (!value.is_number()) return bad(at + "/value", "number");
    if (gender.get<std::string>() != "total") {
      ++out.by_gender;
      continue;
    }
    const std::string sotkanet = indicator.is_string() ? indicator.get<std::string>() : std::to_string(indicator.get<long long>());
    auto ours = by_sotkanet.find(sotkanet);
    if (ours == by_sotkanet.end()) {
      ++out.other_indicators;
      continue;
    }
    const std::string category = region["category"].get<std::string>();
    const std::string scheme = category == "KUNTA" ? "municipality_code" : category == "HYVINVOINTIALUE" ? "county_code" : "";
    auto org = regions.find({scheme, region["code"].get<std::string>()});
    if (scheme.empty() || org == regions.end()) {
      ++out.unknown_regions;
      continue;
    }
    // The number as Sotkanet wrote it, kept as decimal text: integers as they are, others with the
    // shortest representation that reads back the same.
    std::string text = value.is_number_integer() ? std::to_string(value.get<long long>()) : value.dump();
    if (text.find_first_of("eE") != std::string::npos || !parse_decimal(text)) return bad(at + "/value", "plain_decimal");
    for (const auto* ind : ours->second) {
      IndicatorValue v{goals::value_id(ind->id, org->second, year.get<int>()), ind->id, org->second, year.get<int>(), text, by, from, today};
      auto [it, fresh] = seen.try_emplace(v.id, out.values.size());
      if (fresh) out.values.push_back(std::move(v));
      else out.values[it->second] = std::move(v);
    }
  }
  return out;
}

}  // namespace yp::files
