// The monthly budget report over generated production records held as columns in memory, beside
// the memory-bandwidth floor (a streaming sum over the same bytes, measured in the same run), the
// same aggregation as SQL on SQLite (in memory) over the same rows, and, given the folder of the
// DuckDB script (bench/duckdb), DuckDB on one thread reading the same records from the same CSV
// file and computing the same report, beside our own CSV reader on that file. Every side's
// realised total must equal ours, so they really do the same work.
// Usage: budget_bench [records] [sqlite records] [duckdb folder] (defaults 100000000, a tenth of
// them for SQLite, reported per record, and no DuckDB).
#include <sqlite3.h>
#include <sys/resource.h>

#include <unistd.h>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "budget/money.h"
#include "budget/report.h"
#include "budget/splitmix.h"
#include "budget/production_csv.h"

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

// The records as the production CSV file that an import reads (a day of the month made up, the
// month the record's own), and the allocation beside it.
void write_csv(const yp::budget::Columns& c, const yp::budget::Columns& plan, const std::string& production, const std::string& allocation) {
  std::ofstream out(production, std::ios::binary);
  out << "# SYNTHETIC DATA made by budget_bench; not real HUS production\nmember,service_group,date,euros,count\n";
  std::string buffer;
  buffer.reserve(1 << 22);
  for (size_t i = 0; i < c.size(); ++i) {
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", yp::budget::year_of(c.month[i]), yp::budget::month_of(c.month[i]), static_cast<int>(1 + i % 28));
    buffer += c.members.name(c.member[i]);
    buffer += ',';
    buffer += c.groups.name(c.group[i]);
    buffer += ',';
    buffer += date;
    buffer += ',';
    buffer += yp::budget::euros_text(c.cents[i]);
    buffer += ',';
    buffer += std::to_string(c.count[i]);
    buffer += '\n';
    if (buffer.size() > (1 << 22) - 256) out << buffer, buffer.clear();
  }
  out << buffer;
  std::ofstream plan_out(allocation, std::ios::binary);
  plan_out << "# SYNTHETIC DATA made by budget_bench\nmember,service_group,month,euros,count\n";
  for (size_t i = 0; i < plan.size(); ++i)
    plan_out << plan.members.name(plan.member[i]) << ',' << plan.groups.name(plan.group[i]) << ',' << yp::budget::year_of(plan.month[i]) << '-'
             << (yp::budget::month_of(plan.month[i]) < 10 ? "0" : "") << yp::budget::month_of(plan.month[i]) << ','
             << yp::budget::euros_text(plan.cents[i]) << ',' << plan.count[i] << '\n';
}

// A number after "key": in the DuckDB script's one line of JSON.
double json_number(const std::string& json, const std::string& key) {
  const auto at = json.find("\"" + key + "\":");
  if (at == std::string::npos) return -1;
  size_t start = at + key.size() + 3;
  if (json[start] == '"') ++start;
  return std::strtod(json.c_str() + start, nullptr);
}

long long realised_total(const yp::budget::MonthlyReport& r) {
  long long total = 0;
  for (const auto& l : r.lines) total += l.realised.cents;
  return total;
}

}  // namespace

int main(int argc, char** argv) {
  const long long n = argc > 1 ? std::atoll(argv[1]) : 100000000LL;
  const long long n_sqlite = argc > 2 ? std::atoll(argv[2]) : n / 10;
  const std::string duckdb = argc > 3 ? argv[3] : "";
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
  const double report = best_of(3, [&] { total = realised_total(yp::budget::monthly_report(plan, packed, 2025, 12, 500)); });
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
  std::printf("peak memory of the report's side: %ld MiB (the generated columns, the packed ones and SQLite's rows)\n", usage.ru_maxrss / 1024);
  bool same = all == total && sqlite_total == prefix_total;
  if (duckdb.empty()) return same ? 0 : 1;

  // The same records as a CSV file: our reader against DuckDB's, and DuckDB's report against ours.
  const auto folder = std::filesystem::temp_directory_path() / ("yp-budget-bench-" + std::to_string(getpid()));
  std::filesystem::create_directories(folder);
  const std::string production = (folder / "production.csv").string(), allocation_csv = (folder / "allocation.csv").string();
  t = Clock::now();
  write_csv(columns, allocation, production, allocation_csv);
  const double file_bytes = static_cast<double>(std::filesystem::file_size(production));
  std::printf("CSV file of the same records: %.0f MB, written in %.1f s\n", file_bytes / 1e6, seconds_since(t));
  const auto members = std::set<std::string>(std::begin(kMembers), std::end(kMembers));
  t = Clock::now();
  auto read = yp::files::read_production_csv(production, members);
  const double read_seconds = seconds_since(t);
  if (!read.errors.empty()) return std::printf("CSV READ FAILED: %s\n", read.errors[0].text("en").c_str()), 1;
  const auto from_file = yp::budget::pack(read.columns);
  const double read_and_pack = seconds_since(t);
  const long long file_total = realised_total(yp::budget::monthly_report(plan, from_file, 2025, 12, 500));
  std::printf("our CSV reader, one thread: %.2f s (%.0f MB/s); packed for the report: %.2f s in all%s\n", read_seconds, file_bytes / read_seconds / 1e6,
              read_and_pack, file_total == all ? "" : "  TOTALS DIFFER");
  same = same && file_total == all;

  const std::string command = "node " + duckdb + "/budget.mjs " + production + " " + allocation_csv + " 2025";
  std::string answer;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char chunk[4096];
    while (std::fgets(chunk, sizeof chunk, pipe)) answer += chunk;
    if (pclose(pipe) != 0) answer.clear();
  }
  std::filesystem::remove_all(folder);
  if (answer.empty()) return std::printf("DUCKDB FAILED: %s\n", command.c_str()), 1;
  const double duck_csv = json_number(answer, "csv_seconds"), duck_report = json_number(answer, "report_seconds");
  const long long duck_total = std::atoll(answer.c_str() + answer.find("\"realised_cents\":\"") + 18);
  std::printf("DuckDB, one thread, reading the same file: %.2f s (%.0f MB/s): ours is %.1f× as fast\n", duck_csv, file_bytes / duck_csv / 1e6,
              duck_csv / read_seconds);
  std::printf("DuckDB, one thread, the same report over the same %lld records: %.3f s: ours (%.3f s) is %.0f× as fast%s\n", n, duck_report, report,
              duck_report / report, duck_total == all ? "" : "  TOTALS DIFFER");
  getrusage(RUSAGE_CHILDREN, &usage);
  std::printf("peak memory of DuckDB's process: %ld MiB\n", usage.ru_maxrss / 1024);
  return same && duck_total == all ? 0 : 1;
}
