// yhdyspinta: the one program. Subcommands load data files into the store, check the registry,
// export it as Popolo JSON, and serve the HTTP API. Exit codes: 0 done, 1 bad input or failed
// check run, 2 the store could not be used.
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <csignal>
#include <malloc.h>

#include <chrono>
#include <cstdio>
#include <random>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <unistd.h>

#include "access/access.h"
#include "access/credentials.h"
#include "program/verdicts.h"
#include "codec/json_codec.h"
#include "exporter/popolo.h"
#include "files/loader.h"
#include "files/pdf.h"
#include "meetings/minutes.h"
#include "meetings/operations.h"
#include "meetings/model.h"
#include "program/api.h"
#include "http/openapi.h"
#include "budget/operations.h"
#include "goals/sotkanet.h"
#include "files/whole_file.h"
#include "goals/operations.h"
#include "budget/cli.h"
#include "budget/import.h"
#include "http/server.h"
#include "http/static_files.h"
#include "program/live_registry.h"
#include "store/store.h"

namespace {

// Who changes things from the command line, for the audit trail: the system user and the command.
yp::Provenance cli_provenance;

yp::Date today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::unique_ptr<yp::Store> open_store(const std::string& url) {
  auto store = yp::Store::open(url);
  if (!store) {
    std::cerr << "error: " << store.error().message << "\n";
    std::exit(2);
  }
  return std::move(store.value());
}

yp::Dataset read_store(yp::Store& store) {
  auto data = read_dataset(store);
  if (!data) {
    std::cerr << "error: " << data.error().message << "\n";
    std::exit(2);
  }
  return std::move(data.value());
}

int load(const std::string& database, const std::vector<std::string>& paths, bool quiet) {
  auto store = open_store(database);
  const auto started = std::chrono::steady_clock::now();
  const auto files = yp::files::expand_paths(paths);
  size_t done = 0;
  auto report = yp::files::load_files(paths, read_store(*store), [&](const std::string& file) {
    ++done;
    if (!quiet) std::cerr << "[" << done << "/" << files.size() << "] " << file << "\n";
  });
  if (!report.errors.empty()) {
    for (const auto& e : report.errors) std::cerr << "error: " << e << "\n";
    std::cerr << report.errors.size() << " error(s); nothing was loaded.\n";
    return 1;
  }
  if (auto e = write_dataset(*store, report.fragment, cli_provenance)) {
    std::cerr << "error: " << e->message << "\n";
    return 2;
  }
  size_t entities = 0;
  report.fragment.for_each_collection([&](const char*, const auto& c) { entities += c.items.size(); });
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  if (!quiet) std::cerr << "loaded " << entities << " entities from " << report.files << " files in " << ms << " ms\n";
  return 0;
}

// Issues a token (printed once, with the feed paths it opens) or revokes one; both take effect at
// once, also in a running server, which reads tokens from the store on every use.
int feed_token(const std::string& database, const std::string& scope, const std::string& note, const std::string& revoke) {
  auto store = open_store(database);
  auto data = read_store(*store);
  yp::Dataset change;
  if (!revoke.empty()) {
    const auto* t = data.feed_tokens.find(revoke);
    if (!t) return std::cerr << "error: no such token\n", 1;
    if (t->revoked) return std::cerr << "error: the token was revoked on " << t->revoked->iso() << "\n", 1;
    yp::FeedToken ended = *t;
    ended.revoked = today();
    change.feed_tokens.put(ended);
  } else {
    const bool body = data.bodies.find(scope) != nullptr;
    if (!body && !data.organisations.find(scope)) return std::cerr << "error: no body or organisation '" << scope << "'\n", 1;
    std::random_device random;  // the kernel's entropy: a token must not be guessable
    std::string token;
    for (int i = 0; i < 4; ++i) {
      char part[9];
      std::snprintf(part, sizeof part, "%08x", random());
      token += part;
    }
    change.feed_tokens.put({token, scope, today(), std::nullopt, note});
    std::cout << "/api/calendar/" << (body ? "bodies/" : "organisations/") << scope << ".ics?token=" << token << "\n";
  }
  if (auto e = write_dataset(*store, change, cli_provenance)) return std::cerr << "error: " << e->message << "\n", 2;
  return 0;
}

// Runs one named operation (a meeting's, budget monitoring's) on the stored data and stores its
// change. Arguments are written as HTTPie does: name=text for a string, name:=JSON for anything else
// (item:=2, present:=false, person_ids:='["a","b"]'). Prints the changed entity as JSON.
using OperationRunner = std::function<yp::Result<yp::Written>(const yp::Dataset&, nlohmann::json)>;
int run_operation(const std::string& database, const std::vector<std::string>& pairs, const OperationRunner& run,
                  const std::function<yp::LiveRegistry::Consequence(const nlohmann::json&)>& consequence = {}) {
  nlohmann::json args = nlohmann::json::object();
  for (const auto& pair : pairs) {
    const auto eq = pair.find('=');
    if (eq == std::string::npos || eq == 0) return std::cerr << "error: '" << pair << "' is not name=value or name:=JSON\n", 1;
    if (pair[eq - 1] == ':') {
      const std::string name = pair.substr(0, eq - 1);
      auto value = yp::codec::parse_json(pair.substr(eq + 1));
      if (!value) return std::cerr << "error: the value of " << name << " is not JSON (" << value.error().message << "): " << pair.substr(eq + 1) << "\n", 1;
      args[name] = std::move(value.value());
    } else {
      args[pair.substr(0, eq)] = pair.substr(eq + 1);
    }
  }
  auto store = open_store(database);
  yp::LiveRegistry registry(*store, read_store(*store));
  const auto then = consequence ? consequence(args) : yp::LiveRegistry::Consequence{};
  std::optional<yp::Written> done;
  auto stored = registry.write(
      cli_provenance,
      [&](const yp::Dataset& d) -> yp::Result<yp::Dataset> {
        auto result = run(d, args);
        if (!result) return result.error();
        done = std::move(result.value());
        return done->fragment;
      },
      then);
  if (!stored) {
    const auto& e = stored.error();
    // A refusal of the operation itself is the caller's (1); the storage's, the machine's (2).
    return std::cerr << "error: " << (e.path.empty() ? "" : e.path.substr(1) + ": ") << e.message << "\n", e.about_storage() ? 2 : 1;
  }
  std::cout << done->entity.dump(2) << "\n";
  return 0;
}

// Grants written role or role:scope ("administrator", "secretary:helsinki-counties-cooperation-group").
std::optional<std::vector<yp::Grant>> parse_grants(const yp::Dataset& data, const std::vector<std::string>& texts) {
  std::vector<yp::Grant> grants;
  for (const auto& text : texts) {
    const auto colon = text.find(':');
    yp::Grant g;
    const std::string role = text.substr(0, colon);
    bool known = false;
    for (auto candidate : {yp::AccessRole::administrator, yp::AccessRole::secretary, yp::AccessRole::coordinator, yp::AccessRole::reader})
      if (yp::name_of(candidate) == role) g.role = candidate, known = true;
    if (!known) return std::cerr << "error: no role '" << role << "' (administrator, secretary:BODY, coordinator:ORGANISATION, reader)\n", std::nullopt;
    if (colon != std::string::npos) g.scope_id = text.substr(colon + 1);
    if (auto e = yp::validate_grant(data, g, "/grant")) return std::cerr << "error: " << text << ": " << e->message << "\n", std::nullopt;
    grants.push_back(g);
  }
  return grants;
}

// Creates an account or replaces its grants. The password is read from YHDYSPINTA_PASSWORD or the
// first line of standard input, never from the command line (where other users could see it).
int account(const std::string& database, const std::string& id, const std::string& name, const std::vector<std::string>& grant_texts, bool create) {
  auto store = open_store(database);
  const auto data = read_store(*store);
  auto grants = parse_grants(data, grant_texts);
  if (!grants) return 1;
  auto existing = store->find_account(id);
  if (!existing) return std::cerr << "error: " << existing.error().message << "\n", 2;
  yp::Account a;
  if (create) {
    if (existing.value()) return std::cerr << "error: an account '" << id << "' exists\n", 1;
    std::string password;
    if (const char* env = std::getenv("YHDYSPINTA_PASSWORD")) password = env;
    else std::getline(std::cin, password);
    if (auto weak = yp::password_weakness(password); !weak.empty()) return std::cerr << "error: " << weak << "\n", 1;
    a.id = id;
    a.name = name;
    a.password_hash = yp::hash_password(password);
  } else {
    if (!existing.value()) return std::cerr << "error: no account '" << id << "'\n", 1;
    a = *existing.value();
  }
  a.grants = *grants;
  if (auto e = store->put_account(a, cli_provenance)) return std::cerr << "error: " << e->message << "\n", 2;
  std::cerr << (create ? "created " : "updated ") << id << "\n";
  return 0;
}

int audit(const std::string& database, const yp::AuditFilter& filter) {
  auto store = open_store(database);
  auto entries = store->read_audit(filter);
  if (!entries) return std::cerr << "error: " << entries.error().message << "\n", 2;
  for (const auto& e : entries.value()) std::cout << yp::codec::encode(e).dump() << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  // Logs go to standard error, never to standard output, which is the program's answer (and for
  // `serve`, the address it serves on, read by whoever started it). A reader gone away is no crash.
  spdlog::set_default_logger(spdlog::stderr_color_mt("yhdyspinta"));
  std::signal(SIGPIPE, SIG_IGN);
  CLI::App app{"Yhdyspinta: the registry of cooperation between municipalities, wellbeing services counties, "
               "the City of Helsinki and HUS"};
  app.require_subcommand(1);
  std::string database = "sqlite:yhdyspinta.db";
  app.add_option("--database", database, "sqlite:PATH (default sqlite:yhdyspinta.db) or postgresql:host=… port=… dbname=…")
      ->envname("YHDYSPINTA_DATABASE");

  auto* load_cmd = app.add_subcommand("load", "Validate data files (YAML, reference CSV, or directories of them) and store them; all or nothing");
  std::vector<std::string> paths;
  bool quiet = false;
  load_cmd->add_option("paths", paths, "files or directories")->required();
  load_cmd->add_flag("--quiet", quiet, "print only errors");

  auto* check_cmd = app.add_subcommand("check", "Run every check on the stored registry and print the verdicts");
  std::string as_of;
  bool as_json = false;
  check_cmd->add_option("--as-of", as_of, "the date to check, YYYY-MM-DD (default today)");
  check_cmd->add_flag("--json", as_json, "print a JSON array of verdicts");
  std::string lang = "fi";
  check_cmd->add_option("--lang", lang, "language of the text output: fi, sv or en")->check(CLI::IsMember({"fi", "sv", "en"}));

  auto* export_cmd = app.add_subcommand("export", "Print all public data as Popolo-style JSON");
  auto* openapi_cmd = app.add_subcommand("openapi", "Print the OpenAPI document the server serves (assembled from every capability's part)");

  auto* token_cmd = app.add_subcommand("feed-token", "Issue or revoke a token that opens the non-public items of a calendar feed");
  std::string token_for, token_revoke, token_note;
  token_cmd->add_option("--for", token_for, "the body or organisation whose feed the token opens");
  token_cmd->add_option("--note", token_note, "to whom it is given");
  token_cmd->add_option("--revoke", token_revoke, "revoke this token");
  token_cmd->callback([&] {
    if (token_for.empty() == token_revoke.empty()) throw CLI::ValidationError("feed-token", "give either --for ID or --revoke TOKEN");
  });

  auto* minutes_cmd = app.add_subcommand("minutes", "Print a meeting's minutes as HTML, or write them as PDF");
  std::string meeting_id, minutes_lang = "fi", pdf_path;
  bool full_minutes = false;
  minutes_cmd->add_option("meeting", meeting_id, "the meeting's id")->required();
  minutes_cmd->add_option("--lang", minutes_lang, "fi, sv or en")->check(CLI::IsMember({"fi", "sv", "en"}));
  minutes_cmd->add_option("--pdf", pdf_path, "write a PDF to this file instead of printing HTML");
  minutes_cmd->add_flag("--full", full_minutes, "include the content of confidential items (for the body's own archive)");

  auto* meeting_cmd = app.add_subcommand("meeting", "Run a meeting: plan, prefill, add_item, attach, move, attend, attend_item, disqualify, "
                                                   "decide, agree, add_action, action_status, checkers (arguments name=text or name:=JSON)");
  std::string operation;
  std::vector<std::string> operation_args;
  meeting_cmd->add_option("operation", operation, "the operation")->required()->check(CLI::IsMember(yp::meeting_operation_names()));
  meeting_cmd->add_option("arguments", operation_args, "e.g. meeting_id=… item:=1 text=…");
  meeting_cmd->footer("Examples:\n  yhdyspinta meeting plan body_id=helsinki-counties-cooperation-group date=2026-12-10 place=Kaupungintalo\n"
                      "  yhdyspinta meeting move meeting_id=helsinki-counties-cooperation-group-2026-1 to=invited\n"
                      "  yhdyspinta meeting agree meeting_id=… item:=1 text='Sovitaan virkamiestapaamisesta.'");

  auto* account_cmd = app.add_subcommand("account", "Create an account (password from YHDYSPINTA_PASSWORD or standard input) or set its grants");
  std::string account_id, account_name;
  std::vector<std::string> account_grants;
  bool account_create = false;
  account_cmd->add_option("id", account_id, "the account's name")->required();
  account_cmd->add_flag("--create", account_create, "create the account");
  account_cmd->add_option("--name", account_name, "the person's name");
  account_cmd->add_option("--grant", account_grants, "administrator, secretary:BODY, coordinator:ORGANISATION or reader (repeatable; replaces the grants)");

  auto* audit_cmd = app.add_subcommand("audit", "Print the audit trail as JSON lines, oldest first");
  yp::AuditFilter audit_filter;
  audit_cmd->add_option("--actor", audit_filter.actor, "who made the change");
  audit_cmd->add_option("--entity", audit_filter.entity, "the collection: memberships, meetings, accounts, …");
  audit_cmd->add_option("--entity-id", audit_filter.entity_id, "one entity");
  audit_cmd->add_option("--from", audit_filter.from, "from this time or date (UTC, ISO 8601)");
  audit_cmd->add_option("--until", audit_filter.until, "until this time or date");
  audit_cmd->add_option("--limit", audit_filter.limit, "at most this many")->capture_default_str();

  auto* backup_cmd = app.add_subcommand("backup", "Write a consistent copy of the database while it is in use");
  auto* restore_cmd = app.add_subcommand("restore", "Replace the database with a backup (stop the server first)");
  std::string backup_path;
  backup_cmd->add_option("file", backup_path, "the backup file to write (not overwritten)")->required();
  restore_cmd->add_option("file", backup_path, "the backup file to restore")->required();

  auto* budget_cmd = app.add_subcommand("budget", "HUS budget monitoring: synthetic data and the monthly report");
  budget_cmd->require_subcommand(1);
  auto* generate_cmd = budget_cmd->add_subcommand("generate", "Write synthetic production and allocation CSV files (labelled synthetic)");
  yp::cli::BudgetGenerate generate;
  generate_cmd->add_option("--year", generate.year, "the budget year")->capture_default_str();
  generate_cmd->add_option("--records", generate.records, "production records")->capture_default_str();
  generate_cmd->add_option("--seed", generate.seed, "the same seed gives the same files")->capture_default_str();
  generate_cmd->add_option("--production", generate.production_path, "the production file to write")->required();
  generate_cmd->add_option("--plan", generate.plan_path, "the allocation file to write")->required();
  auto* report_cmd = budget_cmd->add_subcommand("report", "Print the monthly report as CSV: allocated, realised, deviations, significance");
  yp::cli::BudgetReport report;
  report_cmd->add_option("--year", report.year, "the budget year")->capture_default_str();
  report_cmd->add_option("--through-month", report.through_month, "the last month reported (1–12)")->capture_default_str();
  report_cmd->add_option("--production", report.production_path, "realised production from this file, not the store");
  report_cmd->add_option("--plan", report.plan_path, "the monthly allocation from this file, not the store");
  report_cmd->add_option("--threshold", report.threshold_percent, "significant from this per cent (default: the agreement's parameter)");
  report_cmd->add_option("--member", report.member, "only this member organiser");
  report_cmd->add_flag("--quiet", report.quiet, "no progress or summary on standard error");

  auto* import_cmd = budget_cmd->add_subcommand("import", "Store a production or allocation CSV file; each month in it replaces that month whole");
  yp::cli::BudgetImport import;
  import_cmd->add_option("file", import.path, "member,service_group,date,euros,count (production) or member,service_group,month,euros,count")->required();
  import_cmd->add_flag("--allocation", import.allocation, "the file is the monthly allocation, not realised production");
  import_cmd->add_flag("--quiet", import.quiet, "no progress or summary on standard error");

  auto* budget_run_cmd = budget_cmd->add_subcommand("run", "Record the threshold of significance (which judges the stored figures at once) or a frame version, confirm one; explain, accept or return a deviation's explanation");
  budget_run_cmd->add_option("operation", operation, "the operation")->required()->check(CLI::IsMember(yp::budget::budget_operation_names()));
  budget_run_cmd->add_option("arguments", operation_args, "e.g. explanation_id=… text=…");
  budget_run_cmd->footer("Examples:\n  yhdyspinta budget run record_frame year:=2026 stage_id=spring_frame "
                         "fee_shares:='[{\"member_id\":\"county-01\",\"year\":2026,\"euros\":\"250000000\"}]'\n"
                         "  yhdyspinta budget run confirm_frame frame_id=frame-2026-spring_frame-1 date=2026-05-20\n"
                         "  yhdyspinta budget run explain explanation_id=deviation-2026-03-county-01 text='…'\n"
                         "  yhdyspinta budget run accept explanation_id=deviation-2026-03-county-01");

  auto* goals_cmd = app.add_subcommand("goals", "Goals and indicators: import Sotkanet values, name pairs, enter values and targets");
  goals_cmd->require_subcommand(1);
  auto* goals_import_cmd = goals_cmd->add_subcommand("import", "Store the values of a Sotkanet-format JSON file for our indicators");
  std::string sotkanet_path;
  goals_import_cmd->add_option("file", sotkanet_path, "[{\"indicator\": 4, \"region\": {\"category\": \"KUNTA\", \"code\": \"091\"}, \"year\": 2024, …}]")
      ->required();
  auto* goals_run_cmd = goals_cmd->add_subcommand("run", "Name or end a responsibility pair; enter an indicator's value or target");
  goals_run_cmd->add_option("operation", operation, "the operation")->required()->check(CLI::IsMember(yp::goals::goal_operation_names()));
  goals_run_cmd->add_option("arguments", operation_args, "e.g. goal_id=… person_id=… party_id=… hus_person_id=…");

  auto* serve_cmd = app.add_subcommand("serve", "Serve the HTTP API");
  yp::http::ServerOptions options;
  serve_cmd->add_option("--host", options.host, "address to listen on")->capture_default_str();
  serve_cmd->add_option("--port", options.port, "port (0 picks a free one)")->capture_default_str()->envname("YHDYSPINTA_PORT");
  serve_cmd->add_option("--threads", options.threads, "I/O threads")->capture_default_str();
  serve_cmd->add_option("--workers", options.workers, "threads that run requests (they may wait on the database)")->capture_default_str();
  serve_cmd->add_option("--max-connections", options.max_connections, "open connections at most (0: what the file descriptor limit allows)")
      ->capture_default_str();
  serve_cmd->add_flag("--hsts", options.hsts, "send Strict-Transport-Security: only behind a proxy that terminates TLS for every address of the site");
  options.requests_per_second = 100;
  std::string web_folder = "web/dist";
  serve_cmd->add_option("--web", web_folder, "the built web application to serve beside the API")->capture_default_str();
  serve_cmd->add_option("--rate-limit", options.requests_per_second, "requests a second from one address, in bursts of twice that (0: no limit)")->capture_default_str();

  CLI11_PARSE(app, argc, argv);
  if (!yp::credentials_init()) return std::cerr << "error: libsodium cannot start (no entropy source)\n", 2;
  {
    const char* user = std::getenv("USER");
    cli_provenance.actor = std::string("cli:") + (user ? user : std::to_string(getuid()));
    for (int i = 1; i < argc; ++i) cli_provenance.request += (i > 1 ? " " : "") + std::string(argv[i]);
  }

  if (*load_cmd) return load(database, paths, quiet);

  if (*check_cmd) {
    yp::Date day = today();
    if (!as_of.empty()) {
      auto parsed = yp::Date::parse(as_of);
      if (!parsed) {
        std::cerr << "error: --as-of must be a date written YYYY-MM-DD, not '" << as_of << "'\n";
        return 1;
      }
      day = *parsed;
    }
    auto store = open_store(database);
    const auto data = read_store(*store);
    const auto verdicts = yp::all_verdicts(data, day);
    if (as_json) {
      std::cout << yp::codec::encode(verdicts).dump(2) << "\n";
    } else {
      for (const auto& v : verdicts) {
        std::cout << "[" << yp::name_of(v.status) << "] " << v.rule << " " << v.subject << "\n  " << v.explanation.in(lang) << "\n";
        for (const auto& f : v.findings) std::cout << "   - [" << yp::name_of(f.status) << "] " << f.text.in(lang) << "\n";
      }
    }
    return 0;
  }

  if (*openapi_cmd) {
    std::cout << yp::http::openapi_document() << "\n";
    return 0;
  }

  if (*export_cmd) {
    auto store = open_store(database);
    std::cout << yp::export_popolo(read_store(*store)).dump(2) << "\n";
    return 0;
  }

  if (*meeting_cmd)
    return run_operation(database, operation_args, [&](const yp::Dataset& d, nlohmann::json args) { return yp::run_meeting_operation(d, operation, std::move(args), today()); });
  if (*goals_run_cmd)
    return run_operation(database, operation_args, [&](const yp::Dataset& d, nlohmann::json args) {
      return yp::goals::run_goal_operation(d, operation, std::move(args), today(), cli_provenance.actor);
    });
  if (*goals_import_cmd) {
    const auto text = yp::files::read_whole_file(sotkanet_path);
    if (!text) return std::cerr << "error: cannot read " << sotkanet_path << "\n", 1;
    auto store = open_store(database);
    const auto data = read_store(*store);
    auto read = yp::files::read_sotkanet(*text, data, "sotkanet:" + std::filesystem::path(sotkanet_path).filename().string(), cli_provenance.actor, today());
    if (!read) return std::cerr << "error: " << sotkanet_path << ": " << read.error().path << ": " << read.error().message << "\n", 1;
    yp::Dataset fragment;
    for (auto& v : read->values) fragment.indicator_values.put(std::move(v));
    if (auto e = write_dataset(*store, fragment, cli_provenance)) return std::cerr << "error: " << e->message << "\n", 2;
    std::cerr << "stored " << read->values.size() << " values from " << read->rows << " rows (" << read->other_indicators << " for other indicators, "
              << read->unknown_regions << " for regions not in the registry, " << read->by_gender << " by gender)\n";
    return 0;
  }
  if (*budget_run_cmd)
    return run_operation(
        database, operation_args,
        [&](const yp::Dataset& d, nlohmann::json args) { return yp::budget::run_budget_operation(d, operation, std::move(args), today(), cli_provenance.actor); },
        [&](const nlohmann::json& args) { return yp::consequence_of(operation, args, today()); });
  if (*generate_cmd) return yp::cli::budget_generate(generate);
  if (*report_cmd) {
    auto store = open_store(database);
    return yp::cli::budget_report(*store, read_store(*store), report);
  }
  if (*import_cmd) {
    auto store = open_store(database);
    return yp::cli::budget_import(*store, read_store(*store), import, cli_provenance, today());
  }
  if (*account_cmd) return account(database, account_id, account_name, account_grants, account_create);
  if (*audit_cmd) return audit(database, audit_filter);
  if (*backup_cmd) {
    auto store = open_store(database);
    if (auto e = store->backup(backup_path)) return std::cerr << "error: " << e->message << "\n", e->about_storage() ? 2 : 1;
    std::cerr << "wrote " << backup_path << "\n";
    return 0;
  }
  if (*restore_cmd) {
    if (auto e = yp::Store::restore(database, backup_path)) return std::cerr << "error: " << e->message << "\n", e->about_storage() ? 2 : 1;
    std::cerr << "restored " << backup_path << "\n";
    return 0;
  }

  if (*token_cmd) return feed_token(database, token_for, token_note, token_revoke);

  if (*minutes_cmd) {
    auto store = open_store(database);
    const auto data = read_store(*store);
    const auto* meeting = data.meetings.find(meeting_id);
    if (!meeting) return std::cerr << "error: no meeting '" << meeting_id << "'\n", 1;
    const std::string html = yp::minutes_html(data, *meeting, minutes_lang, full_minutes ? yp::Audience::everything : yp::Audience::public_reader);
    if (pdf_path.empty()) return std::cout << html, 0;
    auto pdf = yp::files::html_to_pdf(html);
    if (!pdf) return std::cerr << "error: " << pdf.error().message << "\n", 2;
    std::ofstream(pdf_path, std::ios::binary) << pdf.value();
    std::cerr << "wrote " << pdf_path << "\n";
    return 0;
  }

  if (*serve_cmd) {
    // Each worker thread would otherwise get a malloc arena of its own and keep the memory of the
    // large answers it made: with two, resident memory under a thousand different 3 MB answers
    // stayed near 114 MB instead of 285 MB (docs/benchmarks.md).
    mallopt(M_ARENA_MAX, 2);
    options.burst = 2 * options.requests_per_second;
    auto store = open_store(database);
    yp::LiveRegistry registry(*store, read_store(*store));
    auto router = yp::http::make_api(registry, today);
    auto web = yp::http::StaticFiles::load(web_folder);
    if (web) router.set_fallback([files = std::move(web.value())](const std::string& path) { return files.serve(path); });
    else std::cerr << "note: no web application (" << web.error().message << "); serving the API only. scripts/build builds it.\n";
    try {
      yp::http::Server server(router, options);
      std::cout << "Yhdyspinta serves on http://" << options.host << ":" << server.port() << std::endl;
      server.run(true);
      std::cerr << "stopped\n";
    } catch (const std::exception& e) {
      std::cerr << "error: cannot serve on " << options.host << ":" << options.port << ": " << e.what() << "\n";
      return 2;
    }
    return 0;
  }
  return 0;
}
