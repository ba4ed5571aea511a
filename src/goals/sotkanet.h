// Reads indicator values in the form of THL's Sotkanet statistics service: a JSON array of rows
// {"indicator": 4, "region": {"category": "KUNTA", "code": "091"}, "year": 2024, "gender": "total",
// "value": 12.3}, regions named by municipality code (KUNTA) or wellbeing services county code
// (HYVINVOINTIALUE). Rows become values of the indicators whose sotkanet_id is the row's
// indicator, for the organisation with that code. Rows for other indicators, regions we do not
// know, or a gender other than "total" are counted and left out; a malformed row is an error
// naming its place (/3/year), and then nothing is read.
#pragma once
#include <string>
#include <vector>

#include "program/dataset.h"
#include "core/error.h"

namespace yp::files {

struct SotkanetRead {
  std::vector<IndicatorValue> values;
  size_t rows = 0;
  size_t other_indicators = 0, unknown_regions = 0, by_gender = 0;
};

// `from` names the source in each value ("sotkanet:<file>"); `by` who imports; `today` the date.
Result<SotkanetRead> read_sotkanet(const std::string& json_text, const Dataset& data, const std::string& from, const std::string& by, const Date& today);

}  // namespace yp::files
