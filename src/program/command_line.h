// What every capability's subcommands share (`yhdyspinta <capability> …`): the database named by
// --database, who runs them for the audit trail, the day, and the usual steps: open the store and
// read it (exiting 2 when the store cannot be used), and run one named operation with arguments
// written as HTTPie does. A capability adds its subcommands through its manifest
// (program/capability.h, add_subcommands); the program runs the one chosen.
#pragma once
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/operation.h"
#include "program/capability.h"
#include "program/live_registry.h"
#include "store/store.h"

namespace yp::cli {

// The database the command line uses when --database is not given: $YHDYSPINTA_DATABASE, else
// the one `scripts/run` serves (var/yhdyspinta.db of the checkout the program was built in), else
// yhdyspinta.db in the working directory.
std::string default_database();

struct CommandLine {
  std::string database = default_database();
  // "cli:<user>" and the command run; set once the command line is parsed.
  Provenance who;
};

// The local day, which the command line dates its changes by.
Date today();
std::unique_ptr<Store> open_store(const std::string& url);
// Reads the Dataset, and with `version` the version it is (program/stored_dataset.h).
Dataset read_store(Store& store, long long* version = nullptr);
// Exits 1 saying so when `data`, read from `url`, is empty: a command that reads the registry
// then says what to do rather than answering with nothing.
void require_loaded(const Dataset& data, const std::string& url);
// The language of the command line's messages: fi or sv when $LANG says so, else en.
std::string language();

// Runs one named operation on the stored data and stores its change (with what `consequence`
// adds, in the same transaction). Arguments are name=text for a string and name:=JSON for
// anything else (item:=2, present:=false, person_ids:='["a","b"]'). Prints the changed entity as
// JSON. Exit codes: 0 done, 1 refused, 2 the store could not be used.
using OperationRunner = std::function<Result<Written>(const Dataset&, nlohmann::json)>;
int run_operation(const CommandLine& line, const std::vector<std::string>& pairs, const OperationRunner& run,
                  const std::function<LiveRegistry::Consequence(const nlohmann::json&)>& consequence = {});

// Adds `yhdyspinta <name> <operation> name=value …`, which runs one of a capability's named
// operations (`operations`, by `run` on the day) as run_operation does; `examples` is shown in
// its help.
using DatedOperation = Result<Written> (*)(const Dataset&, const std::string&, nlohmann::json, const Date&);
CommandRunner add_operation_subcommand(CLI::App& app, const CommandLine& line, const std::string& name, const std::string& description,
                                       const std::vector<std::string>& operations, DatedOperation run, const std::string& examples);

}  // namespace yp::cli
