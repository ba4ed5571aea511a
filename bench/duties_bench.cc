// Every duty for the whole country over ten years with one million generated events: our engine
// (duties/evaluate) against the same checks written as SQL on SQLite (in memory, indexed), in one
// run on the same data. Both count satisfied verdicts per duty; the counts must agree, so the two
// really do the same work. Usage: duties_bench [events] (default 1000000).
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <random>

#include "duties/evaluate.h"
#include "program/verdicts.h"
#include "files/loader.h"

namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

void exec(sqlite3* db, const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    std::fprintf(stderr, "sqlite: %s\n%s\n", error, sql);
    std::exit(1);
  }
}

long count_rows(sqlite3* db, const char* sql) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
    std::fprintf(stderr, "sqlite: %s\n%s\n", sqlite3_errmsg(db), sql);
    std::exit(1);
  }
  long n = 0;
  while (sqlite3_step(st) == SQLITE_ROW) ++n;
  sqlite3_finalize(st);
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  const long total = argc > 1 ? std::atol(argv[1]) : 1000000;
  auto report = yp::files::load_files({std::string(YP_SOURCE_DIR) + "/data"}, yp::Dataset{});
  if (!report.errors.empty()) return std::fprintf(stderr, "%s\n", report.errors[0].c_str()), 1;
  yp::Dataset data = std::move(report.fragment);
  const yp::Date as_of{2030, 12, 31};

  // The roll: every (county, municipality) pair; the bodies.
  std::vector<std::pair<std::string, std::string>> pairs;
  std::vector<std::string> counties;
  for (const auto& c : data.organisations.items) {
    if (c.classification != yp::OrgKind::wellbeing_services_county) continue;
    bool any = false;
    for (const auto* m : data.children_of(c.id))
      if (m->classification == yp::OrgKind::municipality) pairs.push_back({c.id, m->id}), any = true;
    if (any) counties.push_back(c.id);
  }
  std::vector<std::string> bodies;
  for (const auto& b : data.bodies.items) bodies.push_back(b.id);

  // One million events over 2021–2030: negotiations between a county and one of its municipalities
  // (half under 611/2021 § 14, a fifth on welfare and health promotion), body meetings, decisions.
  std::mt19937_64 random(20261122);
  const long first_day = yp::Date{2021, 1, 1}.days_since_epoch(), days = yp::Date{2030, 12, 31}.days_since_epoch() - first_day + 1;
  auto day = [&] { return yp::Date::from_days(first_day + static_cast<long>(random() % days)); };
  data.events.items.reserve(total);
  for (long i = 0; i < total; ++i) {
    yp::Event e;
    e.id = "g" + std::to_string(i);
    e.date = day();
    const auto roll = random() % 100;
    if (roll < 60) {
      const auto& p = pairs[random() % pairs.size()];
      e.kind = yp::EventKind::negotiation;
      e.party_ids = {p.first, p.second};
      if (random() % 2) e.legal_basis = {"611-2021-s14"};
      if (random() % 5 == 0) e.topic = "hyte";
    } else {
      e.kind = roll < 90 ? yp::EventKind::meeting : yp::EventKind::decision;
      e.body_id = bodies[random() % bodies.size()];
    }
    data.events.items.push_back(std::move(e));
  }
  data.events.reindex();
  // Every agreement in force from 1.1.2021 (every party's approval) and every organisation's records
  // kept here from then, so that every body and bearer is judged over the whole ten years, as the SQL is.
  for (const auto& a : data.agreements.items)
    for (const auto& party : a.party_ids) {
      yp::Approval ap;
      ap.id = "bench-" + a.id + "-" + party;
      ap.agreement_id = a.id;
      ap.party_id = party;
      ap.date = yp::Date{2021, 1, 1};
      data.approvals.items.push_back(std::move(ap));
    }
  data.approvals.reindex();
  for (const auto& o : data.organisations.items) data.record_keeping.items.push_back({"bench-" + o.id, o.id, yp::Date{2021, 1, 1}, {}});
  data.record_keeping.reindex();
  std::printf("data: %zu county-municipality pairs, %zu counties, %zu bodies, %ld events, as of %s\n", pairs.size(), counties.size(),
              bodies.size(), total, as_of.iso().c_str());

  // Our engine, on one core, from the Dataset (index building included): every shipped duty, and
  // then only the five duties the SQL below checks, which is the like-for-like time.
  auto started = Clock::now();
  const auto all = yp::duty_verdicts(data, as_of);
  std::printf("engine: every duty (%zu), %zu verdicts in %.3f s\n", data.duties.items.size(), all.size(), seconds_since(started));
  const char* five[] = {"hvl-14-county-municipality-negotiation", "sote-7-hyte-negotiation", "body-meets-yearly-cadence", "body-meets-once-per-council-term",
                        "body-without-power-records-no-decisions"};
  yp::Dataset same = data;
  same.duties.items.clear();
  for (const char* id : five) same.duties.items.push_back(*data.duties.find(id));
  same.duties.reindex();
  started = Clock::now();
  const auto verdicts = yp::duty_verdicts(same, as_of);
  const double engine = seconds_since(started);
  std::map<std::string, long> satisfied;
  for (const auto& v : verdicts)
    if (v.status == yp::VerdictStatus::satisfied) ++satisfied[v.rule];
  std::printf("engine: the five duties, %zu verdicts in %.3f s\n", verdicts.size(), engine);

  // The same checks as SQL on SQLite, in memory, with the indexes they need.
  sqlite3* db = nullptr;
  sqlite3_open(":memory:", &db);
  exec(db, "CREATE TABLE events (id INTEGER PRIMARY KEY, kind TEXT, day TEXT, body TEXT, topic TEXT, s14 INTEGER);"
           "CREATE TABLE event_parties (event INTEGER, party TEXT);"
           "CREATE TABLE pairs (county TEXT, municipality TEXT); CREATE TABLE counties (county TEXT);"
           "CREATE TABLE bodies (body TEXT, cadence TEXT, times INTEGER, may_decide INTEGER);"
           "CREATE TABLE terms (id TEXT, kind TEXT, start TEXT, end TEXT); CREATE TABLE years (y INTEGER, start TEXT, end TEXT);");
  started = Clock::now();
  exec(db, "BEGIN");
  sqlite3_stmt *ins_event = nullptr, *ins_party = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO events VALUES (?,?,?,?,?,?)", -1, &ins_event, nullptr);
  sqlite3_prepare_v2(db, "INSERT INTO event_parties VALUES (?,?)", -1, &ins_party, nullptr);
  for (long i = 0; i < total; ++i) {
    const auto& e = data.events.items[i];
    const std::string kind(yp::name_of(e.kind)), date = e.date.iso();
    sqlite3_bind_int64(ins_event, 1, i);
    sqlite3_bind_text(ins_event, 2, kind.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(ins_event, 3, date.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(ins_event, 4, e.body_id.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(ins_event, 5, e.topic.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(ins_event, 6, e.legal_basis.empty() ? 0 : 1);
    sqlite3_step(ins_event);
    sqlite3_reset(ins_event);
    for (const auto& p : e.party_ids) {
      sqlite3_bind_int64(ins_party, 1, i);
      sqlite3_bind_text(ins_party, 2, p.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_step(ins_party);
      sqlite3_reset(ins_party);
    }
  }
  sqlite3_finalize(ins_event);
  sqlite3_finalize(ins_party);
  for (const auto& [c, m] : pairs) exec(db, ("INSERT INTO pairs VALUES ('" + c + "','" + m + "')").c_str());
  for (const auto& c : counties) exec(db, ("INSERT INTO counties VALUES ('" + c + "')").c_str());
  for (const auto& b : data.bodies.items)
    exec(db, ("INSERT INTO bodies VALUES ('" + b.id + "','" + std::string(yp::name_of(b.cadence.kind)) + "'," + std::to_string(b.cadence.times) + "," +
              (b.may_decide ? "1" : "0") + ")").c_str());
  for (const auto& t : data.council_terms.items)
    exec(db, ("INSERT INTO terms VALUES ('" + t.id + "','" + std::string(yp::name_of(t.kind)) + "','" + t.start_date.iso() + "','" + t.end_date.iso() + "')").c_str());
  for (int y = 2023; y <= 2030; ++y)
    exec(db, ("INSERT INTO years VALUES (" + std::to_string(y) + ",'" + std::to_string(y) + "-01-01','" + std::to_string(y) + "-12-31')").c_str());
  exec(db, "CREATE INDEX ep ON event_parties(party, event); CREATE INDEX ek ON events(kind, body, day); COMMIT");
  std::printf("sqlite: loaded and indexed in %.3f s (not counted below)\n", seconds_since(started));

  struct Check {
    const char* rule;
    const char* sql;
  };
  const Check checks[] = {
      {"hvl-14-county-municipality-negotiation",
       "SELECT p.county, p.municipality, t.id FROM pairs p JOIN terms t ON t.kind = 'regional' AND t.start <= '2030-12-31' "
       "JOIN event_parties a ON a.party = p.county JOIN event_parties b ON b.event = a.event AND b.party = p.municipality "
       "JOIN events e ON e.id = a.event AND e.kind = 'negotiation' AND e.s14 = 1 AND e.day BETWEEN t.start AND t.end "
       "GROUP BY p.county, p.municipality, t.id"},
      {"sote-7-hyte-negotiation",
       "SELECT c.county, y.y FROM counties c JOIN years y JOIN event_parties a ON a.party = c.county "
       "JOIN events e ON e.id = a.event AND e.kind = 'negotiation' AND e.topic = 'hyte' AND e.day BETWEEN y.start AND y.end "
       "GROUP BY c.county, y.y"},
      {"body-meets-yearly-cadence",
       "SELECT b.body, y.y FROM bodies b JOIN years y JOIN events e ON e.kind = 'meeting' AND e.body = b.body AND e.day BETWEEN y.start AND y.end "
       "WHERE b.cadence = 'at_least_per_year' GROUP BY b.body, y.y HAVING COUNT(*) >= MAX(b.times, 1)"},
      {"body-meets-once-per-council-term",
       "SELECT b.body, t.id FROM bodies b JOIN terms t ON t.kind = 'municipal' AND t.start <= '2030-12-31' "
       "JOIN events e ON e.kind = 'meeting' AND e.body = b.body AND e.day BETWEEN t.start AND t.end "
       "WHERE b.cadence = 'once_per_council_term' GROUP BY b.body, t.id"},
      {"body-without-power-records-no-decisions",
       "SELECT b.body, y.y FROM bodies b JOIN years y WHERE b.may_decide = 0 AND NOT EXISTS (SELECT 1 FROM events e "
       "WHERE e.kind = 'decision' AND e.body = b.body AND e.day BETWEEN y.start AND y.end)"},
  };
  started = Clock::now();
  bool agree = true;
  for (const auto& c : checks) {
    const auto t = Clock::now();
    const long rows = count_rows(db, c.sql);
    std::printf("  %-42s sqlite %8.3f s, satisfied: sqlite %6ld, engine %6ld%s\n", c.rule, seconds_since(t), rows, satisfied[c.rule],
                rows == satisfied[c.rule] ? "" : "  MISMATCH");
    agree &= rows == satisfied[c.rule];
  }
  const double sql = seconds_since(started);
  std::printf("sqlite: the same checks in %.3f s\n", sql);
  std::printf("engine %.3f s, sqlite %.3f s: %.1fx\n", engine, sql, sql / engine);
  sqlite3_close(db);
  return agree ? 0 : 2;
}
