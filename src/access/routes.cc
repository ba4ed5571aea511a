#include "access/routes.h"

#include <ctime>
#include <memory>

#include "access/access.h"
#include "access/attempts.h"
#include "access/credentials.h"
#include "codec/json_codec.h"
#include "http/json_body.h"
#include "http/problem.h"
#include "http/rate_limit.h"
#include "access/session_cache.h"
#include "access/store.h"

namespace yp::http {
namespace {

using nlohmann::json;

long now() { return static_cast<long>(std::time(nullptr)); }

// The digest of a request's token in cookie `name`, when it holds one of the right length.
std::optional<std::string> token_in(const Request& r, const char* name) {
  const std::string token = r.cookie(name);
  if (token.size() != 64) return std::nullopt;
  return token_digest(token);
}

// The session stored under `digest`, when it is live.
std::optional<SessionRecord> live_session(Store& store, const std::string& digest) {
  auto found = find_session(store, digest);
  if (!found || !found.value() || found.value()->revoked || found.value()->expires <= now()) return std::nullopt;
  return *found.value();
}

json account_json(const Account& a) {
  json j = codec::encode(a);
  j.erase("password_hash");
  return j;
}

// A signed-in session as it is answered: the account, the CSRF token, when it ends, and what the
// account may administer (`may`: list_accounts, read_audit, read_read_log), as the policy decides.
json session_json(const Account& a, const SessionRecord& session) {
  json out = account_json(a);
  out["csrf_token"] = session.csrf;
  out["expires"] = session.expires;
  out["may"] = json::array();
  if (permits(Principal{a.id, a.grants}, {administrators_only()}))
    for (const char* action : {"list_accounts", "read_audit", "read_read_log"}) out["may"].push_back(action);
  return out;
}

std::string cookie(const char* name, const std::string& value, long max_age, bool secure, const char* path = "/") {
  return std::string(name) + "=" + value + "; Path=" + path + "; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age) + (secure ? "; Secure" : "");
}

// A hash to check against when the account does not exist, so that the answer takes as long as
// for a wrong password and does not tell which accounts exist.
const std::string& decoy_hash() {
  static const std::string hash = hash_password(random_token());
  return hash;
}

Response too_many(const std::string& code, long long retry, const std::string& lang) {
  Response resp = problem(Error::coded(ErrorKind::too_many, "", code, {{"seconds", std::to_string(retry)}}), lang);
  resp.headers["Retry-After"] = std::to_string(retry);
  return resp;
}

Response refused(const Error& e, const Request& r) { return problem(e, r.language()); }

// Where a sign-in attempt for `account` is counted: a device that has signed in to it before
// counts its own ("device:<digest>"), anyone else the account's ("account:<name>").
Result<std::string> attempt_key(Store& store, const Request& r, const std::string& account) {
  if (const auto device = token_in(r, kDeviceCookie)) {
    auto known = device_trusted(store, *device, account, now());
    if (!known) return known.error();
    if (known.value()) return "device:" + *device;
  }
  return "account:" + account;
}

// `limit` from the query: 1 to 10,000, 100 when not given.
Result<int> limit_of(const Request& r) {
  const auto limit = digits(r.query_or("limit", "100"), 5);
  if (!limit || *limit < 1 || *limit > 10000) return Error::coded(ErrorKind::invalid, "/limit", "access.limit");
  return *limit;
}

}  // namespace

Gates make_gates(Store& store) {
  auto cache = std::make_shared<SessionCache>();
  QuickGate quick = [&store, cache](Request& r) {
    const auto digest = token_in(r, kSessionCookie);
    if (!digest) return r.cookie(kSessionCookie).empty();  // a cookie of the wrong shape: let the gate say so
    auto who = cache->find(*digest, monotonic_seconds(), now(), access_changes(store));
    if (!who) return false;
    r.principal = who->principal;
    return true;
  };
  Gate gate = [&store, cache](Request& r, bool write) -> std::optional<Response> {
    std::optional<SessionCache::Entry> who;
    if (const auto digest = token_in(r, kSessionCookie)) {
      const double moment = monotonic_seconds();
      const auto changes = access_changes(store);  // read before the store, so that a change during the read is not missed
      who = cache->find(*digest, moment, now(), changes);
      if (!who)
        if (auto session = live_session(store, *digest)) {
          auto account = find_account(store, session->account_id);
          if (account && account.value() && !account.value()->disabled) {
            who = SessionCache::Entry{{account.value()->id, account.value()->grants}, session->csrf, session->expires, moment, changes};
            cache->put(*digest, *who);
          }
        }
    }
    if (who) r.principal = who->principal;
    // Bodies are JSON, except the files imported under kImportPrefix, which are CSV.
    const bool import = r.path.rfind(kImportPrefix, 0) == 0;
    const std::string media = import ? "text/csv" : "application/json";
    if (r.method != "GET" && r.carries_body() && r.header("content-type").rfind(media, 0) != 0)
      return coded_problem(415, "unsupported_media_type", "request.media_type", {{"type", media}}, r.language());
    if (!write) return std::nullopt;
    if (!r.principal.signed_in()) return problem(*authorize(r.principal, {}, "action.change_anything"), r.language());
    if (!same_secret(r.header("x-csrf-token"), who->csrf)) return problem(Error::coded(ErrorKind::forbidden, "", "session.csrf"), r.language());
    return std::nullopt;
  };
  return {std::move(gate), std::move(quick)};
}

void add_access_routes(Router& router, LiveRegistry& reg, const AccessOptions& options) {
  auto attempts = std::make_shared<AttemptWindow>(options.attempts_per_minute, 60);
  Store& store = reg.store();

  // Signing in. Failed attempts are counted per account name, whether or not the account exists
  // (so that the answers do not tell), and taken before the password is checked (so that parallel
  // attempts cannot check more than the limit). A device that has signed in to the account before
  // keeps a cookie and its own count: someone guessing from elsewhere cannot keep the owner out.
  router.add_open("POST", "/api/session", [&store, attempts, options](const Request& r) {
    long retry = 0;
    if (!attempts->allow(r.peer, now(), retry)) return too_many("signin.too_many_from_address", retry, r.language());
    auto body = parse_body(r);
    if (!body) return refused(body.error(), r);
    auto id = string_field(*body, "account");
    if (!id) return refused(id.error(), r);
    auto password = string_field(*body, "password");
    if (!password) return refused(password.error(), r);
    if (id->empty() || password->empty() || id->size() > 64 || password->size() > 1024)
      return refused(Error::coded(ErrorKind::invalid, "/account", "signin.give_both"), r);

    auto counted = attempt_key(store, r, *id);
    if (!counted) return refused(counted.error(), r);
    const std::string key = *counted;
    const bool trusted = key.rfind("device:", 0) == 0;
    auto wait = reserve_signin_attempt(store, key, now(), options.failures_before_lockout, options.lockout_seconds);
    if (!wait) return refused(wait.error(), r);
    if (wait.value() > 0) return too_many("signin.locked", wait.value(), r.language());

    auto found = find_account(store, *id);
    if (!found) return refused(found.error(), r);
    const Provenance anonymous{"anonymous@" + r.peer, r.method + " " + r.path};
    const bool matches = verify_password(*password, found.value() ? found.value()->password_hash : decoy_hash());
    if (!found.value() || !matches || found.value()->disabled) {
      if (auto e = audit_failed_signin(store, *id, anonymous)) return refused(*e, r);
      return refused(Error::coded(ErrorKind::unauthenticated, "", "signin.wrong"), r);
    }
    const Account& account = *found.value();
    if (auto e = clear_signin_attempts(store, key)) return refused(*e, r);
    const std::string token = random_token();
    SessionRecord session{token_digest(token), account.id, random_token(), now(), now() + options.session_seconds, false};
    if (auto e = put_session(store, session, {account.id, anonymous.request})) return refused(*e, r);
    Response resp = ok(session_json(account, session));
    resp.cookies.push_back(cookie(kSessionCookie, token, options.session_seconds, options.secure_cookie));
    if (!trusted) {
      const std::string device_token = random_token();
      const long device_seconds = options.device_days * 24L * 3600L;
      if (auto e = trust_device(store, token_digest(device_token), account.id, now(), now() + device_seconds)) return refused(*e, r);
      resp.cookies.push_back(cookie(kDeviceCookie, device_token, device_seconds, options.secure_cookie, "/api/session"));
    }
    return resp;
  });

  router.add("GET", "/api/session", [&store](const Request& r) {
    auto nobody = [&] { return refused(Error::coded(ErrorKind::unauthenticated, "", "signin.nobody"), r); };
    if (!r.principal.signed_in()) return nobody();
    auto account = find_account(store, r.principal.account_id);
    const auto digest = token_in(r, kSessionCookie);
    auto session = digest ? live_session(store, *digest) : std::nullopt;
    if (!account || !account.value() || !session) return nobody();
    return ok(session_json(*account.value(), *session));
  });

  // Signing out: this session, or every session of the account (signing out everywhere).
  for (const bool everywhere : {false, true})
    router.add("DELETE", everywhere ? "/api/sessions" : "/api/session", [&store, everywhere, options](const Request& r) {
      const std::string digest = everywhere ? "" : token_digest(r.cookie(kSessionCookie));
      if (auto e = revoke_sessions(store, r.principal.account_id, digest, {r.principal.account_id, r.method + " " + r.path})) return refused(*e, r);
      Response resp{204, "application/json", "", {}, {}};
      resp.cookies.push_back(cookie(kSessionCookie, "", 0, options.secure_cookie));
      return resp;
    });

  // Accounts: administrators create them, set their grants, disable them; an account changes its
  // own password. Nothing is deleted: a disabled account keeps its id and its trail.
  router.add("GET", "/api/accounts", [&store](const Request& r) {
    if (auto denied = authorize(r.principal, administrators_only(), "action.list_accounts")) return refused(*denied, r);
    auto all = accounts(store);
    if (!all) return refused(all.error(), r);
    json out = json::array();
    for (const auto& a : all.value()) out.push_back(account_json(a));
    return ok(out);
  });
  router.add("POST", "/api/accounts", [&reg, &store](const Request& r) {
    if (auto denied = authorize(r.principal, administrators_only(), "action.create_accounts")) return refused(*denied, r);
    auto body = parse_body(r);
    if (!body) return refused(body.error(), r);
    auto password = string_field(*body, "password");
    if (!password) return refused(password.error(), r);
    body->erase("password");
    for (const char* internal : {"password_hash", "disabled"})
      if (body->contains(internal)) return refused(Error::coded(ErrorKind::invalid, std::string("/") + internal, "accounts.not_set_here"), r);
    auto account = codec::decode_value<Account>(*body);
    if (!account) return refused(account.error(), r);
    if (account->id.empty() || account->id.size() > 64) return refused(Error::coded(ErrorKind::invalid, "/id", "accounts.name_length"), r);
    if (auto weak = password_weakness(*password); !weak.empty()) return refused(Error::invalid("/password", weak), r);
    auto invalid = reg.read([&](const Dataset& d) -> std::optional<Error> {
      for (size_t i = 0; i < account->grants.size(); ++i)
        if (auto e = validate_grant(d, account->grants[i], "/grants/" + std::to_string(i))) return e;
      if (!account->person_id.empty() && !d.persons.find(account->person_id)) return Error::invalid("/person_id", "no such person");
      return std::nullopt;
    });
    if (invalid) return refused(*invalid, r);
    auto existing = find_account(store, account->id);
    if (!existing) return refused(existing.error(), r);
    if (existing.value()) return refused(Error::coded(ErrorKind::conflict, "/id", "accounts.exists"), r);
    account->password_hash = hash_password(*password);
    if (auto e = put_account(store, account.value(), {r.principal.account_id, r.method + " " + r.path})) return refused(*e, r);
    Response resp = ok(account_json(account.value()), 201);
    resp.headers["Location"] = "/api/accounts/" + account->id;
    return resp;
  });
  router.add("POST", "/api/accounts/{id}/grants", [&reg, &store](const Request& r) {
    if (auto denied = authorize(r.principal, administrators_only(), "action.change_grants")) return refused(*denied, r);
    auto body = parse_body(r);
    if (!body) return refused(body.error(), r);
    if (!body->contains("grants")) return refused(Error::invalid("/grants", "is required"), r);
    auto grants = codec::decode_value<std::vector<Grant>>((*body)["grants"], "/grants");
    if (!grants) return refused(grants.error(), r);
    auto invalid = reg.read([&](const Dataset& d) -> std::optional<Error> {
      for (size_t i = 0; i < grants->size(); ++i)
        if (auto e = validate_grant(d, (*grants)[i], "/grants/" + std::to_string(i))) return e;
      return std::nullopt;
    });
    if (invalid) return refused(*invalid, r);
    auto found = find_account(store, r.params.at("id"));
    if (!found) return refused(found.error(), r);
    if (!found.value()) return refused(Error::coded(ErrorKind::not_found, "", "accounts.none"), r);
    Account account = *found.value();
    account.grants = grants.value();
    if (auto e = put_account(store, account, {r.principal.account_id, r.method + " " + r.path})) return refused(*e, r);
    return ok(account_json(account));
  });
  router.add("POST", "/api/accounts/{id}/disable", [&store](const Request& r) {
    if (auto denied = authorize(r.principal, administrators_only(), "action.disable_accounts")) return refused(*denied, r);
    auto found = find_account(store, r.params.at("id"));
    if (!found) return refused(found.error(), r);
    if (!found.value()) return refused(Error::coded(ErrorKind::not_found, "", "accounts.none"), r);
    Account account = *found.value();
    if (account.id == r.principal.account_id) return refused(Error::coded(ErrorKind::conflict, "", "accounts.not_yourself"), r);
    account.disabled = true;
    const Provenance who{r.principal.account_id, r.method + " " + r.path};
    if (auto e = put_account(store, account, who)) return refused(*e, r);
    if (auto e = revoke_sessions(store, account.id, "", who)) return refused(*e, r);
    return ok(account_json(account));
  });
  // A new password. One's own takes the current password too (a session left open does not let
  // anyone take the account over), and a wrong one counts as a failed sign-in; an administrator
  // sets another account's without it.
  router.add("POST", "/api/accounts/{id}/password", [&store, options](const Request& r) {
    const std::string id = r.params.at("id");
    const bool own = id == r.principal.account_id;
    if (!own)
      if (auto denied = authorize(r.principal, administrators_only(), "action.change_password_of_another")) return refused(*denied, r);
    auto body = parse_body(r);
    if (!body) return refused(body.error(), r);
    auto password = string_field(*body, "password");
    if (!password) return refused(password.error(), r);
    auto current = string_field(*body, "current_password");
    if (!current) return refused(current.error(), r);
    if (auto weak = password_weakness(*password); !weak.empty()) return refused(Error::invalid("/password", weak), r);
    auto found = find_account(store, id);
    if (!found) return refused(found.error(), r);
    if (!found.value()) return refused(Error::coded(ErrorKind::not_found, "", "accounts.none"), r);
    Account account = *found.value();
    if (own) {
      if (current->empty()) return refused(Error::coded(ErrorKind::invalid, "/current_password", "accounts.current_password"), r);
      // Counted as a sign-in is: on a trusted device for that device, else for the account.
      auto key = attempt_key(store, r, id);
      if (!key) return refused(key.error(), r);
      auto wait = reserve_signin_attempt(store, *key, now(), options.failures_before_lockout, options.lockout_seconds);
      if (!wait) return refused(wait.error(), r);
      if (wait.value() > 0) return too_many("signin.locked", wait.value(), r.language());
      if (!verify_password(*current, account.password_hash))
        return refused(Error::coded(ErrorKind::forbidden, "/current_password", "accounts.current_password_wrong"), r);
      if (auto e = clear_signin_attempts(store, *key)) return refused(*e, r);
    }
    account.password_hash = hash_password(*password);
    const Provenance who{r.principal.account_id, r.method + " " + r.path};
    if (auto e = put_account(store, account, who)) return refused(*e, r);
    // A new password ends every session that the old one opened.
    if (auto e = revoke_sessions(store, account.id, "", who)) return refused(*e, r);
    return Response{204, "application/json", "", {}, {}};
  });

  router.add("GET", "/api/audit", [&store](const Request& r) {
    if (auto denied = authorize(r.principal, administrators_only(), "action.read_audit")) return refused(*denied, r);
    auto limit = limit_of(r);
    if (!limit) return refused(limit.error(), r);
    AuditFilter f{r.query_or("actor"), r.query_or("entity"), r.query_or("entity_id"), r.query_or("from"), r.query_or("until"), *limit};
    auto entries = store.read_audit(f);
    if (!entries) return refused(entries.error(), r);
    json out = json::array();
    for (const auto& e : entries.value()) {
      json j = codec::encode(e);
      j["before"] = e.before.empty() ? json(nullptr) : json::parse(e.before, nullptr, false);
      j["after"] = json::parse(e.after, nullptr, false);
      out.push_back(std::move(j));
    }
    return ok(out);
  });

  // Who read personal data or what is not public (906/2019 § 17): administrators read it.
  router.add("GET", "/api/read-log", [&store](const Request& r) {
    if (auto denied = authorize(r.principal, administrators_only(), "action.read_read_log")) return refused(*denied, r);
    auto limit = limit_of(r);
    if (!limit) return refused(limit.error(), r);
    auto entries = read_read_log(store, {r.query_or("actor"), r.query_or("from"), r.query_or("until"), *limit});
    if (!entries) return refused(entries.error(), r);
    json out = json::array();
    for (const auto& e : entries.value()) out.push_back(codec::encode(e));
    return ok(out);
  });
}

}  // namespace yp::http
