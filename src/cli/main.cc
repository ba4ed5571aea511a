// yhdyspinta: the one program. Its own subcommands load data files into the store, check the
// registry, export it as Popolo JSON, print the OpenAPI document, back up and restore, and serve
// the HTTP API; each capability adds its own through its manifest (program/capabilities.h). Exit codes: 0 done, 1 bad input or failed
// check run, 2 the store could not be used.
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <csignal>
#include <malloc.h>

#include <chrono>
#include <thread>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <unistd.h>

#include "access/credentials.h"
#include "codec/json_codec.h"
#include "exporter/popolo.h"
#include "files/loader.h"
#include "http/openapi.h"
#include "http/server.h"
#include "http/static_files.h"
#include "program/api.h"
#include "program/capabilities.h"
#include "program/command_line.h"
#include "program/live_registry.h"
#include "program/stored_dataset.h"
#include "program/verdicts.h"
#include "store/store.h"

namespace {

using yp::cli::open_store;
using yp::cli::read_store;
using yp::cli::today;

int load(const yp::cli::CommandLine& line, const std::vector<std::string>& paths, bool quiet) {
  auto store = open_store(line.database);
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
  if (auto e = write_dataset(*store, report.fragment, line.who)) {
    std::cerr << "error: " << e->message << "\n";
    return 2;
  }
  size_t entities = 0;
  report.fragment.for_each_collection([&](const char*, const auto& c) { entities += c.items.size(); });
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  if (!quiet) std::cerr << "loaded " << entities << " entities from " << report.files << " files in " << ms << " ms\n";
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
  yp::cli::CommandLine line;
  app.add_option("--database", line.database, "sqlite:PATH or postgresql:host=… port=… dbname=… (default: $YHDYSPINTA_DATABASE, else the var/yhdyspinta.db that scripts/run serves)")
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

  auto* backup_cmd = app.add_subcommand("backup", "Write a consistent copy of the database while it is in use");
  auto* restore_cmd = app.add_subcommand("restore", "Replace the database with a backup (stop the server first)");
  std::string backup_path;
  backup_cmd->add_option("file", backup_path, "the backup file to write (not overwritten)")->required();
  restore_cmd->add_option("file", backup_path, "the backup file to restore")->required();

  // Every capability's own subcommands (program/capabilities.h).
  std::vector<yp::CommandRunner> capability_commands;
  for (const auto& c : yp::capabilities())
    if (c.add_subcommands) capability_commands.push_back(c.add_subcommands(app, line));

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
    line.who.actor = std::string("cli:") + (user ? user : std::to_string(getuid()));
    for (int i = 1; i < argc; ++i) line.who.request += (i > 1 ? " " : "") + std::string(argv[i]);
  }

  if (*load_cmd) return load(line, paths, quiet);
  for (const auto& run : capability_commands)
    if (auto done = run()) return *done;

  if (*check_cmd) {
    yp::Date day = today();
    if (!as_of.empty()) {
      auto parsed = yp::Date::parse_written(as_of);
      if (!parsed) {
        std::cerr << "error: --as-of must be a date written YYYY-MM-DD or D.M.YYYY, not '" << as_of << "'\n";
        return 1;
      }
      day = *parsed;
    }
    auto store = open_store(line.database);
    const auto data = read_store(*store);
    yp::cli::require_loaded(data, line.database);
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
    auto store = open_store(line.database);
    const auto data = read_store(*store);
    yp::cli::require_loaded(data, line.database);
    std::cout << yp::export_popolo(data).dump(2) << "\n";
    return 0;
  }

  if (*backup_cmd) {
    auto store = open_store(line.database);
    if (auto e = store->backup(backup_path)) return std::cerr << "error: " << e->message << "\n", e->about_storage() ? 2 : 1;
    std::cerr << "wrote " << backup_path << "\n";
    return 0;
  }
  if (*restore_cmd) {
    if (auto e = yp::Store::restore(line.database, backup_path)) return std::cerr << "error: " << e->message << "\n", e->about_storage() ? 2 : 1;
    std::cerr << "restored " << backup_path << "\n";
    return 0;
  }

  if (*serve_cmd) {
    // Each worker thread would otherwise get a malloc arena of its own and keep the memory of the
    // large answers it made: with two, resident memory under a thousand different 3 MB answers
    // stayed near 114 MB instead of 285 MB (docs/benchmarks.md).
    mallopt(M_ARENA_MAX, 2);
    // Fixed thresholds (which turn off glibc's growing them after each large free): blocks over
    // 128 KiB (a list of thousands of verdicts, a large answer) are mapped and given back when
    // freed, and free memory over 1 MiB at an arena's top is returned, so resident memory follows
    // what is in use rather than the largest answer made so far.
    mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024);
    options.burst = 2 * options.requests_per_second;
    auto store = open_store(line.database);
    long long version = -1;
    auto data = read_store(*store, &version);
    yp::LiveRegistry registry(*store, std::move(data), version);
    auto router = yp::http::make_api(registry, today);
    auto web = yp::http::StaticFiles::load(web_folder);
    if (web) router.set_fallback([files = std::move(web.value())](const std::string& path) { return files.serve(path); });
    else std::cerr << "note: no web application (" << web.error().message << "); serving the API only. scripts/build builds it.\n";
    // What another process changes in the store (the command line, a second server on the same
    // PostgreSQL) is seen within a second, without a restart.
    std::jthread watcher([&registry](std::stop_token stop) {
      while (!stop.stop_requested()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        try {
          if (!stop.stop_requested() && registry.refresh()) spdlog::info("read the registry again: another process changed it");
        } catch (const std::exception& e) {
          spdlog::error("reading the registry again failed: {}", e.what());
        }
      }
    });
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
