// A write transaction that takes the database's write lock when it begins (SQLite: BEGIN
// IMMEDIATE), rather than when it first writes. A transaction that first reads and then writes
// would otherwise fail at once with SQLITE_BUSY whenever another connection wrote in between, the
// busy timeout notwithstanding; taken at the start, the lock is waited for up to the connection's
// busy timeout (Store::kBusyTimeoutSeconds). Rolled back unless committed.
// Each transaction's wait for the lock is measured (LockWaits, shown by /api/health).
#pragma once
#include <soci/soci.h>

#include <chrono>

#include "store/lock_waits.h"

namespace yp {

class WriteTransaction {
 public:
  WriteTransaction(soci::session& sql, bool sqlite, LockWaits& waits) : sql_(sql) {
    const auto asked = std::chrono::steady_clock::now();
    sql_ << (sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
    waits.record(std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - asked).count());
  }
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
