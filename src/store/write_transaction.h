// A write transaction that takes the database's write lock when it begins (SQLite: BEGIN
// IMMEDIATE), rather than when it first writes. A transaction that first reads and then writes
// would otherwise fail at once with SQLITE_BUSY whenever another connection wrote in between, the
// busy timeout notwithstanding; taken at the start, the lock is waited for up to the connection's
// busy timeout (Store::kBusyTimeoutSeconds). Rolled back unless committed.
#pragma once
#include <soci/soci.h>

namespace yp {

class WriteTransaction {
 public:
  WriteTransaction(soci::session& sql, bool sqlite) : sql_(sql) { sql_ << (sqlite ? "BEGIN IMMEDIATE" : "BEGIN"); }
  ~WriteTransaction() {
    if (done_) return;
    try {
      sql_ << "ROLLBACK";
    } catch (...) {  // the connection itself failed: nothing is left to roll back
    }
  }
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;

  void commit() {
    sql_ << "COMMIT";
    done_ = true;
  }

 private:
  soci::session& sql_;
  bool done_ = false;
};

}  // namespace yp
