#include "access/store.h"

#include <soci/soci.h>

#include <algorithm>

#include "codec/json_codec.h"
#include "store/row_seq.h"

namespace yp {
namespace {

// An account's document for the audit trail: the password hash is never copied there, only
// whether it changed.
std::string audited(Account a, const std::string& previous_hash) {
  const bool changed = a.password_hash != previous_hash;
  a.password_hash.clear();
  auto doc = codec::encode(a);
  if (changed) doc["password_changed"] = true;
  return doc.dump();
}

// A read that answers a value: `work` fills it, a failure of the database becomes the Error.
template <class T, class F>
Result<T> read_value(Store& store, const std::string& what, T initial, F&& work) {
  Result<T> out = std::move(initial);
  if (auto e = store.read_with(what, [&](soci::session& sql) { out = work(sql); })) return *e;
  return out;
}

}  // namespace

Result<std::optional<Account>> find_account(Store& store, const std::string& id) {
  return read_value(store, "reading an account", std::optional<Account>(), [&](soci::session& sql) -> Result<std::optional<Account>> {
    std::string doc;
    soci::indicator ind = soci::i_null;
    sql << "SELECT doc FROM accounts WHERE id = :id", soci::use(id), soci::into(doc, ind);
    if (!sql.got_data() || ind != soci::i_ok) return std::optional<Account>();
    const StoredDocuments stored;
    auto account = codec::decode_value<Account>(nlohmann::json::parse(doc));
    if (!account) return Error::io("a stored account cannot be read: " + account.error().message);
    return std::optional<Account>(std::move(account.value()));
  });
}

Result<std::vector<Account>> accounts(Store& store) {
  return read_value(store, "reading the accounts", std::vector<Account>(), [&](soci::session& sql) -> Result<std::vector<Account>> {
    const StoredDocuments stored;
    std::vector<Account> out;
    soci::rowset<std::string> rows = (sql.prepare << "SELECT doc FROM accounts ORDER BY id");
    for (const auto& doc : rows) {
      auto account = codec::decode_value<Account>(nlohmann::json::parse(doc));
      if (!account) return Error::io("a stored account cannot be read: " + account.error().message);
      out.push_back(std::move(account.value()));
    }
    return out;
  });
}

std::optional<Error> put_account(Store& store, const Account& account, const Provenance& who) {
  bool changed = false;
  auto e = store.transact("writing an account", who, [&](WriteContext& tx) -> std::optional<Error> {
    auto& sql = tx.sql();
    std::string id = account.id, doc = codec::encode(account).dump(), before;
    soci::indicator found = soci::i_null;
    sql << "SELECT doc FROM accounts WHERE id = :id", soci::use(id), soci::into(before, found);
    std::string before_audited, previous_hash;
    if (sql.got_data() && found == soci::i_ok) {
      if (before == doc) return std::nullopt;
      auto old = codec::decode_value<Account>(nlohmann::json::parse(before));
      if (old) {
        previous_hash = old->password_hash;
        before_audited = audited(old.value(), previous_hash);
      }
    }
    sql << "INSERT INTO accounts (id, doc) VALUES (:id, :doc) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc", soci::use(id), soci::use(doc);
    tx.audit("accounts", id, before_audited, audited(account, previous_hash));
    changed = true;
    return std::nullopt;
  });
  if (!e && changed) store.note_change();
  return e;
}

std::optional<Error> put_session(Store& store, const SessionRecord& s, const Provenance& who) {
  return store.transact("storing a session", who, [&](WriteContext& tx) -> std::optional<Error> {
    std::string digest = s.digest, account = s.account_id, csrf = s.csrf;
    long long created = s.created, expires = s.expires;
    int revoked = s.revoked ? 1 : 0;
    tx.sql() << "INSERT INTO sessions (digest, account_id, csrf, created, expires, revoked) VALUES (:d, :a, :c, :cr, :ex, :rv)", soci::use(digest),
        soci::use(account), soci::use(csrf), soci::use(created), soci::use(expires), soci::use(revoked);
    nlohmann::json after = {{"account_id", account}, {"created", created}, {"expires", expires}};
    tx.audit("sessions", account, "", after.dump());
    return std::nullopt;
  });
}

Result<std::optional<SessionRecord>> find_session(Store& store, const std::string& digest) {
  return read_value(store, "reading a session", std::optional<SessionRecord>(), [&](soci::session& sql) -> Result<std::optional<SessionRecord>> {
    SessionRecord s;
    int revoked = 0;
    std::string key = digest;
    sql << "SELECT digest, account_id, csrf, created, expires, revoked FROM sessions WHERE digest = :d", soci::use(key), soci::into(s.digest),
        soci::into(s.account_id), soci::into(s.csrf), soci::into(s.created), soci::into(s.expires), soci::into(revoked);
    if (!sql.got_data()) return std::optional<SessionRecord>();
    s.revoked = revoked != 0;
    return std::optional<SessionRecord>(std::move(s));
  });
}

std::optional<Error> revoke_sessions(Store& store, const std::string& account_id, const std::string& digest, const Provenance& who) {
  auto e = store.transact("revoking sessions", who, [&](WriteContext& tx) -> std::optional<Error> {
    auto& sql = tx.sql();
    std::string account = account_id, key = digest;
    int count = 0;
    if (key.empty()) {
      sql << "SELECT COUNT(*) FROM sessions WHERE account_id = :a AND revoked = 0", soci::use(account), soci::into(count);
      sql << "UPDATE sessions SET revoked = 1 WHERE account_id = :a AND revoked = 0", soci::use(account);
    } else {
      sql << "SELECT COUNT(*) FROM sessions WHERE account_id = :a AND digest = :d AND revoked = 0", soci::use(account), soci::use(key), soci::into(count);
      sql << "UPDATE sessions SET revoked = 1 WHERE account_id = :a AND digest = :d", soci::use(account), soci::use(key);
    }
    nlohmann::json after = {{"account_id", account}, {"revoked", count}, {"everywhere", key.empty()}};
    tx.audit("sessions", account, "", after.dump());
    return std::nullopt;
  });
  if (!e) store.note_change();
  return e;
}

std::uint64_t access_changes(const Store& store) { return store.changes_noted(); }

Result<long long> reserve_signin_attempt(Store& store, const std::string& key, long long now, int max, long long window) {
  long long wait = 0;
  // One statement, so that the row is locked while it is counted on PostgreSQL as on SQLite,
  // across processes: a window that has ended starts again at this attempt; a full one stays at
  // max + 1, which means refused.
  auto e = store.write_with("counting a sign-in attempt", [&](soci::session& sql) {
    std::string k = key;
    long long start = 0, at = now, length = window;
    int failures = 0;
    const long long most = max, next = max + 1;
    sql << "INSERT INTO signin_attempts (key, window_start, failures) VALUES (:k, :now, 1) ON CONFLICT (key) DO UPDATE SET"
           " failures = CASE WHEN signin_attempts.window_start + :w1 <= :now1 THEN 1"
           " WHEN signin_attempts.failures >= :max THEN :next ELSE signin_attempts.failures + 1 END,"
           " window_start = CASE WHEN signin_attempts.window_start + :w2 <= :now2 THEN :now3 ELSE signin_attempts.window_start END"
           " RETURNING window_start, failures",
        soci::use(k, "k"), soci::use(at, "now"), soci::use(length, "w1"), soci::use(at, "now1"), soci::use(most, "max"), soci::use(next, "next"),
        soci::use(length, "w2"), soci::use(at, "now2"), soci::use(at, "now3"), soci::into(start), soci::into(failures);
    if (failures > max) wait = start + window - now;
  });
  if (e) return *e;
  return wait;
}

std::optional<Error> clear_signin_attempts(Store& store, const std::string& key) {
  return store.write_with("clearing sign-in attempts", [&](soci::session& sql) {
    std::string k = key;
    sql << "DELETE FROM signin_attempts WHERE key = :k", soci::use(k);
  });
}

std::optional<Error> audit_failed_signin(Store& store, const std::string& name, const Provenance& who) {
  return store.transact("recording a failed sign-in", who, [&](WriteContext& tx) -> std::optional<Error> {
    tx.audit("sign_in_failures", name, "", nlohmann::json{{"account", name}}.dump());
    return std::nullopt;
  });
}

std::optional<Error> trust_device(Store& store, const std::string& digest, const std::string& account_id, long long now, long long expires) {
  return store.write_with("remembering a device", [&](soci::session& sql) {
    std::string d = digest, a = account_id;
    long long created = now, until = expires;
    sql << "INSERT INTO trusted_devices (digest, account_id, created, expires) VALUES (:d, :a, :c, :e) ON CONFLICT (digest) DO UPDATE SET expires = excluded.expires",
        soci::use(d), soci::use(a), soci::use(created), soci::use(until);
  });
}

Result<bool> device_trusted(Store& store, const std::string& digest, const std::string& account_id, long long now) {
  return read_value(store, "reading a device", false, [&](soci::session& sql) -> Result<bool> {
    std::string d = digest, a = account_id;
    long long at = now;
    int found = 0;
    sql << "SELECT COUNT(*) FROM trusted_devices WHERE digest = :d AND account_id = :a AND expires > :n", soci::use(d), soci::use(a), soci::use(at),
        soci::into(found);
    return found > 0;
  });
}

std::optional<Error> prune_signin_records(Store& store, long long now) {
  return store.transact("pruning the sign-in records", {}, [&](WriteContext& tx) -> std::optional<Error> {
    const long long day_ago = now - 24 * 3600, at = now;
    tx.sql() << "DELETE FROM signin_attempts WHERE window_start < :d", soci::use(day_ago);
    tx.sql() << "DELETE FROM trusted_devices WHERE expires < :n", soci::use(at);
    return std::nullopt;
  });
}

std::optional<Error> append_read_log(Store& store, const std::vector<ReadLogEntry>& entries) {
  if (entries.empty()) return std::nullopt;
  return store.transact("writing the read log", {}, [&](WriteContext& tx) -> std::optional<Error> {
    std::string at, actor, request, kind, address;
    soci::statement st = (tx.sql().prepare << "INSERT INTO read_log (at, actor, request, kind, address) VALUES (:at, :actor, :request, :kind, :address)",
                          soci::use(at), soci::use(actor), soci::use(request), soci::use(kind), soci::use(address));
    for (const auto& e : entries) {
      at = e.at, actor = e.actor, request = e.request, kind = e.kind, address = e.address;
      st.execute(true);
    }
    return std::nullopt;
  });
}

Result<std::vector<ReadLogEntry>> read_read_log(Store& store, const ReadLogFilter& f) {
  return read_value(store, "reading the read log", std::vector<ReadLogEntry>(), [&](soci::session& sql) -> Result<std::vector<ReadLogEntry>> {
    std::string actor = f.actor, from = f.from, until = f.until;
    if (until.size() == 10) until += "T99";  // a date includes its whole day
    int limit = std::clamp(f.limit, 1, 10000);
    std::vector<ReadLogEntry> out;
    soci::rowset<soci::row> rows =
        (sql.prepare << "SELECT seq, at, actor, request, kind, address FROM read_log"
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
  });
}

Result<long long> prune_read_log(Store& store, const std::string& before) {
  long long count = 0;
  auto e = store.transact("pruning the read log", {}, [&](WriteContext& tx) -> std::optional<Error> {
    std::string b = before;
    tx.sql() << "SELECT COUNT(*) FROM read_log WHERE at < :b", soci::use(b), soci::into(count);
    tx.sql() << "DELETE FROM read_log WHERE at < :b", soci::use(b);
    return std::nullopt;
  });
  if (e) return *e;
  return count;
}

}  // namespace yp
