#include "program.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

extern char** environ;

namespace yp::test {

std::string binary() {
  const char* env = std::getenv("YP_BINARY");
  return env ? env : std::string(YP_BINARY_DIR) + "/yhdyspinta";
}

int run(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid;
  if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) return -1;
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string output_of(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  char buffer[512];
  while (pipe && fgets(buffer, sizeof buffer, pipe)) out += buffer;
  if (pipe) pclose(pipe);
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

pid_t serve(const std::string& database, unsigned short& port, const std::vector<std::string>& extra, long max_files) {
  int out[2];
  EXPECT_EQ(pipe(out), 0);
  std::vector<std::string> args = {binary(), "--database", database, "serve", "--port", "0"};
  args.insert(args.end(), extra.begin(), extra.end());
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(out[1], 1);
    close(out[0]);
    close(out[1]);
    if (max_files > 0) {
      rlimit limit{static_cast<rlim_t>(max_files), static_cast<rlim_t>(max_files)};
      setrlimit(RLIMIT_NOFILE, &limit);
    }
    execve(argv[0], argv.data(), environ);
    _exit(127);
  }
  close(out[1]);
  std::string line;
  char c;
  while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
  close(out[0]);
  const auto colon = line.rfind(':');
  port = colon == std::string::npos ? 0 : static_cast<unsigned short>(std::atoi(line.substr(colon + 1).c_str()));
  return pid;
}

int stop(pid_t server) {
  kill(server, SIGTERM);
  int status = 0;
  waitpid(server, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int create_account(const std::string& database, const std::string& id, const std::string& grant) {
  setenv("YHDYSPINTA_PASSWORD", kAccountPassword, 1);
  const int status = run({binary(), "--database", database, "account", id, "--create", "--grant", grant});
  unsetenv("YHDYSPINTA_PASSWORD");
  return status;
}

}  // namespace yp::test
