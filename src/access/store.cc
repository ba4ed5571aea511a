// The Store's records of access: accounts (audited without their password hash), sessions, sign-in
// attempts, trusted devices and the read log, kept beside the registry's tables on the same
// connections and lock.
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include <algorithm>

#include "codec/json_codec.h"
#include "core/limits.h"
#include "store/storage_error.h"
#include "store/write_transaction.h"
#include "store/store.h"

namespace yp {
namespace {

// The sequence number in a row's first column: SQLite gives an int, PostgreSQL a long long.
long seq_of(const soci::row& row) {
  return static_cast<long>(row.get_properties(0).get_data_type() == soci::dt_long_long ? row.get<long long>(0) : row.get<int>(0));
}

// An account's document for the audit trail: the password hash is never copied there, only
// whether it changed.
std::string audited(Account a, const std::string& previous_hash) {
  const bool changed = a.password_hash != previous_hash;
  a.password_hash.clear();
  auto doc = codec::encode(a);
  if (changed) doc["password_changed"] = true;
  return doc.dump();
}
}  // namespace

Result<std::optional<Account>> Store::find_account(const std::string& id) {
  std::lock_guard lock(reader_);
  try {
    std::string doc;
    soci::indicator ind = soci::i_null;
    *read_sql_ << "SELECT doc FROM accounts WHERE id = :id", soci::use(id), soci::into(doc, ind);
    if (!read_sql_->got_data() || ind != soci::i_ok) return std::optional<Account>();
    const StoredDocuments stored;
    auto account = codec::decode_value<Account>(nlohmann::json::parse(doc));
    if (!account) return Error::io("a stored account cannot be read: " + account.error().message);
    return std::optional<Account>(std::move(account.value()));
  } catch (const std::exception& e) {
    return storage_error("reading an account", e);
  }
}

Result<std::vector<Account>> Store::accounts() {
  std::lock_guard lock(reader_);
  try {
    const StoredDocuments stored;
    std::vector<Account> out;
    soci::rowset<std::string> rows = (read_sql_->prepare << "SELECT doc FROM accounts ORDER BY id");
    for (const auto& doc : rows) {
      auto account = codec::decode_value<Account>(nlohmann::json::parse(doc));
      if (!account) return Error::io("a stored account cannot be read: " + account.error().message);
      out.push_back(std::move(account.value()));
    }
    return out;
  } catch (const std::exception& e) {
    return storage_error("reading the accounts", e);
  }
}

std::optional<Error> Store::put_account(const Account& account, const Provenance& who) {
  std::lock_guard lock(writer_);
  try {
    WriteTransaction tx(*sql_, backend_ == "sqlite", lock_waits_);
    std::string id = account.id, doc = codec::encode(account).dump(), before;
    soci::indicator found = soci::i_null;
    *sql_ << "SELECT doc FROM accounts WHERE id = :id", soci::use(id), soci::into(before, found);
    std::string before_audited, previous_hash;
    if (sql_->got_data() && found == soci::i_ok) {
      if (before == doc) return std::nullopt;
      auto old = codec::decode_value<Account>(nlohmann::json::parse(before));
      if (old) {
        previous_hash = old->password_hash;
        before_audited = audited(old.value(), previous_hash);
      }
    }
    *sql_ << "INSERT INTO accounts (id, doc) VALUES (:id, :doc) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc", soci::use(id), soci::use(doc);
    audit(who, "accounts", id, before_audited, audited(account, previous_hash));
    tx.commit();
    ++access_changes_;
    return std::nullopt;
  } catch (const std::exception& e) {
    return storage_error("writing an account", e, sqlite_file());
  }
}

std::optional<Error> Store::put_session(const SessionRecord& s, const Provenance& who) {
  std::lock_guard lock(writer_);
  try {
    WriteTransaction tx(*sql_, backend_ == "sqlite", lock_waits_);
    std::string digest = s.digest, account = s.account_id, csrf = s.csrf;
    long long created = s.created, expires = s.expires;
    int revoked = s.revoked ? 1 : 0;
    *sql_ << "INSERT INTO sessions (digest, account_id, csrf, created, expires, revoked) VALUES (:d, :a, :c, :cr, :ex, :rv)", soci::use(digest),
        soci::use(account), soci::use(csrf), soci::use(created), soci::use(expires), soci::use(revoked);
    nlohmann::json after = {{"account_id", account}, {"created", created}, {"expires", expires}};
    audit(who, "sessions", account, "", after.dump());
    tx.commit();
    return std::nullopt;
  } catch (const std::exception& e) {
    return storage_error("storing a session", e, sqlite_file());
  }
}

Result<std::optional<SessionRecord>> Store::find_session(const std::string& digest) {
  std::lock_guard lock(reader_);
  try {
    SessionRecord s;
    int revoked = 0;
    std::string key = digest;
    *read_sql_ << "SELECT digest, account_id, csrf, created, expires, revoked FROM sessions WHERE digest = :d", soci::use(key), soci::into(s.digest),
        soci::into(s.account_id), soci::into(s.csrf), soci::into(s.created), soci::into(s.expires), soci::into(revoked);
    if (!read_sql_->got_data()) return std::optional<SessionRecord>();
    s.revoked = revoked != 0;
    return std::optional<SessionRecord>(std::move(s));
  } catch (const std::exception& e) {
    return storage_error("reading a session", e);
  }
}

std::optional<Error> Store::revoke_sessions(const std::string& account_id, const std::string& digest, const Provenance& who) {
  std::lock_guard lock(writer_);
  try {
    WriteTransaction tx(*sql_, backend_ == "sqlite", lock_waits_);
    std::string account = account_id, key = digest;
    int count = 0;
    if (key.empty()) {
      *sql_ << "SELECT COUNT(*) FROM sessions WHERE account_id = :a AND revoked = 0", soci::use(account), soci::into(count);
      *sql_ << "UPDATE sessions SET revoked = 1 WHERE account_id = :a AND revoked = 0", soci::use(account);
    } else {
      *sql_ << "SELECT COUNT(*) FROM sessions WHERE account_id = :a AND digest = :d AND revoked = 0", soci::use(account), soci::use(key), soci::into(count);
      *sql_ << "UPDATE sessions SET revoked = 1 WHERE account_id = :a AND digest = :d", soci::use(account), soci::use(key);
    }
    nlohmann::json after = {{"account_id", account}, {"revoked", count}, {"everywhere", key.empty()}};
    audit(who, "sessions", account, "", after.dump());
    tx.commit();
    ++access_changes_;
    return std::nullopt;
  } catch (const std::exception& e) {
    return storage_error("revoking sessions", e, sqlite_file());
  }
}

Result<long long> Store::reserve_signin_attempt(const std::string& key, long long now, int max, long long window) {
  std::lock_guard lock(writer_);
  try {
    // One statement, so that the row is locked while it is counted on PostgreSQL as on SQLite,
    // across processes: a window that has ended starts again at this attempt; a full one stays at
    // max + 1, which means refused.
    std::string k = key;
    long long start = 0;
    int failures = 0;
    const long long most = max, next = max + 1;
    *sql_ << "INSERT INTO signin_attempts (key, window_start, failures) VALUES (:k, :now, 1) ON CONFLICT (key) DO UPDATE SET"
             " failures = CASE WHEN signin_attempts.window_start + :w1 <= :now1 THEN 1"
             " WHEN signin_attempts.failures >= :max THEN :next ELSE signin_attempts.failures + 1 END,"
             " window_start = CASE WHEN signin_attempts.window_start + :w2 <= :now2 THEN :now3 ELSE signin_attempts.window_start END"
             " RETURNING window_start, failures",
        soci::use(k, "k"), soci::use(now, "now"), soci::use(window, "w1"), soci::use(now, "now1"), soci::use(most, "max"),
        soci::use(next, "next"), soci::use(window, "w2"), soci::use(now, "now2"), soci::use(now, "now3"), soci::into(start), soci::into(failures);
    if (failures > max) return start + window - now;
    return 0LL;
  } catch (const std::exception& e) {
    return storage_error("counting a sign-in attempt", e, sqlite_file());
  }
}

std::optional<Error> Store::clear_signin_attempts(const std::string& key) {
  std::lock_guard lock(writer_);
  try {
    std::string k = key;
    *sql_ << "DELETE FROM signin_attempts WHERE key = :k", soci::use(k);
    return std::nullopt;
  } catch (const std::exception& e) {
    return storage_error("clearing sign-in attempts", e, sqlite_file());
  }
}

std::optional<Error> Store::audit_failed_signin(const std::string& name, const Provenance& who) {
  std::lock_guard lock(writer_);
  try {
    WriteTransaction tx(*sql_, backend_ == "sqlite", lock_waits_);
    audit(who, "sign_in_failures", name, "", nlohmann::json{{"account", name}}.dump());
    tx.commit();
    return std::nullopt;
  } catch (const std::exception& e) {
    return storage_error("recording a failed sign-in", e, sqlite_file());
  }
}

std::optional<Error> Store::trust_device(const std::string& digest, const std::string& account_id, long long now, long long expires) {
  std::lock_guard lock(writer_);
  try {
    std::string d = digest, a = account_id;
    *sql_ << "INSERT INTO trusted_devices (digest, account_id, created, expires) VALUES (:d, :a, :c, :e) ON CONFLICT (digest) DO UPDATE SET expires = excluded.expires",
        soci::use(d), soci::use(a), soci::use(now), soci::use(expires);
    return std::nullopt;
  } catch (const std::exception& e) {
    return storage_error("remembering a device", e, sqlite_file());
  }
}

Result<bool> Store::device_trusted(const std::string& digest, const std::string& account_id, long long now) {
  std::lock_guard lock(reader_);
  try {
    std::string d = digest, a = account_id;
    int found = 0;
    *read_sql_ << "SELECT COUNT(*) FROM trusted_devices WHERE digest = :d AND account_id = :a AND expires > :n", soci::use(d), soci::use(a), soci::use(now),
        soci::into(found);
    return found > 0;
  } catch (const std::exception& e) {
    return storage_error("reading a device", e);
  }
}

std::optional<Error> Store::prune_signin_records(long long now) {
  std::lock_guard lock(writer_);
  try {
    WriteTransaction tx(*sql_, backend_ == "sqlite", lock_waits_);
    const long long day_ago = now - 24 * 3600;
    *sql_ << "DELETE FROM signin_attempts WHERE window_start < :d", soci::use(day_ago);
    *sql_ << "DELETE FROM trusted_devices WHERE expires < :n", soci::use(now);
    tx.commit();
    return std::nullopt;
  } catch (const std::exception& e) {
    return storage_error("pruning the sign-in records", e, sqlite_file());
  }
}

std::optional<Error> Store::append_read_log(const std::vector<ReadLogEntry>& entries) {
  if (entries.empty()) return std::nullopt;
  std::lock_guard lock(writer_);
  try {
    WriteTransaction tx(*sql_, backend_ == "sqlite", lock_waits_);
    std::string at, actor, request, kind, address;
    soci::statement st = (sql_->prepare << "INSERT INTO read_log (at, actor, request, kind, address) VALUES (:at, :actor, :request, :kind, :address)",
                          soci::use(at), soci::use(actor), soci::use(request), soci::use(kind), soci::use(address));
    for (const auto& e : entries) {
      at = e.at, actor = e.actor, request = e.request, kind = e.kind, address = e.address;
      st.execute(true);
    }
    tx.commit();
    return std::nullopt;
  } catch (const std::exception& e) {
    return storage_error("writing the read log", e, sqlite_file());
  }
}

Result<std::vector<ReadLogEntry>> Store::read_read_log(const ReadLogFilter& f) {
  std::lock_guard lock(reader_);
  try {
    std::string actor = f.actor, from = f.from, until = f.until;
    if (until.size() == 10) until += "T99";  // a date includes its whole day
    int limit = std::clamp(f.limit, 1, 10000);
    std::vector<ReadLogEntry> out;
    soci::rowset<soci::row> rows =
        (read_sql_->prepare << "SELECT seq, at, actor, request, kind, address FROM read_log"
                          " WHERE (:a1 = '' OR actor = :a2) AND (:f1 = '' OR at >= :f2) AND (:u1 = '' OR at <= :u2) ORDER BY seq LIMIT :lim",
         soci::use(actor, "a1"), soci::use(actor, "a2"), soci::use(from, "f1"), soci::use(from, "f2"), soci::use(until, "u1"), soci::use(until, "u2"),
         soci::use(limit, "lim"));
    for (const auto& row : rows) {
      ReadLogEntry e;
      e.seq = seq_of(row);
      e.at = row.get<std::string>(1);
      e.actor = row.get<std::string>(2);
      e.request = row.get<std::string>(3);
      e.kind = row.get<std::string>(4);
      e.address = row.get<std::string>(5);
      out.push_back(std::move(e));
    }
    return out;
  } catch (const std::exception& e) {
    return storage_error("reading the read log", e);
  }
}

Result<long long> Store::prune_read_log(const std::string& before) {
  std::lock_guard lock(writer_);
  try {
    WriteTransaction tx(*sql_, backend_ == "sqlite", lock_waits_);
    std::string b = before;
    long long count = 0;
    *sql_ << "SELECT COUNT(*) FROM read_log WHERE at < :b", soci::use(b), soci::into(count);
    *sql_ << "DELETE FROM read_log WHERE at < :b", soci::use(b);
    tx.commit();
    return count;
  } catch (const std::exception& e) {
    return storage_error("pruning the read log", e, sqlite_file());
  }
}

}  // namespace yp
