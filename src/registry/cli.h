// `yhdyspinta registry <operation> name=value …`: the registry's named operations
// (registry/operations.h) from the command line, for the manifest (program/capability.h).
#pragma once
#include "program/capability.h"
#include "program/command_line.h"

namespace yp::cli {

CommandRunner add_registry_subcommands(CLI::App& app, const CommandLine& line);

}  // namespace yp::cli
