#include "registry/cli.h"

#include <CLI/CLI.hpp>

#include "registry/operations.h"

namespace yp::cli {

CommandRunner add_registry_subcommands(CLI::App& app, const CommandLine& line) {
  struct Options {
    std::string operation;
    std::vector<std::string> arguments;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("registry", "Register persons, posts, who holds them, and organisations: register_person, correct_person, "
                                             "create_post, hold_post, end_post_holding, register_organisation, dissolve_organisation "
                                             "(arguments name=text or name:=JSON)");
  cmd->add_option("operation", o->operation, "the operation")->required()->check(CLI::IsMember(registry_operation_names()));
  cmd->add_option("arguments", o->arguments, "e.g. name='Anna Virtanen' organisation_id=county-01");
  cmd->footer("Examples:\n  yhdyspinta registry register_person name='Anna Virtanen' organisation_id=county-01\n"
              "  yhdyspinta registry hold_post post_id=helsinki-mayor person_id=anna-virtanen start_date=2025-06-01\n"
              "  yhdyspinta registry end_post_holding holding_id=helsinki-mayor-2025-06-01 end_date=2029-05-31 reason='Term ended'");
  return [&line, o, cmd]() -> std::optional<int> {
    if (!*cmd) return std::nullopt;
    return run_operation(line, o->arguments, [&](const Dataset& d, nlohmann::json args) { return run_registry_operation(d, o->operation, std::move(args), today()); });
  };
}

}  // namespace yp::cli
