// `yhdyspinta goals import|run`: Sotkanet values stored for our indicators; pairs named or ended,
// values and targets entered, as the named operations of goals/operations.h.
#include "goals/cli.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>

#include "files/whole_file.h"
#include "goals/operations.h"
#include "goals/sotkanet.h"
#include "program/stored_dataset.h"

namespace yp::cli {

CommandRunner add_goals_subcommands(CLI::App& app, const CommandLine& line) {
  struct Options {
    std::string path;
    std::string operation;
    std::vector<std::string> arguments;
  };
  auto o = std::make_shared<Options>();
  auto* goals_cmd = app.add_subcommand("goals", "Goals and indicators: import Sotkanet values, name pairs, enter values and targets");
  goals_cmd->require_subcommand(1);
  auto* goals_import_cmd = goals_cmd->add_subcommand("import", "Store the values of a Sotkanet-format JSON file for our indicators");
  goals_import_cmd->add_option("file", o->path, "[{\"indicator\": 4, \"region\": {\"category\": \"KUNTA\", \"code\": \"091\"}, \"year\": 2024, …}]")
      ->required();
  auto* goals_run_cmd = goals_cmd->add_subcommand("run", "Name or end a responsibility pair; enter an indicator's value or target");
  goals_run_cmd->add_option("operation", o->operation, "the operation")->required()->check(CLI::IsMember(goals::goal_operation_names()));
  goals_run_cmd->add_option("arguments", o->arguments, "e.g. goal_id=… person_id=… party_id=… hus_person_id=…");

  return [&line, o, goals_import_cmd, goals_run_cmd]() -> std::optional<int> {
    if (*goals_run_cmd)
      return run_operation(line, o->arguments, [&](const Dataset& d, nlohmann::json args) {
        return goals::run_goal_operation(d, o->operation, std::move(args), today(), line.who.actor);
      });
    if (!*goals_import_cmd) return std::nullopt;
    const auto text = files::read_whole_file(o->path);
    if (!text) return std::cerr << "error: cannot read " << o->path << "\n", 1;
    auto store = open_store(line.database);
    const auto data = read_store(*store);
    auto read = files::read_sotkanet(*text, data, "sotkanet:" + std::filesystem::path(o->path).filename().string(), line.who.actor, today());
    if (!read) return std::cerr << "error: " << o->path << ": " << read.error().path << ": " << read.error().message << "\n", 1;
    Dataset fragment;
    for (auto& v : read->values) fragment.indicator_values.put(std::move(v));
    if (auto e = write_dataset(*store, fragment, line.who)) return std::cerr << "error: " << e->message << "\n", 2;
    std::cerr << "stored " << read->values.size() << " values from " << read->rows << " rows (" << read->other_indicators << " for other indicators, "
              << read->unknown_regions << " for regions not in the registry, " << read->by_gender << " by gender)\n";
    return 0;
  };
}

}  // namespace yp::cli
