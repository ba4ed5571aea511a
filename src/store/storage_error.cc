#include "store/storage_error.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <sys/statvfs.h>

#include <algorithm>

namespace yp {

namespace {

// Fewer bytes than this free beside the database count as a full disk: a journal page and its
// frame header do not fit.
constexpr unsigned long long kTooLittleSpace = 64 * 1024;

bool too_little_space_beside(const std::string& file) {
  struct statvfs fs {};
  if (::statvfs(folder_of(file).c_str(), &fs) != 0) return false;
  return static_cast<unsigned long long>(fs.f_bavail) * fs.f_frsize < kTooLittleSpace;
}

}  // namespace

std::string folder_of(const std::string& file) {
  const auto slash = file.find_last_of('/');
  return slash == std::string::npos ? "." : slash == 0 ? "/" : file.substr(0, slash);
}

std::string without_bound_values(const std::string& what) {
  // SOCI appends the statement and its bound values ("… while executing "…" with :d="…"."), and
  // PostgreSQL its DETAIL with the values of a key ("Key (digest)=(…)"): those may be secrets (a
  // session's digest, a CSRF token) and stay out even of the log.
  auto cut = what.find(" while executing");
  cut = std::min(cut, what.find("DETAIL:"));
  std::string out = cut == std::string::npos ? what : what.substr(0, cut);
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

Error storage_error(const std::string& doing, const std::exception& e, const std::string& sqlite_file) {
  const std::string detail = doing + " failed: " + without_bound_values(e.what());
  bool full = false, read_only = false, busy = false;
  if (const auto* sqlite = dynamic_cast<const soci::sqlite3_soci_error*>(&e)) {
    const int primary = sqlite->result() & 0xff;  // extended codes keep the primary one in the low byte
    full = primary == 13;                          // SQLITE_FULL
    read_only = primary == 8;                      // SQLITE_READONLY
    busy = primary == 5 || primary == 6;           // SQLITE_BUSY, SQLITE_LOCKED: another writer held on past the wait
    if (primary == 10 && !sqlite_file.empty()) full = too_little_space_beside(sqlite_file);  // SQLITE_IOERR
  } else if (const auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&e)) {
    const std::string state = pg->sqlstate();
    full = state == "53100";                                           // disk_full
    read_only = state == "25006" || state == "57P03" || state == "42501";  // read-only transaction, not accepting writes, no privilege
    busy = state == "55P03" || state == "40001" || state == "40P01";   // lock not available, serialization failure, deadlock
  }
  Error out;
  if (full) {
    out = Error::storage_full("the disk that holds the database is full, so nothing was written; free space and try again (" + detail + ")");
    out.code = "storage.full";
  } else if (read_only) {
    out = Error::read_only("the database can only be read, so nothing was written (" + detail + ")");
    out.code = "storage.read_only";
  } else {
    out = Error::io(detail);
    out.code = busy ? "storage.busy" : "storage.unavailable";
  }
  out.internal = detail;
  return out;
}

}  // namespace yp
