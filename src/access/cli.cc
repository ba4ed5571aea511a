// `yhdyspinta account` creates an account or sets its grants (the password from
// YHDYSPINTA_PASSWORD or standard input, never the command line); `yhdyspinta audit` prints the
// audit trail as JSON lines.
#include "access/cli.h"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>

#include "access/access.h"
#include "access/credentials.h"
#include "access/store.h"
#include "codec/json_codec.h"

namespace yp::cli {
namespace {

// Grants written role or role:scope ("administrator", "secretary:helsinki-counties-cooperation-group").
std::optional<std::vector<Grant>> parse_grants(const Dataset& data, const std::vector<std::string>& texts) {
  std::vector<Grant> grants;
  for (const auto& text : texts) {
    const auto colon = text.find(':');
    Grant g;
    const std::string role = text.substr(0, colon);
    bool known = false;
    for (auto candidate : {AccessRole::administrator, AccessRole::secretary, AccessRole::coordinator, AccessRole::reader})
      if (name_of(candidate) == role) g.role = candidate, known = true;
    if (!known) return std::cerr << "error: no role '" << role << "' (administrator, secretary:BODY, coordinator:ORGANISATION, reader)\n", std::nullopt;
    if (colon != std::string::npos) g.scope_id = text.substr(colon + 1);
    if (auto e = validate_grant(data, g, "/grant")) return std::cerr << "error: " << text << ": " << e->message << "\n", std::nullopt;
    grants.push_back(g);
  }
  return grants;
}

// Creates an account or replaces its grants. The password is read from YHDYSPINTA_PASSWORD or the
// first line of standard input, never from the command line (where other users could see it).
int account(const CommandLine& line, const std::string& id, const std::string& name, const std::vector<std::string>& grant_texts, bool create) {
  auto store = open_store(line.database);
  const auto data = read_store(*store);
  auto grants = parse_grants(data, grant_texts);
  if (!grants) return 1;
  auto existing = find_account(*store, id);
  if (!existing) return std::cerr << "error: " << existing.error().message << "\n", 2;
  Account a;
  if (create) {
    if (existing.value()) return std::cerr << "error: an account '" << id << "' exists\n", 1;
    std::string password;
    if (const char* env = std::getenv("YHDYSPINTA_PASSWORD")) password = env;
    else std::getline(std::cin, password);
    if (auto weak = password_weakness(password); !weak.empty()) return std::cerr << "error: " << weak << "\n", 1;
    a.id = id;
    a.name = name;
    a.password_hash = hash_password(password);
  } else {
    if (!existing.value()) return std::cerr << "error: no account '" << id << "'\n", 1;
    a = *existing.value();
  }
  a.grants = *grants;
  if (auto e = put_account(*store, a, line.who)) return std::cerr << "error: " << e->message << "\n", 2;
  std::cerr << (create ? "created " : "updated ") << id << "\n";
  return 0;
}

int audit(const CommandLine& line, const AuditFilter& filter) {
  auto store = open_store(line.database);
  auto entries = store->read_audit(filter);
  if (!entries) return std::cerr << "error: " << entries.error().message << "\n", 2;
  for (const auto& e : entries.value()) std::cout << codec::encode(e).dump() << "\n";
  return 0;
}

}  // namespace

CommandRunner add_access_subcommands(CLI::App& app, const CommandLine& line) {
  struct Options {
    std::string id, name;
    std::vector<std::string> grants;
    bool create = false;
    AuditFilter filter;
  };
  auto o = std::make_shared<Options>();
  auto* account_cmd = app.add_subcommand("account", "Create an account (password from YHDYSPINTA_PASSWORD or standard input) or set its grants");
  account_cmd->add_option("id", o->id, "the account's name")->required();
  account_cmd->add_flag("--create", o->create, "create the account");
  account_cmd->add_option("--name", o->name, "the person's name");
  account_cmd->add_option("--grant", o->grants, "administrator, secretary:BODY, coordinator:ORGANISATION or reader (repeatable; replaces the grants)");

  auto* audit_cmd = app.add_subcommand("audit", "Print the audit trail as JSON lines, oldest first");
  audit_cmd->add_option("--actor", o->filter.actor, "who made the change");
  audit_cmd->add_option("--entity", o->filter.entity, "the collection: memberships, meetings, accounts, …");
  audit_cmd->add_option("--entity-id", o->filter.entity_id, "one entity");
  audit_cmd->add_option("--from", o->filter.from, "from this time or date (UTC, ISO 8601)");
  audit_cmd->add_option("--until", o->filter.until, "until this time or date");
  audit_cmd->add_option("--limit", o->filter.limit, "at most this many")->capture_default_str();

  return [&line, o, account_cmd, audit_cmd]() -> std::optional<int> {
    if (*account_cmd) return account(line, o->id, o->name, o->grants, o->create);
    if (*audit_cmd) return audit(line, o->filter);
    return std::nullopt;
  };
}

}  // namespace yp::cli
