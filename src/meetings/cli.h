// `yhdyspinta meeting …` and `yhdyspinta minutes …`: the meetings capability's subcommands, for the manifest (program/capability.h).
#pragma once
#include "program/capability.h"
#include "program/command_line.h"

namespace yp::cli {

CommandRunner add_meetings_subcommands(CLI::App& app, const CommandLine& line);

}  // namespace yp::cli
