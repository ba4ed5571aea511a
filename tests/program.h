// The real program, driven as its users drive it: the `yhdyspinta` binary run to completion, or
// serving on a free loopback port, for the tests of crashes, faults and load.
#pragma once
#include <sys/types.h>

#include <string>
#include <vector>

namespace yp::test {

// The binary under test (YP_BINARY, or the build folder's).
std::string binary();
// Runs `args` (args[0] is the program) and returns its exit code, or -1 when it did not exit.
int run(const std::vector<std::string>& args);
// Runs a shell command and returns what it printed on standard output, without the last newline.
std::string output_of(const std::string& command);
// Starts `yhdyspinta --database DATABASE serve --port 0 EXTRA…` and reads the port it prints;
// with `max_files`, the server may open at most that many file descriptors (RLIMIT_NOFILE).
pid_t serve(const std::string& database, unsigned short& port, const std::vector<std::string>& extra = {}, long max_files = 0);
// Stops a server started by serve() with SIGTERM and waits for it; returns its exit code.
int stop(pid_t server);

// The password that create_account() gives.
inline const char* kAccountPassword = "a password long enough";
// Creates an account from the command line with one grant ("administrator", "coordinator:county-01").
int create_account(const std::string& database, const std::string& id, const std::string& grant);

}  // namespace yp::test
