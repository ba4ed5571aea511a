// The access capability's records in the store: accounts (audited without their password hash),
// sessions (a digest of the token, never the token), sign-in attempts counted per key, trusted
// devices, and the read log of 906/2019 § 17, kept beside the registry's tables on the Store's
// connections and writers' lock (Store::transact, write_with, read_with). The SQL is here; the
// tables are migrations 006 and 010.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "access/account.h"
#include "core/error.h"
#include "store/store.h"

namespace yp {

// A signed-in session as stored: a digest of its token, never the token itself.
struct SessionRecord {
  std::string digest;
  std::string account_id;
  std::string csrf;
  long long created = 0;  // seconds since the epoch
  long long expires = 0;
  bool revoked = false;
};

// One read of personal data or of what is not public, by someone signed in (906/2019 § 17).
struct ReadLogEntry {
  long seq = 0;
  std::string at;       // UTC, as in the audit trail
  std::string actor;    // the account
  std::string request;  // "GET /api/persons/otto-andersson?lang=sv"
  std::string kind;     // "personal" or "non_public"
  std::string address;  // the client's address
};
template <class V>
void fields(V& v, ReadLogEntry& x) {
  v.field("seq", x.seq);
  v.field("at", x.at);
  v.field("actor", x.actor);
  v.field("request", x.request);
  v.field("kind", x.kind);
  v.field("address", x.address, false);
}
struct ReadLogFilter {
  std::string actor;
  std::string from;
  std::string until;
  int limit = 100;
};

// Accounts: kept apart from the registry, audited without their password hash.
Result<std::optional<Account>> find_account(Store& store, const std::string& id);
Result<std::vector<Account>> accounts(Store& store);
std::optional<Error> put_account(Store& store, const Account& account, const Provenance& who);
// Sessions: made on sign-in (audited), looked up on every request, revoked one or all at once.
std::optional<Error> put_session(Store& store, const SessionRecord& session, const Provenance& who);
Result<std::optional<SessionRecord>> find_session(Store& store, const std::string& digest);
// Revokes the account's sessions: only `digest` when given, else all of them (sign out everywhere).
std::optional<Error> revoke_sessions(Store& store, const std::string& account_id, const std::string& digest, const Provenance& who);
// Changes to accounts and revocations through `store` (Store::changes_noted), so that what was
// read of them can be known stale at once (changes by another process are not counted).
std::uint64_t access_changes(const Store& store);

// Sign-in attempts, counted per key (an account's name, or a trusted device) in windows: takes
// one attempt for `key` at `now` (seconds since the epoch) as a failure in advance, atomically
// across threads and processes, while fewer than `max` are counted in the window of `window`
// seconds, and answers 0; otherwise takes none and answers the seconds until the window ends.
Result<long long> reserve_signin_attempt(Store& store, const std::string& key, long long now, int max, long long window);
// Forgets the attempts counted for `key` (after a successful sign-in).
std::optional<Error> clear_signin_attempts(Store& store, const std::string& key);
// A failed sign-in in the audit trail: the name tried and from where (never the password).
std::optional<Error> audit_failed_signin(Store& store, const std::string& name, const Provenance& who);
// Devices an account has signed in from, by the digest of their cookie, trusted until `expires`.
std::optional<Error> trust_device(Store& store, const std::string& digest, const std::string& account_id, long long now, long long expires);
Result<bool> device_trusted(Store& store, const std::string& digest, const std::string& account_id, long long now);
// Removes what has run out by `now`: attempt windows begun a day before or earlier, devices no
// longer trusted.
std::optional<Error> prune_signin_records(Store& store, long long now);

// The read log, kept apart from the audit trail: appended in batches, read by administrators, and
// pruned of what is older than its retention.
std::optional<Error> append_read_log(Store& store, const std::vector<ReadLogEntry>& entries);
Result<std::vector<ReadLogEntry>> read_read_log(Store& store, const ReadLogFilter& filter);
// Removes the entries before `before` (an ISO time); answers how many.
Result<long long> prune_read_log(Store& store, const std::string& before);

}  // namespace yp
