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

}  // namespace

Result<Dataset> read_dataset(Store& store) {
  Dataset data;
  std::optional<Error> failure;
  auto read = store.read_with("reading the database", [&](soci::session& sql) {
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
  });
  if (read) return *read;
  if (failure) return *failure;
  return data;
}

long long write_fragment(WriteContext& tx, const Dataset& fragment) {
  fragment.for_each_collection([&](const char* name, const auto& collection) {
    for (const auto& item : collection.items) tx.put_document(name, item.id, codec::encode(item).dump(), stored_columns(item));
  });
  long long version = 0;
  tx.sql() << "UPDATE dataset_version SET seq = seq + 1 WHERE id = 1";
  tx.sql() << "SELECT seq FROM dataset_version WHERE id = 1", soci::into(version);
  return version;
}

Result<long long> dataset_version(Store& store) {
  long long version = 0;
  auto read = store.read_with("reading the database", [&](soci::session& sql) { sql << "SELECT seq FROM dataset_version WHERE id = 1", soci::into(version); });
  if (read) return *read;
  return version;
}

std::optional<Error> write_dataset(Store& store, const Dataset& fragment, const Provenance& who) {
  return store.transact("writing to the database", who, [&](WriteContext& tx) -> std::optional<Error> {
    write_fragment(tx, fragment);
    return std::nullopt;
  });
}

}  // namespace yp
