// Store: the registry persisted in SQLite (default, embedded) or PostgreSQL (shared deployments),
// through one SOCI code path. Migrations are SQL files per backend, applied at open. Writes go
// through one writer at a time, each in one transaction that commits whole or not at all;
// SQLite runs in WAL mode with synchronous=NORMAL, which keeps every committed transaction across a
// crash of the process.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>

#include "access/principal.h"
#include "budget/production.h"
#include "core/dataset.h"
#include "core/error.h"

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

// A signed-in session as stored: a digest of its token, never the token itself.
struct SessionRecord {
  std::string digest;
  std::string account_id;
  std::string csrf;
  long long created = 0;  // seconds since the epoch
  long long expires = 0;
  bool revoked = false;
};

class Store {
 public:
  // Opens `url`: "sqlite:PATH" or "postgresql:" followed by a libpq key=value connection string
  // ("postgresql:host=127.0.0.1 port=5432 dbname=yhdyspinta"); creates and migrates the schema.
  static Result<std::unique_ptr<Store>> open(const std::string& url);
  ~Store();

  // "sqlite" or "postgresql".
  const std::string& backend() const { return backend_; }

  // Reads every collection.
  Result<Dataset> read_all();
  // Inserts or replaces every entity of `fragment` in one transaction, with an audit entry for each
  // entity that changed (by `who`, with its document before and after) in the same transaction.
  // An entity stored exactly as it is already is left alone and not audited.
  std::optional<Error> write(const Dataset& fragment, const Provenance& who);
  // The stored document of one entity (the codec's JSON), or nothing; for records that must be read
  // fresh on every use (a revoked feed token stops working at once).
  Result<std::optional<std::string>> read_doc(const std::string& collection, const std::string& id);
  // Reports whether the database is intact (SQLite: PRAGMA integrity_check).
  std::optional<Error> check_integrity();

  // The audit trail, oldest first, narrowed by `filter`.
  Result<std::vector<AuditEntry>> read_audit(const AuditFilter& filter);

  // Accounts (access_store.cc): kept apart from the registry, audited without their password hash.
  Result<std::optional<Account>> find_account(const std::string& id);
  Result<std::vector<Account>> accounts();
  std::optional<Error> put_account(const Account& account, const Provenance& who);
  // Sessions: made on sign-in (audited), looked up on every request, revoked one or all at once.
  std::optional<Error> put_session(const SessionRecord& session, const Provenance& who);
  Result<std::optional<SessionRecord>> find_session(const std::string& digest);
  // Revokes the account's sessions: only `digest` when given, else all of them (sign out everywhere).
  std::optional<Error> revoke_sessions(const std::string& account_id, const std::string& digest, const Provenance& who);
  // Counts the changes to accounts and revocations made through this Store, so that what was read
  // of them can be known stale at once (changes by another process are not counted).
  std::uint64_t access_changes() const { return access_changes_.load(); }

  // HUS budget monitoring (budget_store.cc): realised production and the monthly allocation.
  enum class BudgetTable { production, allocation };
  // Replaces each month in `months` whole with the rows of `rows` in it, in one transaction, with an
  // audit entry a month (its records and euros before and after). A bad file never reaches here.
  std::optional<Error> replace_budget_months(BudgetTable table, const budget::Columns& rows, const std::set<int>& months, const Provenance& who);
  // The rows of months first…last (month indexes), as columns.
  Result<budget::Columns> read_budget(BudgetTable table, int first_month, int last_month);
  // Grows with every import, by any process (the newest audit entry of the two tables): what was
  // read of the figures stays true while it is unchanged.
  Result<long long> budget_generation();

  // A consistent copy of the whole database written to `path` while it is in use (SQLite: VACUUM
  // INTO; PostgreSQL: pg_dump in its custom format).
  std::optional<Error> backup(const std::string& path);
  // Replaces the database at `url` with the backup at `path`, which must be intact. For SQLite the
  // file is swapped in whole (no server may be using it); for PostgreSQL pg_restore --clean runs in
  // one transaction.
  static std::optional<Error> restore(const std::string& url, const std::string& path);

 private:
  Store(std::unique_ptr<soci::session> session, std::string backend, std::string url);
  std::optional<Error> migrate();
  // The SQLite database's file, or "" on PostgreSQL.
  std::string sqlite_file() const { return backend_ == "sqlite" ? url_.substr(7) : ""; }
  // Appends one audit entry inside the caller's transaction.
  void audit(const Provenance& who, const std::string& entity, const std::string& id, const std::string& before, const std::string& after);

  std::unique_ptr<soci::session> sql_;
  std::string backend_;
  std::string url_;
  std::mutex writer_;
  std::atomic<std::uint64_t> access_changes_{0};
};

}  // namespace yp
