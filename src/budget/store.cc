#include "budget/store.h"

#include <soci/soci.h>

#include <map>
#include <nlohmann/json.hpp>

namespace yp::budget {
namespace {

const char* table_name(Table t) { return t == Table::production ? "budget_production" : "budget_allocation"; }

constexpr size_t kBatch = 10000;

}  // namespace

void replace_months(WriteContext& tx, Table table, const Columns& rows, const std::set<int>& months) {
  const std::string name = table_name(table);
  soci::session& sql = tx.sql();
  std::map<int, std::pair<long long, long long>> after;  // month → records, cents
  for (size_t i = 0; i < rows.size(); ++i) {
    auto& a = after[rows.month[i]];
    ++a.first;
    a.second += rows.cents[i];
  }
  for (const int month : months) {
    int m = month;
    long long records = 0, cents = 0;
    soci::indicator sum_ind = soci::i_null;
    sql << "SELECT COUNT(*), SUM(cents) FROM " << name << " WHERE month = :m", soci::use(m), soci::into(records), soci::into(cents, sum_ind);
    sql << "DELETE FROM " << name << " WHERE month = :m", soci::use(m);
    const nlohmann::json before_doc = {{"records", records}, {"cents", sum_ind == soci::i_ok ? cents : 0}};
    const nlohmann::json after_doc = {{"records", after[month].first}, {"cents", after[month].second}};
    tx.audit(name, month_text(month), records ? before_doc.dump() : "", after_doc.dump());
  }
  std::vector<int> month(kBatch), count(kBatch);
  std::vector<std::string> member(kBatch), group(kBatch);
  std::vector<long long> cents(kBatch);
  for (size_t start = 0; start < rows.size(); start += kBatch) {
    const size_t n = std::min(kBatch, rows.size() - start);
    month.resize(n), count.resize(n), member.resize(n), group.resize(n), cents.resize(n);
    for (size_t k = 0; k < n; ++k) {
      const size_t i = start + k;
      month[k] = rows.month[i];
      member[k] = rows.members.name(rows.member[i]);
      group[k] = rows.groups.name(rows.group[i]);
      cents[k] = rows.cents[i];
      count[k] = rows.count[i];
    }
    sql << "INSERT INTO " << name << " (month, member, service_group, cents, count) VALUES (:month, :member, :grp, :cents, :count)", soci::use(month),
        soci::use(member), soci::use(group), soci::use(cents), soci::use(count);
  }
}

std::optional<Error> replace_months(Store& store, Table table, const Columns& rows, const std::set<int>& months, const Provenance& who) {
  return store.transact(std::string("storing ") + table_name(table), who, [&](WriteContext& tx) -> std::optional<Error> {
    replace_months(tx, table, rows, months);
    return std::nullopt;
  });
}

Columns read_months(soci::session& sql, Table table, int first_month, int last_month) {
  Columns out;
  int first = first_month, last = last_month;
  std::vector<int> month(kBatch), count(kBatch);
  std::vector<std::string> member(kBatch), group(kBatch);
  std::vector<long long> cents(kBatch);
  soci::statement st = (sql.prepare << "SELECT month, member, service_group, cents, count FROM " << table_name(table) << " WHERE month BETWEEN :first AND :last",
                        soci::use(first), soci::use(last), soci::into(month), soci::into(member), soci::into(group), soci::into(cents), soci::into(count));
  st.execute();
  while (st.fetch()) {
    for (size_t k = 0; k < month.size(); ++k) out.add(member[k], group[k], month[k], cents[k], count[k]);
    month.resize(kBatch), count.resize(kBatch), member.resize(kBatch), group.resize(kBatch), cents.resize(kBatch);
  }
  return out;
}

Result<Columns> read_months(Store& store, Table table, int first_month, int last_month) {
  Columns out;
  if (auto e = store.read_with("reading the budget figures", [&](soci::session& sql) { out = read_months(sql, table, first_month, last_month); })) return *e;
  return out;
}

Result<long long> generation(Store& store) {
  long long seq = 0;
  auto e = store.read_with("reading the budget figures", [&](soci::session& sql) {
    soci::indicator ind = soci::i_null;
    sql << "SELECT MAX(seq) FROM audit WHERE entity IN ('budget_production', 'budget_allocation')", soci::into(seq, ind);
    if (ind != soci::i_ok) seq = 0;
  });
  if (e) return *e;
  return seq;
}

}  // namespace yp::budget
