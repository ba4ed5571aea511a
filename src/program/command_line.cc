#include "program/command_line.h"

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <system_error>

#include <CLI/CLI.hpp>

#include "codec/json_codec.h"
#include "program/stored_dataset.h"

namespace yp::cli {

Date today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::string default_database() {
  if (const char* url = std::getenv("YHDYSPINTA_DATABASE"); url && *url) return url;
  std::error_code error;
  const auto program = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) {
    const auto checkout = program.parent_path().parent_path();
    if (std::filesystem::exists(checkout / "scripts" / "run", error)) {
      std::filesystem::create_directories(checkout / "var", error);
      return "sqlite:" + (checkout / "var" / "yhdyspinta.db").string();
    }
  }
  return "sqlite:yhdyspinta.db";
}

std::string language() {
  const char* lang = std::getenv("LANG");
  const std::string l = lang ? lang : "";
  return l.rfind("fi", 0) == 0 ? "fi" : l.rfind("sv", 0) == 0 ? "sv" : "en";
}

void require_loaded(const Dataset& data, const std::string& url) {
  if (!data.organisations.items.empty()) return;
  std::cerr << "The database " << url << " holds no registry yet: load the data first, e.g.\n  yhdyspinta --database " << url
            << " load data\n(scripts/run does this and serves it).\n";
  std::exit(1);
}

std::unique_ptr<Store> open_store(const std::string& url) {
  auto store = Store::open(url);
  if (!store) {
    std::cerr << "error: " << store.error().message << "\n";
    std::exit(2);
  }
  return std::move(store.value());
}

Dataset read_store(Store& store, long long* version) {
  auto data = read_dataset(store, version);
  if (!data) {
    std::cerr << "error: " << data.error().message << "\n";
    std::exit(2);
  }
  return std::move(data.value());
}

int run_operation(const CommandLine& line, const std::vector<std::string>& pairs, const OperationRunner& run,
                  const std::function<LiveRegistry::Consequence(const nlohmann::json&)>& consequence) {
  nlohmann::json args = nlohmann::json::object();
  for (const auto& pair : pairs) {
    const auto eq = pair.find('=');
    if (eq == std::string::npos || eq == 0) return std::cerr << "error: '" << pair << "' is not name=value or name:=JSON\n", 1;
    if (pair[eq - 1] == ':') {
      const std::string name = pair.substr(0, eq - 1);
      auto value = codec::parse_json(pair.substr(eq + 1));
      if (!value) return std::cerr << "error: the value of " << name << " is not JSON (" << value.error().message << "): " << pair.substr(eq + 1) << "\n", 1;
      args[name] = std::move(value.value());
    } else {
      args[pair.substr(0, eq)] = pair.substr(eq + 1);
    }
  }
  auto store = open_store(line.database);
  long long version = -1;
  auto data = read_store(*store, &version);
  LiveRegistry registry(*store, std::move(data), version);
  const auto then = consequence ? consequence(args) : LiveRegistry::Consequence{};
  std::optional<Written> done;
  auto stored = registry.write(
      line.who,
      [&](const Dataset& d) -> Result<Dataset> {
        auto result = run(d, args);
        if (!result) return result.error();
        done = std::move(result.value());
        return done->fragment;
      },
      then);
  if (!stored) {
    const auto& e = stored.error();
    // A refusal of the operation itself is the caller's (1); the storage's, the machine's (2).
    return std::cerr << "error: " << (e.path.empty() ? "" : e.path.substr(1) + ": ") << e.text(language()) << "\n", e.about_storage() ? 2 : 1;
  }
  std::cout << done->entity.dump(2) << "\n";
  return 0;
}

CommandRunner add_operation_subcommand(CLI::App& app, const CommandLine& line, const std::string& name, const std::string& description,
                                       const std::vector<std::string>& operations, DatedOperation run, const std::string& examples) {
  struct Options {
    std::string operation;
    std::vector<std::string> arguments;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand(name, description);
  cmd->add_option("operation", o->operation, "the operation")->required()->check(CLI::IsMember(operations));
  cmd->add_option("arguments", o->arguments, "name=text or name:=JSON");
  cmd->footer("Examples:\n" + examples);
  return [&line, o, cmd, run]() -> std::optional<int> {
    if (!*cmd) return std::nullopt;
    return run_operation(line, o->arguments, [&](const Dataset& d, nlohmann::json args) { return run(d, o->operation, std::move(args), today()); });
  };
}

}  // namespace yp::cli
