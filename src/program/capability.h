// Capability: what one capability declares to the program (its manifest), after Decidim's
// component manifests and userver's component list. Each capability's `manifest.h` names the
// struct of its collections (`Collections`, part of the Dataset) and its part of the Dataset's
// validation (`validate`, program/validator.h); its `manifest.cc` describes the rest: its routes,
// its subcommands, the verdicts it adds to the duties' and to the checks', its named operations
// and the actions it asks the access policy about. What is found by its folder's path needs no
// line here: its migrations (`src/<name>/migrations/`), its messages (`messages.json`) and its
// part of the OpenAPI document (`openapi.json`). The program is assembled from the list of
// capabilities in program/capabilities.h.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/verdict.h"

namespace CLI {
class App;
}

namespace yp {

struct Dataset;
class LiveRegistry;
namespace http {
class Router;
}
namespace cli {
struct CommandLine;
}

// What runs a capability's subcommand when one of them was chosen on the command line: its exit
// code, or nothing when none of its subcommands was.
using CommandRunner = std::function<std::optional<int>()>;

// What a capability's routes may need of the program beyond the registry: the day (tests fix it)
// and the settings of the server, which the access capability reads.
struct ProgramSettings;

// Explained verdicts on a date, from the data alone.
using VerdictProducer = std::vector<Verdict> (*)(const Dataset& data, const Date& as_of);

struct Capability {
  // Its name, which is also its folder under src/ ("budget").
  std::string name;
  // Adds its routes. Those of a capability with `fresh_reads` are added before the memo of answers:
  // what they answer changes without a write through the registry (the command line imports budget
  // figures) or must never be shared (sessions).
  std::function<void(http::Router&, LiveRegistry&, const ProgramSettings&)> add_routes;
  bool fresh_reads = false;
  // Adds its subcommands (`yhdyspinta budget …`) to the program's command line.
  std::function<CommandRunner(CLI::App&, const cli::CommandLine&)> add_subcommands;
  // The verdicts it adds to the duties' (the duties engine asks every capability, and never names
  // one), and those of its own checks, which /api/checks and `check` show beside the duties'.
  VerdictProducer duty_verdicts = nullptr;
  VerdictProducer check_verdicts = nullptr;
  // Its named operations (core/operation.h), run alike from HTTP and `yhdyspinta <name> run`.
  std::function<std::vector<std::string>()> operations;
  // The actions it asks the access policy about, as message codes ("action.nominate"): its
  // permissions, named in the refusals people read.
  std::vector<std::string> actions;
};

// The collections of a capability that has none of its own (each its own type, so that two can be
// bases of one Dataset).
template <class Owner>
struct NoCollections {
  template <class F>
  void for_each_collection(F&&) {}
};

// The list that makes a Dataset's collections and the program's capabilities: program/capabilities.h.
template <class... Manifests>
struct CapabilityList {};

}  // namespace yp
