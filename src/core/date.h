// Date: a calendar day (proleptic Gregorian), the only notion of time the domain needs for
// terms, approvals and memberships. Parsing is strict (a real day, written YYYY-MM-DD or, where a
// person types it, D.M.YYYY) so that a typo fails loudly instead of rounding to a neighbouring day.
#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace yp {

struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  // Returns the date for "YYYY-MM-DD", or nothing when the text is not exactly a real day.
  static std::optional<Date> parse(std::string_view text);
  // The same, or a day as Finns and Finland-Swedes write it ("1.12.2026", "01.12.2026"): what a
  // person types into the API or the command line. Just as strict: a real day or nothing.
  static std::optional<Date> parse_written(std::string_view text);
  // Returns "YYYY-MM-DD".
  std::string iso() const;
  // Returns "D.M.YYYY", the form Finnish and Swedish readers expect.
  std::string finnish() const;
  // Days since 1970-01-01; lets callers compute spans without calendar arithmetic of their own.
  long days_since_epoch() const;
  // The date `days` after 1970-01-01 (negative: before).
  static Date from_days(long days);
  // This date moved by `days` (negative: back).
  Date plus_days(long days) const { return from_days(days_since_epoch() + days); }

  auto operator<=>(const Date&) const = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);

}  // namespace yp
