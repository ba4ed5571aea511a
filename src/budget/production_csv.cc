#include "budget/production_csv.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string_view>

#include "budget/money.h"
#include "core/limits.h"
#include "core/messages.h"

namespace yp::files {

std::string LineError::text(const std::string& lang) const {
  std::string out = file + (line ? ":" + std::to_string(line) : "") + ": ";
  if (!field.empty()) out += render_message("budget.csv.field", {{"field", field}}, lang) + ": ";
  return out + error.text(lang);
}

bool LineError::operator==(const LineError& o) const {
  return file == o.file && line == o.line && field == o.field && error.code == o.error.code && error.message == o.error.message;
}

namespace {

Error csv_error(const char* name, std::vector<Param> params = {}) { return Error::coded(ErrorKind::invalid, "", std::string("budget.csv.") + name, std::move(params)); }

constexpr size_t kMaxErrors = 20;
constexpr size_t kMaxCsvName = 200;
constexpr size_t kMaxCsvNames = 1000;  // far below the 65,536 that the columns' 16-bit numbers hold

// What is wrong with a member's or a service group's name first seen in a file, with `known`
// names seen before it: not UTF-8, a control character, too long, or one name too many.
std::optional<Error> bad_name(std::string_view name, size_t known) {
  if (!valid_utf8(name)) return Error::coded(ErrorKind::invalid, "", "text.not_utf8");
  for (const unsigned char c : name)
    if (c < 0x20 || c == 0x7f) return csv_error("control_character");
  if (utf8_length(name) > kMaxCsvName) return Error::coded(ErrorKind::invalid, "", "text.too_long", {{"max", std::to_string(kMaxCsvName)}});
  if (known >= kMaxCsvNames) return csv_error("too_many_names", {{"max", std::to_string(kMaxCsvNames)}});
  return std::nullopt;
}

// Splits `line` at commas into `out` (at most out.size() fields); returns the number of fields,
// which is more than out.size() when the line has more.
size_t split(std::string_view line, std::array<std::string_view, 16>& out) {
  size_t n = 0, start = 0;
  while (true) {
    const size_t comma = line.find(',', start);
    if (n < out.size()) out[n] = line.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    ++n;
    if (comma == std::string_view::npos) return n;
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
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ProductionRead out;
    out.errors.push_back({path, 0, "", csv_error("unreadable")});
    return out;
  }
  std::error_code ec;
  const std::uint64_t total = std::filesystem::file_size(path, ec);
  return read_production_csv(in, path, total, members, progress);
}

ProductionRead read_production_csv(std::istream& in, const std::string& name, std::uint64_t total, const std::set<std::string>& members,
                                   const std::function<void(std::uint64_t, std::uint64_t)>& progress, size_t block) {
  ProductionRead out;
  auto fail = [&](size_t line, const std::string& field, Error what) {
    if (out.errors.size() < kMaxErrors) out.errors.push_back({name, line, field, std::move(what)});
  };
  int member = -1, group = -1, when = -1, euros = -1, count = -1;
  bool whole_date = true, header_seen = false;
  size_t columns = 0, number = 0;
  std::array<std::string_view, 16> fields;
  std::uint64_t bytes = 0, reported = 0;

  // Handles one line (without its end); false when reading must stop (a bad header).
  auto line_of = [&](std::string_view line) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') return true;
    const size_t n = split(line, fields);
    if (!header_seen) {
      header_seen = true;
      columns = n;
      for (size_t i = 0; i < std::min(n, fields.size()); ++i) {
        const auto field = fields[i];
        const int at = static_cast<int>(i);
        if (field == "member") member = at;
        else if (field == "service_group") group = at;
        else if (field == "date") when = at;
        else if (field == "month") when = at, whole_date = false;
        else if (field == "euros") euros = at;
        else if (field == "count") count = at;
      }
      if (member < 0 || group < 0 || when < 0 || euros < 0 || count < 0) {
        fail(number, "", csv_error("header"));
        return false;
      }
      return true;
    }
    ++out.lines;
    if (n != columns) {
      fail(number, "", csv_error("field_count", {{"fields", std::to_string(n)}, {"columns", std::to_string(columns)}}));
      return true;
    }
    const auto who = fields[static_cast<size_t>(member)];
    // A name is checked once, when first seen: text, short, and (for members) one of the agreement's.
    int member_number = out.columns.members.find(who);
    if (member_number < 0) {
      if (auto bad = bad_name(who, out.columns.members.size())) return fail(number, "member", *bad), true;
      if (!members.empty() && !members.count(std::string(who))) return fail(number, "member", csv_error("not_a_member", {{"member", std::string(who)}})), true;
      member_number = out.columns.members.intern(who);
    }
    const auto what = fields[static_cast<size_t>(group)];
    if (what.empty()) {
      fail(number, "service_group", Error::coded(ErrorKind::invalid, "", "codec.required"));
      return true;
    }
    if (out.columns.groups.find(what) < 0)
      if (auto bad = bad_name(what, out.columns.groups.size())) return fail(number, "service_group", *bad), true;
    const int month = month_of(fields[static_cast<size_t>(when)], whole_date);
    if (month < 0) {
      fail(number, whole_date ? "date" : "month", csv_error(whole_date ? "not_a_date" : "not_a_month", {{"given", std::string(fields[static_cast<size_t>(when)])}}));
      return true;
    }
    const auto cents = budget::parse_cents(fields[static_cast<size_t>(euros)]);
    if (!cents) {
      fail(number, "euros", csv_error("not_euros", {{"given", std::string(fields[static_cast<size_t>(euros)])}}));
      return true;
    }
    int c = 0;
    const auto text = fields[static_cast<size_t>(count)];
    auto [end, err] = std::from_chars(text.data(), text.data() + text.size(), c);
    if (text.empty() || err != std::errc() || end != text.data() + text.size() || c < 0) {
      fail(number, "count", csv_error("not_a_count", {{"given", std::string(text)}}));
      return true;
    }
    if (!out.errors.empty()) return true;  // past the first error only errors are gathered
    out.columns.add(static_cast<std::uint16_t>(member_number), out.columns.groups.intern(what), month, *cents, c);
    out.months.insert(month);
    return true;
  };

  // Reads in large blocks and cuts lines in place; a line cut by a block's end is carried over.
  std::vector<char> buffer(std::max<size_t>(block, 1));
  size_t kept = 0;
  bool going = true;
  while (going && in) {
    in.read(buffer.data() + kept, static_cast<std::streamsize>(buffer.size() - kept));
    const size_t got = static_cast<size_t>(in.gcount());
    if (got == 0) break;
    bytes += got;
    const char* data = buffer.data();
    const size_t size = kept + got;
    size_t start = 0;
    while (going) {
      const void* nl = std::memchr(data + start, '\n', size - start);
      if (!nl) break;
      const size_t end = static_cast<size_t>(static_cast<const char*>(nl) - data);
      going = line_of(std::string_view(data + start, end - start));
      start = end + 1;
    }
    kept = size - start;
    std::memmove(buffer.data(), data + start, kept);
    if (kept == buffer.size()) buffer.resize(buffer.size() * 2);  // a line longer than the buffer
    if (progress && bytes - reported >= (8u << 20)) progress(reported = bytes, total);
  }
  if (going && kept > 0) line_of(std::string_view(buffer.data(), kept));
  if (!header_seen) fail(1, "", csv_error("no_header"));
  if (progress) progress(bytes, total);
  if (!out.errors.empty()) out.columns = budget::Columns{}, out.months.clear();
  return out;
}

}  // namespace yp::files
