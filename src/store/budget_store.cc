// The store's side of budget monitoring: months of production or allocation rows replaced whole,
// in bulk, and read back as columns.
#include <soci/soci.h>

#include <nlohmann/json.hpp>

#include "store/storage_error.h"
#include "store/write_transaction.h"
#include "store/store.h"

namespace yp {
namespace {

const char* table_name(Store::BudgetTable t) { return t == Store::BudgetTable::production ? "budget_production" : "budget_allocation"; }

constexpr size_t kBatch = 10000;

}  // namespace

std::optional<Error> Store::replace_budget_months(BudgetTable table, const budget::Columns& rows, const std::set<int>& months, const Provenance& who) {
  std::lock_guard lock(writer_);
  const std::string name = table_name(table);
  try {
    WriteTransaction tx(*sql_, backend_ == "sqlite", lock_waits_);
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
      *sql_ << "SELECT COUNT(*), SUM(cents) FROM " << name << " WHERE month = :m", soci::use(m), soci::into(records), soci::into(cents, sum_ind);
      *sql_ << "DELETE FROM " << name << " WHERE month = :m", soci::use(m);
      const nlohmann::json before_doc = {{"records", records}, {"cents", sum_ind == soci::i_ok ? cents : 0}};
      const nlohmann::json after_doc = {{"records", after[month].first}, {"cents", after[month].second}};
      audit(who, name, budget::month_text(month), records ? before_doc.dump() : "", after_doc.dump());
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
      *sql_ << "INSERT INTO " << name << " (month, member, service_group, cents, count) VALUES (:month, :member, :grp, :cents, :count)",
          soci::use(month), soci::use(member), soci::use(group), soci::use(cents), soci::use(count);
    }
    tx.commit();
    return std::nullopt;
  } catch (const std::exception& e) {
    return storage_error("storing " + name, e, sqlite_file());
  }
}

Result<budget::Columns> Store::read_budget(BudgetTable table, int first_month, int last_month) {
  std::lock_guard lock(reader_);
  try {
    budget::Columns out;
    int first = first_month, last = last_month;
    std::vector<int> month(kBatch), count(kBatch);
    std::vector<std::string> member(kBatch), group(kBatch);
    std::vector<long long> cents(kBatch);
    soci::statement st = (read_sql_->prepare << "SELECT month, member, service_group, cents, count FROM " << table_name(table)
                                        << " WHERE month BETWEEN :first AND :last",
                          soci::use(first), soci::use(last), soci::into(month), soci::into(member), soci::into(group), soci::into(cents), soci::into(count));
    st.execute();
    while (st.fetch()) {
      for (size_t k = 0; k < month.size(); ++k) out.add(member[k], group[k], month[k], cents[k], count[k]);
      month.resize(kBatch), count.resize(kBatch), member.resize(kBatch), group.resize(kBatch), cents.resize(kBatch);
    }
    return out;
  } catch (const std::exception& e) {
    return storage_error("reading the budget figures", e);
  }
}

Result<long long> Store::budget_generation() {
  std::lock_guard lock(reader_);
  try {
    long long seq = 0;
    soci::indicator ind = soci::i_null;
    *read_sql_ << "SELECT MAX(seq) FROM audit WHERE entity IN ('budget_production', 'budget_allocation')", soci::into(seq, ind);
    return ind == soci::i_ok ? seq : 0;
  } catch (const std::exception& e) {
    return storage_error("reading the budget figures", e);
  }
}

}  // namespace yp
