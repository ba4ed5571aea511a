#include "files/production_csv.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <string_view>

#include "core/events.h"

namespace yp::files {
namespace {

constexpr size_t kMaxErrors = 20;

std::vector<std::string_view> split(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t comma = line.find(',', start);
    out.push_back(line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    if (comma == std::string_view::npos) return out;
    start = comma + 1;
  }
}

bool digits(std::string_view s, size_t n, int& out) {
  if (s.size() != n) return false;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

// "2025-03-14" (a date) or "2025-03" (a month) to a month index; -1 when not that.
int month_of(std::string_view text, bool whole_date) {
  int y = 0, m = 0, d = 0;
  if (text.size() != (whole_date ? 10u : 7u) || text[4] != '-' || (whole_date && text[7] != '-')) return -1;
  if (!digits(text.substr(0, 4), 4, y) || !digits(text.substr(5, 2), 2, m) || m < 1 || m > 12 || y < 2000 || y > 2099) return -1;
  if (whole_date) {
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (!digits(text.substr(8, 2), 2, d) || d < 1 || d > days[m - 1] || (m == 2 && d == 29 && !leap)) return -1;
  }
  return budget::month_index(y, m);
}

}  // namespace

ProductionRead read_production_csv(const std::string& path, const std::set<std::string>& members,
                                   const std::function<void(std::uint64_t, std::uint64_t)>& progress) {
  ProductionRead out;
  auto fail = [&](size_t line, const std::string& what) {
    if (out.errors.size() < kMaxErrors) out.errors.push_back(path + ":" + std::to_string(line) + ": " + what);
  };
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out.errors.push_back(path + ": cannot be read");
    return out;
  }
  std::error_code ec;
  const std::uint64_t total = std::filesystem::file_size(path, ec);
  std::vector<char> buffer(1 << 20);
  in.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));

  int member = -1, group = -1, when = -1, euros = -1, count = -1;
  bool whole_date = true, header_seen = false;
  size_t columns = 0;
  std::string line;
  std::uint64_t bytes = 0, reported = 0;
  for (size_t number = 1; std::getline(in, line); ++number) {
    bytes += line.size() + 1;
    if (progress && bytes - reported >= (8u << 20)) progress(reported = bytes, total);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const auto fields = split(line);
    if (!header_seen) {
      header_seen = true;
      columns = fields.size();
      for (size_t i = 0; i < fields.size(); ++i) {
        const auto name = fields[i];
        const int at = static_cast<int>(i);
        if (name == "member") member = at;
        else if (name == "service_group") group = at;
        else if (name == "date") when = at;
        else if (name == "month") when = at, whole_date = false;
        else if (name == "euros") euros = at;
        else if (name == "count") count = at;
      }
      if (member < 0 || group < 0 || when < 0 || euros < 0 || count < 0) {
        fail(number, "the header must name the columns member, service_group, date (or month), euros and count");
        return out;
      }
      continue;
    }
    ++out.lines;
    if (fields.size() != columns) {
      fail(number, "has " + std::to_string(fields.size()) + " fields, the header " + std::to_string(columns) + " (quoted commas are not supported)");
      continue;
    }
    const std::string who(fields[static_cast<size_t>(member)]);
    if (who.empty() || (!members.empty() && !members.count(who))) {
      fail(number, "field 'member': '" + who + "' is not a member of the agreement");
      continue;
    }
    const std::string_view what = fields[static_cast<size_t>(group)];
    if (what.empty()) {
      fail(number, "field 'service_group': is required");
      continue;
    }
    const int month = month_of(fields[static_cast<size_t>(when)], whole_date);
    if (month < 0) {
      fail(number, std::string("field '") + (whole_date ? "date" : "month") + "': must be a " + (whole_date ? "date YYYY-MM-DD" : "month YYYY-MM") +
                       " from 2000 to 2099, not '" + std::string(fields[static_cast<size_t>(when)]) + "'");
      continue;
    }
    const auto millionths = parse_decimal(std::string(fields[static_cast<size_t>(euros)]));
    if (!millionths || *millionths % 10000 != 0) {
      fail(number, "field 'euros': must be a number of euros with at most two decimals, not '" + std::string(fields[static_cast<size_t>(euros)]) + "'");
      continue;
    }
    int n = 0;
    const auto c = fields[static_cast<size_t>(count)];
    auto [end, err] = std::from_chars(c.data(), c.data() + c.size(), n);
    if (c.empty() || err != std::errc() || end != c.data() + c.size() || n < 0) {
      fail(number, "field 'count': must be a whole number, 0 or more, not '" + std::string(c) + "'");
      continue;
    }
    if (!out.errors.empty()) continue;  // past the first error only errors are gathered
    out.columns.add(who, std::string(what), month, *millionths / 10000, n);
    out.months.insert(month);
  }
  if (!header_seen) fail(1, "no header line: expected member, service_group, date (or month), euros, count");
  if (progress) progress(bytes, total);
  if (!out.errors.empty()) out.columns = budget::Columns{};
  return out;
}

}  // namespace yp::files
