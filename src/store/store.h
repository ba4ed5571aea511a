// Store: the registry persisted in SQLite (default, embedded) or PostgreSQL (shared deployments),
// through one SOCI code path. Migrations are SQL files per backend, applied at open. Writes go
// through one writer at a time, each in one transaction that commits whole or not at all;
// SQLite runs in WAL mode with synchronous=NORMAL, which keeps every committed transaction across a
// crash of the process.
#pragma once
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "core/dataset.h"
#include "core/error.h"

namespace soci {
class session;
}

namespace yp {

class Store {
 public:
  // Opens `url`: "sqlite:PATH" or "postgresql:" followed by a libpq key=value connection string
  // ("postgresql:host=127.0.0.1 port=5432 dbname=yhdyspinta"); creates and migrates the schema.
  static Result<std::unique_ptr<Store>> open(const std::string& url);
  ~Store();

  // "sqlite" or "postgresql".
  const std::string& backend() const { return backend_; }

  // Reads every collection.
  Result<Dataset> read_all();
  // Inserts or replaces every entity of `fragment` in one transaction.
  std::optional<Error> write(const Dataset& fragment);
  // The stored document of one entity (the codec's JSON), or nothing; for records that must be read
  // fresh on every use (a revoked feed token stops working at once).
  Result<std::optional<std::string>> read_doc(const std::string& collection, const std::string& id);
  // Reports whether the database is intact (SQLite: PRAGMA integrity_check).
  std::optional<Error> check_integrity();

 private:
  Store(std::unique_ptr<soci::session> session, std::string backend);
  std::optional<Error> migrate();

  std::unique_ptr<soci::session> sql_;
  std::string backend_;
  std::mutex writer_;
};

}  // namespace yp
