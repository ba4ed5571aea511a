// `yhdyspinta account …` and `yhdyspinta audit …`: the access capability's subcommands, for the manifest (program/capability.h).
#pragma once
#include "program/capability.h"
#include "program/command_line.h"

namespace yp::cli {

CommandRunner add_access_subcommands(CLI::App& app, const CommandLine& line);

}  // namespace yp::cli
