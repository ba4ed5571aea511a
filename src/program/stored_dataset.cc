#include "program/stored_dataset.h"

#include <soci/soci.h>

#include <string>

#include "codec/json_codec.h"

namespace yp {
namespace {

// The default: nothing beside the document. Found by overload resolution, a capability's own
// `stored_columns` for its type is the better match.
template <class T>
WriteContext::Columns stored_columns(const T&) {
  return {};
}

// Every collection's documents read through `sql`, into `data`; the first document that cannot be
// decoded is the Error.
std::optional<Error> read_collections(soci::session& sql, Dataset& data) {
  std::optional<Error> failure;
  data.for_each_collection([&](const char* name, auto& collection) {
    if (failure) return;
    using T = typename std::decay_t<decltype(collection.items)>::value_type;
    soci::rowset<std::string> rows = (sql.prepare << "SELECT doc FROM " << name << " ORDER BY id");
    for (const auto& doc : rows) {
      auto decoded = codec::decode_value<T>(nlohmann::json::parse(doc), std::string("/") + name);
      if (!decoded) {
        failure = Error::io(std::string("stored ") + name + " cannot be read: " + decoded.error().path + " " + decoded.error().message);
        return;
      }
      collection.put(std::move(decoded.value()));
    }
  });
  return failure;
}

// The Dataset's version as `sql` sees it.
long long read_version(soci::session& sql) {
  long long version = 0;
  sql << "SELECT seq FROM dataset_version WHERE id = 1", soci::into(version);
  return version;
}

}  // namespace

Result<Dataset> read_dataset(Store& store, long long* version) {
  Dataset data;
  std::optional<Error> failure;
  auto read = store.read_with("reading the database", [&](soci::session& sql) {
    // One snapshot: SQLite's read transaction in WAL mode, PostgreSQL's repeatable read.
    sql << (store.backend() == "postgresql" ? "START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN");
    try {
      failure = read_collections(sql, data);
      if (!failure && version) *version = read_version(sql);
      sql << "COMMIT";
    } catch (...) {
      sql << "ROLLBACK";
      throw;
    }
  });
  if (read) return *read;
  if (failure) return *failure;
  return data;
}

Result<Dataset> read_dataset(WriteContext& tx) {
  Dataset data;
  if (auto failure = read_collections(tx.sql(), data)) return *failure;
  return data;
}

void write_fragment(WriteContext& tx, const Dataset& fragment) {
  fragment.for_each_collection([&](const char* name, const auto& collection) {
    for (const auto& item : collection.items) tx.put_document(name, item.id, codec::encode(item).dump(), stored_columns(item));
  });
}

long long advance_dataset_version(WriteContext& tx) {
  tx.sql() << "UPDATE dataset_version SET seq = seq + 1 WHERE id = 1";
  return read_version(tx.sql());
}

Result<long long> dataset_version(Store& store) {
  long long version = 0;
  auto read = store.read_with("reading the database", [&](soci::session& sql) { version = read_version(sql); });
  if (read) return *read;
  return version;
}

std::optional<Error> write_dataset(Store& store, const Dataset& fragment, const Provenance& who) {
  return store.transact("writing to the database", who, [&](WriteContext& tx) -> std::optional<Error> {
    advance_dataset_version(tx);
    write_fragment(tx, fragment);
    return std::nullopt;
  });
}

}  // namespace yp
