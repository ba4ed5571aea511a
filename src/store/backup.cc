// Backups: a consistent copy of the database while it is in use, and a restore that refuses while
// anything else uses it.
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "store/storage_error.h"
#include "store/write_transaction.h"
#include "store/store.h"

namespace yp {
namespace {

// Quotes `text` for a POSIX shell.
std::string shell_quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Runs one of PostgreSQL's tools; when it fails, the error carries what it printed.
std::optional<Error> run_tool(const std::string& command, const std::string& tool) {
  std::string output;
  if (FILE* p = popen(command.c_str(), "r")) {
    char buffer[512];
    while (fgets(buffer, sizeof buffer, p)) output += buffer;
    const int status = pclose(p);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return std::nullopt;
  }
  return Error::io(tool + " failed: " + output);
}

}  // namespace

std::optional<Error> Store::backup(const std::string& path) {
  if (std::filesystem::exists(path)) return Error::conflict("/path", "will not overwrite " + path);
  if (backend_ == "sqlite") {
    std::lock_guard lock(writer_);
    try {
      std::string target = path;
      *sql_ << "VACUUM INTO :path", soci::use(target);
      return std::nullopt;
    } catch (const std::exception& e) {
      return storage_error("backup", e);
    }
  }
  const std::string conn = url_.substr(url_.find(':') + 1);
  const std::string command = "pg_dump --format=custom --no-owner --file=" + shell_quote(path) + " --dbname=" + shell_quote(conn) + " 2>&1";
  return run_tool(command, "pg_dump");
}

std::optional<Error> Store::restore(const std::string& url, const std::string& path) {
  namespace fs = std::filesystem;
  if (!fs::exists(path)) return Error::not_found("/path", "no backup at " + path);
  auto in_use = [](const std::string& what) {
    Error e = Error::conflict("/database", "the database is in use (" + what + "): stop the servers and commands that use it, then restore");
    e.code = "storage.in_use";
    return e;
  };
  if (url.rfind("sqlite:", 0) == 0) {
    const std::string target = url.substr(7);
    {
      auto copy = Store::open("sqlite:" + path);
      if (!copy) return Error::invalid("/path", "not a database backup: " + copy.error().message);
      if (auto e = copy.value()->check_integrity()) return Error::invalid("/path", "the backup is damaged: " + e->message);
    }
    std::error_code ec;
    fs::remove(in_use_file(path), ec);
    // Held until the new file is in place: no Store opens the database meanwhile, and none is open now.
    const int held = hold_in_use(target, true);
    if (held < 0) return in_use("a server or a command holds " + in_use_file(target));
    struct Release {
      int fd;
      ~Release() { ::close(fd); }
    } release{held};
    const std::string staged = target + ".restoring";
    fs::copy_file(path, staged, fs::copy_options::overwrite_existing, ec);
    if (ec) return Error::io("cannot copy the backup: " + ec.message());
    // The old write-ahead log belongs to the old file: left beside the new one it would be replayed.
    fs::remove(target + "-wal", ec);
    fs::remove(target + "-shm", ec);
    fs::rename(staged, target, ec);
    if (ec) return Error::io("cannot put the backup in place: " + ec.message());
    return std::nullopt;
  }
  const std::string conn = url.substr(url.find(':') + 1);
  try {
    soci::session check(soci::postgresql, conn + " application_name=yhdyspinta-restore");
    int others = 0;
    std::string name = kApplicationName;
    check << "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = :n",
        soci::use(name), soci::into(others);
    if (others > 0) return in_use(std::to_string(others) + " connection(s) of this program");
  } catch (const std::exception& e) {
    return storage_error("checking who uses the database", e);
  }
  const std::string command =
      "pg_restore --clean --if-exists --no-owner --single-transaction --exit-on-error --dbname=" + shell_quote(conn) + " " + shell_quote(path) + " 2>&1";
  return run_tool(command, "pg_restore");
}

}  // namespace yp
