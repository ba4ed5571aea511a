// DuckDB beside Yhdyspinta's budget report (bench/budget_bench.cc runs this in the same run): on
// one thread, reads the same production and allocation CSV files into tables (timed: the CSV
// reader) and computes the same monthly report (timed, best of three): per member × service group
// × month, allocated and realised euros and counts, the same to date, the deviation in euros and
// per cent. Prints one JSON object. The files are those `yhdyspinta budget generate` writes: their
// first line is the comment that says they are synthetic. Usage: node budget.mjs PRODUCTION.csv
// ALLOCATION.csv YEAR
import { DuckDBInstance } from "@duckdb/node-api";

const [production, allocation, year] = process.argv.slice(2);
const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
const db = await instance.connect();
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

const csv = (path, when) =>
  `read_csv('${path}', skip = 1, header = true, delim = ',', quote = '"', ` +
  `columns = {'member': 'VARCHAR', 'service_group': 'VARCHAR', '${when}': 'VARCHAR', 'euros': 'DECIMAL(18,2)', 'count': 'INTEGER'})`;
let start = process.hrtime.bigint();
await db.run(`CREATE TABLE production AS SELECT member, service_group, CAST(date AS DATE) AS date, euros, count FROM ${csv(production, "date")}`);
const csvSeconds = seconds(start);
await db.run(`CREATE TABLE allocation AS SELECT member, service_group, CAST(month || '-01' AS DATE) AS month, euros, count FROM ${csv(allocation, "month")}`);

const report = `
  WITH realised AS (
    SELECT member, service_group, month(date) AS m, SUM(euros) AS euros, SUM(count) AS count
    FROM production WHERE year(date) = ${Number(year)} GROUP BY member, service_group, month(date)),
  allocated AS (
    SELECT member, service_group, month(month) AS m, SUM(euros) AS euros, SUM(count) AS count
    FROM allocation WHERE year(month) = ${Number(year)} GROUP BY member, service_group, month(month)),
  lines AS (
    SELECT COALESCE(a.member, r.member) AS member, COALESCE(a.service_group, r.service_group) AS service_group, COALESCE(a.m, r.m) AS m,
           COALESCE(a.euros, 0) AS allocated, COALESCE(r.euros, 0) AS realised, COALESCE(a.count, 0) AS allocated_count, COALESCE(r.count, 0) AS realised_count
    FROM allocated a FULL OUTER JOIN realised r ON a.member = r.member AND a.service_group = r.service_group AND a.m = r.m)
  SELECT member, service_group, m, allocated, realised, realised - allocated AS deviation,
         CASE WHEN allocated <> 0 THEN round((realised - allocated) * 100 / allocated, 2) END AS deviation_percent,
         SUM(allocated) OVER w AS allocated_to_date, SUM(realised) OVER w AS realised_to_date, realised_count
  FROM lines WINDOW w AS (PARTITION BY member, service_group ORDER BY m)
  ORDER BY member, service_group, m`;
let best = Infinity, rows = [];
for (let i = 0; i < 3; ++i) {
  start = process.hrtime.bigint();
  rows = (await db.runAndReadAll(report)).getRows();
  best = Math.min(best, seconds(start));
}
// The realised total in cents, to be compared with ours: DECIMAL(…, 2) values come as scaled integers.
const cents = rows.reduce((sum, r) => sum + BigInt(r[4].value), 0n);
const records = (await db.runAndReadAll("SELECT COUNT(*) FROM production")).getRows()[0][0];
console.log(JSON.stringify({ csv_seconds: csvSeconds, report_seconds: best, lines: rows.length, realised_cents: cents.toString(), records: Number(records) }));
