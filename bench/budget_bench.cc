// The monthly budget report over generated production records held as columns in memory, beside
// the memory-bandwidth floor (a streaming sum over the same bytes, measured in the same run) and
// the same aggregation as SQL on SQLite (in memory) over the same rows. The report's realised total
// must equal SQLite's, so the two really do the same work. Usage: budget_bench [records] [sqlite
// records] (defaults 100000000 and 10000000: SQLite gets a tenth, reported per record).
#include <sqlite3.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "budget/report.h"
#include "budget/splitmix.h"

namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

const char* kMembers[] = {"municipality-091", "county-04", "county-02", "county-03", "county-01"};
const char* kGroups[] = {"internal_medicine", "surgery", "psychiatry", "paediatrics", "oncology", "neurology",
                         "cardiology", "gynaecology", "ophthalmology", "emergency", "imaging", "laboratory"};

// N records of 2025 straight into columns (what an import leaves in memory).
yp::budget::Columns generate(long long n) {
  yp::budget::Columns c;
  for (const char* m : kMembers) c.members.intern(m);
  for (const char* g : kGroups) c.groups.intern(g);
  c.reserve(static_cast<size_t>(n));
  yp::budget::SplitMix r{42};
  for (long long i = 0; i < n; ++i) {
    const auto x = r.next();
    c.member.push_back(static_cast<std::uint16_t>(x % 5));
    c.group.push_back(static_cast<std::uint16_t>((x >> 8) % 12));
    c.month.push_back(static_cast<std::uint16_t>(yp::budget::month_index(2025, 1) + static_cast<int>((x >> 16) % 12)));
    c.cents.push_back(static_cast<std::int64_t>(20000 + (x >> 24) % 180000));
    c.count.push_back(static_cast<std::int32_t>(1 + (x >> 48) % 3));
  }
  return c;
}

// Reads every byte the report reads, adding them up: the floor no aggregation can beat.
template <class Cents, class Count>
long long sum_of(const std::vector<std::uint16_t>& cell, const std::vector<Cents>& cents, const std::vector<Count>& count) {
  long long s = 0;
  const size_t n = cell.size();
  for (size_t i = 0; i < n; ++i) s += cell[i] + cents[i] + count[i];
  return s;
}
long long streaming_sum(const yp::budget::Packed& p) {
  long long s = 0;
  for (const auto& m : p.months) {
    if (!m.cents32.empty() && !m.count8.empty()) s += sum_of(m.cell, m.cents32, m.count8);
    else if (!m.cents32.empty()) s += sum_of(m.cell, m.cents32, m.count32);
    else if (!m.count8.empty()) s += sum_of(m.cell, m.cents64, m.count8);
    else s += sum_of(m.cell, m.cents64, m.count32);
  }
  return s;
}

template <class F>
double best_of(int runs, F&& f) {
  double best = 1e300;
  for (int k = 0; k < runs; ++k) {
    const auto t = Clock::now();
    f();
    best = std::min(best, seconds_since(t));
  }
  return best;
}

void exec(sqlite3* db, const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    std::fprintf(stderr, "sqlite: %s\n", error);
    std::exit(1);
  }
}

}  // namespace

int main(int argc, char** argv) {
  const long long n = argc > 1 ? std::atoll(argv[1]) : 100000000LL;
  const long long n_sqlite = argc > 2 ? std::atoll(argv[2]) : n / 10;
  auto t = Clock::now();
  const auto columns = generate(n);
  std::printf("records: %lld (%.0f MB as imported columns), generated in %.2f s\n", n, static_cast<double>(n) * 18 / 1e6, seconds_since(t));
  t = Clock::now();
  const auto packed = yp::budget::pack(columns);
  const double bytes = static_cast<double>(packed.bytes());
  std::printf("packed for the report once (by month, narrowest widths): %.0f MB in %.2f s\n", bytes / 1e6, seconds_since(t));
  yp::budget::Columns allocation;  // an allocation row for every member, group and month
  for (const char* m : kMembers)
    for (const char* g : kGroups)
      for (int month = 1; month <= 12; ++month) allocation.add(m, g, yp::budget::month_index(2025, month), 1000000'00, 0);
  const auto plan = yp::budget::pack(allocation);

  volatile long long sink = 0;
  const double floor = best_of(3, [&] { sink = sink + streaming_sum(packed); });
  long long total = 0;
  const double report = best_of(3, [&] {
    const auto r = yp::budget::monthly_report(plan, packed, 2025, 12, 500);
    total = 0;
    for (const auto& l : r.lines) total += l.realised.cents;
  });
  std::printf("memory-bandwidth floor (streaming sum): %.3f s (%.1f GB/s)\n", floor, bytes / floor / 1e9);
  std::printf("monthly report:                         %.3f s (%.2f× the floor)\n", report, report / floor);

  // SQLite: the same rows (the first n_sqlite), the same grouping, in memory.
  sqlite3* db = nullptr;
  sqlite3_open(":memory:", &db);
  exec(db, "CREATE TABLE p (member INTEGER, grp INTEGER, month INTEGER, cents INTEGER, count INTEGER)");
  exec(db, "BEGIN");
  sqlite3_stmt* insert = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO p VALUES (?, ?, ?, ?, ?)", -1, &insert, nullptr);
  for (long long i = 0; i < n_sqlite; ++i) {
    sqlite3_bind_int(insert, 1, columns.member[static_cast<size_t>(i)]);
    sqlite3_bind_int(insert, 2, columns.group[static_cast<size_t>(i)]);
    sqlite3_bind_int(insert, 3, columns.month[static_cast<size_t>(i)]);
    sqlite3_bind_int64(insert, 4, columns.cents[static_cast<size_t>(i)]);
    sqlite3_bind_int(insert, 5, columns.count[static_cast<size_t>(i)]);
    sqlite3_step(insert);
    sqlite3_reset(insert);
  }
  sqlite3_finalize(insert);
  exec(db, "COMMIT");
  long long sqlite_total = 0;
  sqlite3_stmt* query = nullptr;
  sqlite3_prepare_v2(db, "SELECT member, grp, month, SUM(cents), SUM(count) FROM p WHERE month BETWEEN ? AND ? GROUP BY member, grp, month", -1, &query,
                     nullptr);
  const double sqlite_time = best_of(1, [&] {
    sqlite3_bind_int(query, 1, yp::budget::month_index(2025, 1));
    sqlite3_bind_int(query, 2, yp::budget::month_index(2025, 12));
    sqlite_total = 0;
    while (sqlite3_step(query) == SQLITE_ROW) sqlite_total += sqlite3_column_int64(query, 3);
    sqlite3_reset(query);
  });
  sqlite3_finalize(query);
  sqlite3_close(db);
  long long prefix_total = 0;
  for (long long i = 0; i < n_sqlite; ++i) prefix_total += columns.cents[static_cast<size_t>(i)];
  const double per_record_report = report / static_cast<double>(n), per_record_sqlite = sqlite_time / static_cast<double>(n_sqlite);
  std::printf("SQLite 3, same grouping, %lld records:  %.3f s (%.1f ns a record against the report's %.2f ns: %.0f×)%s\n", n_sqlite, sqlite_time,
              per_record_sqlite * 1e9, per_record_report * 1e9, per_record_sqlite / per_record_report,
              sqlite_total == prefix_total ? "" : "  TOTALS DIFFER");
  long long all = 0;
  for (auto c : columns.cents) all += c;
  if (all != total) std::printf("REPORT TOTAL DIFFERS: %lld against %lld\n", total, all);
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak memory: %ld MiB\n", usage.ru_maxrss / 1024);
  return all == total && sqlite_total == prefix_total ? 0 : 1;
}
