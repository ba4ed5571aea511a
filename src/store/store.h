// Store: the registry persisted in SQLite (default, embedded) or PostgreSQL (shared deployments),
// through one SOCI code path. Migrations are each capability's SQL files (store/migrations.h), applied at open. Writes go
// through one writer at a time, each in one transaction that commits whole or not at all;
// SQLite runs in WAL mode with synchronous=NORMAL, which keeps every committed transaction across a
// crash of the process.
#pragma once
#include <atomic>
#include <functional>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"
#include "store/lock_waits.h"

namespace soci {
class session;
}

namespace yp {

// Who makes a change and through which request: an account ("alice"), or "cli:<user>" for the
// command line; the request as "POST /api/…" or the command run.
struct Provenance {
  std::string actor;
  std::string request;
};

// One change in the audit trail: the entity's document before (empty when new) and after.
struct AuditEntry {
  long seq = 0;
  std::string at;  // UTC, "2026-11-22T10:15:30.123Z"
  std::string actor;
  std::string request;
  std::string entity;  // the collection ("memberships", "meetings", "accounts", "sessions", …)
  std::string entity_id;
  std::string before;
  std::string after;
};
template <class V>
void fields(V& v, AuditEntry& x) {
  v.field("seq", x.seq);
  v.field("at", x.at);
  v.field("actor", x.actor);
  v.field("request", x.request);
  v.field("entity", x.entity);
  v.field("entity_id", x.entity_id);
  v.field("before", x.before, false);
  v.field("after", x.after);
}

// Which changes to read: each field narrows (empty: any); `from` and `until` are ISO times or dates.
struct AuditFilter {
  std::string actor;
  std::string entity;
  std::string entity_id;
  std::string from;
  std::string until;
  int limit = 100;
};

// The time now in UTC as the audit trail and the read log write it ("2026-11-22T10:15:30.123Z").
std::string utc_now();

// The file beside a SQLite database that every open Store holds a shared lock on, and a restore an
// exclusive one: `path` + ".in-use".
std::string in_use_file(const std::string& sqlite_path);
// Opens and locks it (shared, waiting up to ten seconds for a restore; or exclusive, not waiting):
// the descriptor, or -1 when it cannot.
int hold_in_use(const std::string& sqlite_path, bool exclusive);

class Store;

// Whether `name` can be a collection's table: lower-case letters and '_' (it is written into SQL).
bool is_collection_name(const std::string& name);

// One write transaction as a capability's own store code sees it: the connection (holding the
// database's write lock), the audit trail of the same transaction, and the registry's write.
// Whatever is done through it commits together or not at all.
class WriteContext {
 public:
  soci::session& sql() { return sql_; }
  bool sqlite() const { return sqlite_; }
  // Appends one audit entry (by the write's author) in this transaction.
  void audit(const std::string& entity, const std::string& id, const std::string& before, const std::string& after);
  // Inserts or replaces the document `doc` (JSON) of entity `id` in `collection`'s table, with
  // `columns` beside it for the database to enforce (foreign keys), and audits the change; a
  // document stored exactly as it is already is left alone and not audited.
  using Columns = std::vector<std::pair<std::string, std::string>>;
  void put_document(const std::string& collection, const std::string& id, const std::string& doc, const Columns& columns = {});

 private:
  friend class Store;
  WriteContext(Store& store, soci::session& sql, bool sqlite, const Provenance& who) : store_(store), sql_(sql), sqlite_(sqlite), who_(who) {}
  Store& store_;
  soci::session& sql_;
  bool sqlite_;
  const Provenance& who_;
};

class Store {
 public:
  // Opens `url`: "sqlite:PATH" or "postgresql:" followed by a libpq key=value connection string
  // ("postgresql:host=127.0.0.1 port=5432 dbname=yhdyspinta"); creates and migrates the schema.
  static Result<std::unique_ptr<Store>> open(const std::string& url);
  ~Store();

  // "sqlite" or "postgresql".
  const std::string& backend() const { return backend_; }

  // Runs `work` in one write transaction by `who` and commits what it did when it answers no
  // Error; an Error it answers, or an exception it throws, rolls everything back. `what` names the
  // work in the log ("storing budget_production"). For capabilities' own tables (budget figures).
  std::optional<Error> transact(const std::string& what, const Provenance& who, const std::function<std::optional<Error>(WriteContext&)>& work);
  // Runs `work`, one statement that commits by itself (an upsert that counts sign-in attempts), on
  // the writing connection under the writers' lock, outside any transaction.
  std::optional<Error> write_with(const std::string& what, const std::function<void(soci::session&)>& work);
  // Counts the changes made through this Store to what readers keep in caches of their own
  // (the access gate's sessions and accounts), so that what was read can be known stale at once;
  // changes by another process are not counted.
  void note_change() { ++changes_noted_; }
  std::uint64_t changes_noted() const { return changes_noted_.load(); }
  // Runs `work` on the reading connection; a failure of the database becomes a coded Error.
  std::optional<Error> read_with(const std::string& what, const std::function<void(soci::session&)>& work);
  // The stored document of one entity (the codec's JSON), or nothing; for records that must be read
  // fresh on every use (a revoked feed token stops working at once).
  Result<std::optional<std::string>> read_doc(const std::string& collection, const std::string& id);
  // Reports whether the database is intact (SQLite: PRAGMA integrity_check).
  std::optional<Error> check_integrity();

  // The audit trail, oldest first, narrowed by `filter`.
  Result<std::vector<AuditEntry>> read_audit(const AuditFilter& filter);

  // A consistent copy of the whole database written to `path` while it is in use (SQLite: VACUUM
  // INTO; PostgreSQL: pg_dump in its custom format).
  std::optional<Error> backup(const std::string& path);
  // Replaces the database at `url` with the backup at `path`, which must be intact, and only when
  // nothing else uses it: a running server or command holds the database (SQLite: a shared lock
  // on its file, PostgreSQL: a connection of this program's), and then restore refuses with a
  // conflict that says so. For SQLite the file is swapped in whole; for PostgreSQL pg_restore
  // --clean runs in one transaction.
  static std::optional<Error> restore(const std::string& url, const std::string& path);

  // The name this program's PostgreSQL connections carry (application_name).
  static constexpr const char* kApplicationName = "yhdyspinta";
  // How long a write waits for another connection's write lock before it is refused.
  static constexpr int kBusyTimeoutSeconds = 5;
  // How long writes have waited for that lock (the last, the longest, how many over a second).
  const LockWaits& lock_waits() const { return lock_waits_; }

 private:
  friend class WriteContext;
  Store(std::unique_ptr<soci::session> session, std::unique_ptr<soci::session> reader, std::string backend, std::string url);
  std::optional<Error> migrate();
  // The SQLite database's file, or "" on PostgreSQL.
  std::string sqlite_file() const { return backend_ == "sqlite" ? url_.substr(7) : ""; }
  // Appends one audit entry inside the caller's transaction.
  void audit(const Provenance& who, const std::string& entity, const std::string& id, const std::string& before, const std::string& after);

  // Two connections: writes go through one, one at a time; reads through the other, so that a read
  // never waits for a write that is waiting for the database's lock (WAL lets SQLite read meanwhile).
  std::unique_ptr<soci::session> sql_;
  std::unique_ptr<soci::session> read_sql_;
  std::mutex reader_;
  std::string backend_;
  std::string url_;
  int in_use_fd_ = -1;  // SQLite: the database file, held with a shared lock while this Store is open
  std::mutex writer_;
  std::atomic<std::uint64_t> changes_noted_{0};
  LockWaits lock_waits_;
};

}  // namespace yp
