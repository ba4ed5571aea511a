#include "store/store.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "codec/json_codec.h"
#include "core/limits.h"
#include "store/audit_diff.h"
#include "store/migrations.h"
#include "store/storage_error.h"
#include "store/write_transaction.h"
#include "resources/resources.h"

namespace yp {
namespace {

}  // namespace

// A collection's table is named in SQL text, so its name is only lower-case letters and '_'.
bool is_collection_name(const std::string& name) {
  return !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
}

namespace {

std::vector<std::string> split_statements(std::string_view sql) {
  std::vector<std::string> out;
  std::string current;
  for (std::string_view line : [&] {
         std::vector<std::string_view> lines;
         size_t start = 0;
         while (start <= sql.size()) {
           size_t end = sql.find('\n', start);
           if (end == std::string_view::npos) end = sql.size();
           lines.push_back(sql.substr(start, end - start));
           start = end + 1;
         }
         return lines;
       }()) {
    if (line.rfind("--", 0) == 0) continue;
    current += line;
    current += '\n';
    if (!line.empty() && line.back() == ';') {
      out.push_back(current);
      current.clear();
    }
  }
  if (current.find_first_not_of(" \n\t") != std::string::npos) out.push_back(current);
  return out;
}

// SQLite writes its journal beside the database, so the folder must be writable as well as the
// file; said plainly before SQLite's own "unable to open database file".
std::optional<Error> sqlite_writable(const std::string& path) {
  for (const std::string& p : {folder_of(path), path}) {
    if (::access(p.c_str(), W_OK) == 0 || errno == ENOENT) continue;
    const int error = errno;
    if (error == EROFS || error == EACCES || error == EPERM) {
      Error e = Error::read_only("the database " + path + " cannot be written: " + p + ": " + std::strerror(error) +
                                 " (the database and the folder that holds it must be writable)");
      e.code = "storage.cannot_write";
      e.internal = e.message;
      return e;
    }
  }
  return std::nullopt;
}

}  // namespace

std::string in_use_file(const std::string& sqlite_path) {
  // By the file's own path, so that a link to the database names the same lock.
  std::error_code ec;
  const auto real = std::filesystem::weakly_canonical(sqlite_path, ec);
  return (ec ? sqlite_path : real.string()) + ".in-use";
}

namespace {

// Thrown out of a write's loop over its entities, which rolls the write back.
struct BadId {
  std::string where;
};

// Whether a libpq connection string sets application_name itself (a key of its own, not a word in
// a password).
bool names_application(const std::string& conn) {
  size_t at = 0;
  while ((at = conn.find("application_name", at)) != std::string::npos) {
    if ((at == 0 || conn[at - 1] == ' ') && conn.compare(at + 16, 1, "=") == 0) return true;
    at += 16;
  }
  return false;
}

}  // namespace

int hold_in_use(const std::string& sqlite_path, bool exclusive) {
  const int fd = ::open(in_use_file(sqlite_path).c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return -1;
  if (exclusive) {
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) return fd;
  } else {
    // A restore holds the file for a moment only: wait for it, within bounds.
    for (int tries = 0; tries < 200; ++tries) {
      if (::flock(fd, LOCK_SH | LOCK_NB) == 0) return fd;
      ::usleep(50 * 1000);
    }
  }
  ::close(fd);
  return -1;
}

Store::Store(std::unique_ptr<soci::session> session, std::unique_ptr<soci::session> reader, std::string backend, std::string url)
    : sql_(std::move(session)), read_sql_(std::move(reader)), backend_(std::move(backend)), url_(std::move(url)) {}
Store::~Store() {
  read_sql_.reset();
  sql_.reset();
  if (in_use_fd_ >= 0) ::close(in_use_fd_);
}

Result<std::unique_ptr<Store>> Store::open(const std::string& url) {
  const std::string sqlite_path = url.rfind("sqlite:", 0) == 0 ? url.substr(7) : "";
  int in_use = -1;
  try {
    std::unique_ptr<soci::session> session, reader;
    std::string backend;
    if (!sqlite_path.empty()) {
      backend = "sqlite";
      if (auto e = sqlite_writable(sqlite_path)) return *e;
      in_use = hold_in_use(sqlite_path, false);
      if (in_use < 0) {
        Error e = Error::conflict("/database", "the database " + sqlite_path + " is being restored from a backup, or " + in_use_file(sqlite_path) +
                                                   " cannot be made beside it; try again when the restore has finished");
        e.code = "storage.restoring";
        return e;
      }
      const std::string conn = "db=" + sqlite_path + " timeout=" + std::to_string(kBusyTimeoutSeconds);
      session = std::make_unique<soci::session>(soci::sqlite3, conn);
      *session << "PRAGMA journal_mode=WAL";
      *session << "PRAGMA synchronous=NORMAL";
      *session << "PRAGMA foreign_keys=ON";
      reader = std::make_unique<soci::session>(soci::sqlite3, conn);
    } else if (url.rfind("postgresql:", 0) == 0 || url.rfind("postgres:", 0) == 0) {
      backend = "postgresql";
      // SOCI mangles URI-style strings, so the key=value form is the one accepted.
      std::string conn = url.substr(url.find(':') + 1);
      // Named, so that a restore can tell that the database is in use by this program.
      if (!names_application(conn)) conn += " application_name=" + std::string(kApplicationName);
      session = std::make_unique<soci::session>(soci::postgresql, conn);
      *session << "SET client_min_messages TO WARNING";
      *session << "SET lock_timeout = '" + std::to_string(kBusyTimeoutSeconds) + "s'";
      reader = std::make_unique<soci::session>(soci::postgresql, conn);
      *reader << "SET client_min_messages TO WARNING";
    } else {
      return Error::invalid("/database", "must start with sqlite: or postgresql:");
    }
    std::unique_ptr<Store> store(new Store(std::move(session), std::move(reader), backend, url));
    store->in_use_fd_ = std::exchange(in_use, -1);
    if (auto e = store->migrate()) return *e;
    return store;
  } catch (const std::exception& e) {
    if (in_use >= 0) ::close(in_use);
    return storage_error("opening the database", e, sqlite_path);
  }
}

std::optional<Error> Store::migrate() {
  std::lock_guard lock(writer_);
  try {
    WriteTransaction tx(*sql_, backend_ == "sqlite", lock_waits_);
    // Several servers may start against one PostgreSQL database: one migrates, the others wait.
    if (backend_ == "postgresql") *sql_ << "SELECT pg_advisory_xact_lock(7355608)";
    *sql_ << "CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY)";
    auto mine = migrations_for(backend_, resources());
    if (!mine) return mine.error();
    for (auto& m : mine.value()) {
      int applied = 0;
      *sql_ << "SELECT COUNT(*) FROM schema_migrations WHERE version = :v", soci::use(m.version), soci::into(applied);
      if (applied) continue;
      for (const auto& statement : split_statements(m.sql)) *sql_ << statement;
      *sql_ << "INSERT INTO schema_migrations (version) VALUES (:v)", soci::use(m.version);
    }
    tx.commit();
    return std::nullopt;
  } catch (const std::exception& e) {
    return storage_error("migration", e, sqlite_file());
  }
}

void WriteContext::put_document(const std::string& collection, const std::string& id, const std::string& doc, const Columns& columns) {
  // Nothing is stored under an id that the API could not name (one made of long parts).
  if (!is_id(id)) throw BadId{collection + "/" + id.substr(0, 200)};
  if (!is_collection_name(collection)) throw std::invalid_argument("not a collection: " + collection.substr(0, 64));
  std::string before;
  soci::indicator found = soci::i_null;
  sql_ << "SELECT doc FROM " << collection << " WHERE id = :id", soci::use(id), soci::into(before, found);
  if (!sql_.got_data() || found != soci::i_ok) before.clear();
  else if (before == doc) return;
  std::string names = "id, doc", values = ":id, :doc", updates = "doc = excluded.doc";
  for (const auto& [column, value] : columns) {
    names += ", " + column;
    values += ", :" + column;
    updates += ", " + column + " = excluded." + column;
  }
  std::string id_value = id, doc_value = doc;
  auto column_values = columns;
  soci::statement st = (sql_.prepare << "INSERT INTO " << collection << " (" << names << ") VALUES (" << values
                                     << ") ON CONFLICT (id) DO UPDATE SET " << updates);
  st.exchange(soci::use(id_value, "id"));
  st.exchange(soci::use(doc_value, "doc"));
  for (auto& [column, value] : column_values) st.exchange(soci::use(value, column));
  st.define_and_bind();
  st.execute(true);
  const auto [was, now] = audit_diff(before, doc);
  audit(collection, id, was, now);
}

void WriteContext::audit(const std::string& entity, const std::string& id, const std::string& before, const std::string& after) {
  store_.audit(who_, entity, id, before, after);
}

std::optional<Error> Store::transact(const std::string& what, const Provenance& who, const std::function<std::optional<Error>(WriteContext&)>& work) {
  std::lock_guard lock(writer_);
  try {
    WriteTransaction tx(*sql_, backend_ == "sqlite", lock_waits_);
    WriteContext context(*this, *sql_, backend_ == "sqlite", who);
    if (auto e = work(context)) return e;  // rolled back as tx ends
    tx.commit();
    return std::nullopt;
  } catch (const BadId&) {
    return Error::coded(ErrorKind::invalid, "/id", "text.not_an_id", {{"max", std::to_string(kMaxIdBytes)}});
  } catch (const std::exception& e) {
    return storage_error(what, e, sqlite_file());
  }
}

std::optional<Error> Store::write_with(const std::string& what, const std::function<void(soci::session&)>& work) {
  std::lock_guard lock(writer_);
  try {
    work(*sql_);
    return std::nullopt;
  } catch (const std::exception& e) {
    return storage_error(what, e, sqlite_file());
  }
}

std::optional<Error> Store::read_with(const std::string& what, const std::function<void(soci::session&)>& work) {
  std::lock_guard lock(reader_);
  try {
    work(*read_sql_);
    return std::nullopt;
  } catch (const std::exception& e) {
    return storage_error(what, e);
  }
}

Result<std::optional<std::string>> Store::read_doc(const std::string& collection, const std::string& id) {
  std::lock_guard lock(reader_);
  try {
    if (!is_collection_name(collection)) return Error::invalid("/collection", "not a collection's name");
    std::string doc;
    soci::indicator ind = soci::i_null;
    *read_sql_ << "SELECT doc FROM " << collection << " WHERE id = :id", soci::use(id), soci::into(doc, ind);
    if (!read_sql_->got_data() || ind != soci::i_ok) return std::optional<std::string>();
    return std::optional<std::string>(doc);
  } catch (const std::exception& e) {
    return storage_error("reading the database", e);
  }
}

std::optional<Error> Store::check_integrity() {
  std::lock_guard lock(reader_);
  try {
    if (backend_ != "sqlite") {
      int one = 0;
      *read_sql_ << "SELECT 1", soci::into(one);
      return one == 1 ? std::nullopt : std::optional<Error>(Error::io("the database did not answer"));
    }
    std::string result;
    *read_sql_ << "PRAGMA integrity_check", soci::into(result);
    if (result != "ok") return Error::io("integrity check: " + result);
    return std::nullopt;
  } catch (const std::exception& e) {
    return storage_error("integrity check", e);
  }
}

}  // namespace yp
