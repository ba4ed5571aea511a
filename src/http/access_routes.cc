#include "http/access_routes.h"

#include <ctime>
#include <memory>

#include "access/access.h"
#include "access/attempts.h"
#include "access/credentials.h"
#include "codec/json_codec.h"
#include "http/json_body.h"
#include "http/problem.h"
#include "http/rate_limit.h"
#include "http/session_cache.h"

namespace yp::http {
namespace {

using nlohmann::json;

long now() { return static_cast<long>(std::time(nullptr)); }

// The digest of a request's session token, when its cookie holds one of the right length.
std::optional<std::string> session_digest(const Request& r) {
  const std::string token = r.cookie(kSessionCookie);
  if (token.size() != 64) return std::nullopt;
  return token_digest(token);
}

// The session stored under `digest`, when it is live.
std::optional<SessionRecord> live_session(Store& store, const std::string& digest) {
  auto found = store.find_session(digest);
  if (!found || !found.value() || found.value()->revoked || found.value()->expires <= now()) return std::nullopt;
  return *found.value();
}

json account_json(const Account& a) {
  json j = codec::encode(a);
  j.erase("password_hash");
  j.erase("failed_signins");
  return j;
}

std::string cookie(const std::string& value, long max_age, bool secure) {
  return std::string(kSessionCookie) + "=" + value + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age) + (secure ? "; Secure" : "");
}

// A hash to check against when the account does not exist, so that the answer takes as long as
// for a wrong password and does not tell which accounts exist.
const std::string& decoy_hash() {
  static const std::string hash = hash_password(random_token());
  return hash;
}

}  // namespace

Gate make_gate(Store& store) {
  auto cache = std::make_shared<SessionCache>();
  return [&store, cache](Request& r, bool write) -> std::optional<Response> {
    std::optional<SessionCache::Entry> who;
    if (const auto digest = session_digest(r)) {
      const double moment = monotonic_seconds();
      const auto changes = store.access_changes();  // read before the store, so that a change during the read is not missed
      who = cache->find(*digest, moment, now(), changes);
      if (!who)
        if (auto session = live_session(store, *digest)) {
          auto account = store.find_account(session->account_id);
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
    if (r.method != "GET" && !r.body.empty() && r.header("content-type").rfind(media, 0) != 0)
      return problem(415, "unsupported_media_type", "A request body here must be sent as Content-Type: " + media + ".", r.language());
    if (!write) return std::nullopt;
    if (!r.principal.signed_in()) return problem(Error::unauthenticated("sign in to change anything"), r.language());
    if (!same_secret(r.header("x-csrf-token"), who->csrf))
      return problem(Error::forbidden("the X-CSRF-Token header must carry the token given at sign-in"), r.language());
    return std::nullopt;
  };
}

void add_access_routes(Router& router, LiveRegistry& reg, const AccessOptions& options) {
  auto attempts = std::make_shared<AttemptWindow>(options.attempts_per_minute, 60);
  Store& store = reg.store();

  router.add_open("POST", "/api/session", [&store, attempts, options](const Request& r) {
    long retry = 0;
    if (!attempts->allow(r.peer, now(), retry)) {
      Response resp = problem(Error::too_many("too many sign-in attempts from this address; try again in " + std::to_string(retry) + " s"), r.language());
      resp.headers["Retry-After"] = std::to_string(retry);
      return resp;
    }
    auto body = parse_body(r);
    if (!body) return problem(body.error(), r.language());
    const std::string id = body->value("account", ""), password = body->value("password", "");
    if (id.empty() || password.empty()) return problem(Error::invalid("/account", "give the account and the password"), r.language());
    auto found = store.find_account(id);
    if (!found) return problem(found.error(), r.language());
    const Provenance anonymous{"anonymous@" + r.peer, r.method + " " + r.path};
    auto refused = [&] { return problem(Error::unauthenticated("wrong account name or password"), r.language()); };
    if (!found.value()) {
      verify_password(password, decoy_hash());
      return refused();
    }
    Account account = *found.value();
    if (account.locked_until > now()) {
      Response resp = problem(Error::too_many("the account is locked after repeated failed sign-ins; try again later"), r.language());
      resp.headers["Retry-After"] = std::to_string(account.locked_until - now());
      return resp;
    }
    if (!verify_password(password, account.password_hash) || account.disabled) {
      if (++account.failed_signins >= options.failures_before_lockout) {
        account.failed_signins = 0;
        account.locked_until = now() + options.lockout_seconds;
      }
      if (auto e = store.put_account(account, anonymous)) return problem(*e, r.language());
      return refused();
    }
    if (account.failed_signins || account.locked_until) {
      account.failed_signins = 0;
      account.locked_until = 0;
      if (auto e = store.put_account(account, {account.id, anonymous.request})) return problem(*e, r.language());
    }
    const std::string token = random_token();
    SessionRecord session{token_digest(token), account.id, random_token(), now(), now() + options.session_seconds, false};
    if (auto e = store.put_session(session, {account.id, anonymous.request})) return problem(*e, r.language());
    json out = account_json(account);
    out["csrf_token"] = session.csrf;
    out["expires"] = session.expires;
    Response resp = ok(out);
    resp.headers["Set-Cookie"] = cookie(token, options.session_seconds, options.secure_cookie);
    return resp;
  });

  router.add("GET", "/api/session", [&store](const Request& r) {
    if (!r.principal.signed_in()) return problem(Error::unauthenticated("nobody is signed in"), r.language());
    auto account = store.find_account(r.principal.account_id);
    const auto digest = session_digest(r);
    auto session = digest ? live_session(store, *digest) : std::nullopt;
    if (!account || !account.value() || !session) return problem(Error::unauthenticated("nobody is signed in"), r.language());
    json out = account_json(*account.value());
    out["csrf_token"] = session->csrf;
    out["expires"] = session->expires;
    return ok(out);
  });

  // Signing out: this session, or every session of the account (signing out everywhere).
  for (const bool everywhere : {false, true})
    router.add("DELETE", everywhere ? "/api/sessions" : "/api/session", [&store, everywhere, options](const Request& r) {
      const std::string digest = everywhere ? "" : token_digest(r.cookie(kSessionCookie));
      if (auto e = store.revoke_sessions(r.principal.account_id, digest, {r.principal.account_id, r.method + " " + r.path})) return problem(*e, r.language());
      Response resp{204, "application/json", "", {}};
      resp.headers["Set-Cookie"] = cookie("", 0, options.secure_cookie);
      return resp;
    });

  // Accounts: administrators create them, set their grants, disable them; an account changes its
  // own password. Nothing is deleted: a disabled account keeps its id and its trail.
  router.add("GET", "/api/accounts", [&store](const Request& r) {
    if (auto denied = authorize(r.principal, administrators_only(), "list the accounts")) return problem(*denied, r.language());
    auto all = store.accounts();
    if (!all) return problem(all.error(), r.language());
    json out = json::array();
    for (const auto& a : all.value()) out.push_back(account_json(a));
    return ok(out);
  });
  router.add("POST", "/api/accounts", [&reg, &store](const Request& r) {
    if (auto denied = authorize(r.principal, administrators_only(), "create accounts")) return problem(*denied, r.language());
    auto body = parse_body(r);
    if (!body) return problem(body.error(), r.language());
    const std::string password = body->value("password", "");
    body->erase("password");
    for (const char* internal : {"password_hash", "failed_signins", "locked_until", "disabled"})
      if (body->contains(internal)) return problem(Error::invalid(std::string("/") + internal, "is not set through this request"), r.language());
    auto account = codec::decode_value<Account>(*body);
    if (!account) return problem(account.error(), r.language());
    if (account->id.empty() || account->id.size() > 64) return problem(Error::invalid("/id", "an account name has 1–64 characters"), r.language());
    if (auto weak = password_weakness(password); !weak.empty()) return problem(Error::invalid("/password", weak), r.language());
    auto invalid = reg.read([&](const Dataset& d) -> std::optional<Error> {
      for (size_t i = 0; i < account->grants.size(); ++i)
        if (auto e = validate_grant(d, account->grants[i], "/grants/" + std::to_string(i))) return e;
      if (!account->person_id.empty() && !d.persons.find(account->person_id)) return Error::invalid("/person_id", "no such person");
      return std::nullopt;
    });
    if (invalid) return problem(*invalid, r.language());
    auto existing = store.find_account(account->id);
    if (!existing) return problem(existing.error(), r.language());
    if (existing.value()) return problem(Error::conflict("/id", "an account with this name exists"), r.language());
    account->password_hash = hash_password(password);
    if (auto e = store.put_account(account.value(), {r.principal.account_id, r.method + " " + r.path})) return problem(*e, r.language());
    Response resp = ok(account_json(account.value()), 201);
    resp.headers["Location"] = "/api/accounts/" + account->id;
    return resp;
  });
  router.add("POST", "/api/accounts/{id}/grants", [&reg, &store](const Request& r) {
    if (auto denied = authorize(r.principal, administrators_only(), "change grants")) return problem(*denied, r.language());
    auto body = parse_body(r);
    if (!body) return problem(body.error(), r.language());
    if (!body->contains("grants")) return problem(Error::invalid("/grants", "is required"), r.language());
    auto grants = codec::decode_value<std::vector<Grant>>((*body)["grants"], "/grants");
    if (!grants) return problem(grants.error(), r.language());
    auto invalid = reg.read([&](const Dataset& d) -> std::optional<Error> {
      for (size_t i = 0; i < grants->size(); ++i)
        if (auto e = validate_grant(d, (*grants)[i], "/grants/" + std::to_string(i))) return e;
      return std::nullopt;
    });
    if (invalid) return problem(*invalid, r.language());
    auto found = store.find_account(r.params.at("id"));
    if (!found) return problem(found.error(), r.language());
    if (!found.value()) return problem(Error::not_found("", "no such account"), r.language());
    Account account = *found.value();
    account.grants = grants.value();
    if (auto e = store.put_account(account, {r.principal.account_id, r.method + " " + r.path})) return problem(*e, r.language());
    return ok(account_json(account));
  });
  router.add("POST", "/api/accounts/{id}/disable", [&store](const Request& r) {
    if (auto denied = authorize(r.principal, administrators_only(), "disable accounts")) return problem(*denied, r.language());
    auto found = store.find_account(r.params.at("id"));
    if (!found) return problem(found.error(), r.language());
    if (!found.value()) return problem(Error::not_found("", "no such account"), r.language());
    Account account = *found.value();
    if (account.id == r.principal.account_id) return problem(Error::conflict("", "an administrator does not disable their own account"), r.language());
    account.disabled = true;
    const Provenance who{r.principal.account_id, r.method + " " + r.path};
    if (auto e = store.put_account(account, who)) return problem(*e, r.language());
    if (auto e = store.revoke_sessions(account.id, "", who)) return problem(*e, r.language());
    return ok(account_json(account));
  });
  router.add("POST", "/api/accounts/{id}/password", [&store](const Request& r) {
    const std::string id = r.params.at("id");
    if (id != r.principal.account_id)
      if (auto denied = authorize(r.principal, administrators_only(), "change another account's password")) return problem(*denied, r.language());
    auto body = parse_body(r);
    if (!body) return problem(body.error(), r.language());
    const std::string password = body->value("password", "");
    if (auto weak = password_weakness(password); !weak.empty()) return problem(Error::invalid("/password", weak), r.language());
    auto found = store.find_account(id);
    if (!found) return problem(found.error(), r.language());
    if (!found.value()) return problem(Error::not_found("", "no such account"), r.language());
    Account account = *found.value();
    account.password_hash = hash_password(password);
    const Provenance who{r.principal.account_id, r.method + " " + r.path};
    if (auto e = store.put_account(account, who)) return problem(*e, r.language());
    // A new password ends every session that the old one opened.
    if (auto e = store.revoke_sessions(account.id, "", who)) return problem(*e, r.language());
    return Response{204, "application/json", "", {}};
  });

  router.add("GET", "/api/audit", [&store](const Request& r) {
    if (auto denied = authorize(r.principal, administrators_only(), "read the audit trail")) return problem(*denied, r.language());
    AuditFilter f{r.query_or("actor"), r.query_or("entity"), r.query_or("entity_id"), r.query_or("from"), r.query_or("until")};
    const auto limit = digits(r.query_or("limit", "100"), 5);
    if (!limit) return problem(Error::invalid("/limit", "must be a number from 1 to 10000"), r.language());
    f.limit = *limit;
    auto entries = store.read_audit(f);
    if (!entries) return problem(entries.error(), r.language());
    json out = json::array();
    for (const auto& e : entries.value()) {
      json j = codec::encode(e);
      j["before"] = e.before.empty() ? json(nullptr) : json::parse(e.before, nullptr, false);
      j["after"] = json::parse(e.after, nullptr, false);
      out.push_back(std::move(j));
    }
    return ok(out);
  });
}

}  // namespace yp::http
