// The Dataset in the store: every collection a table of JSON documents (one row an entity, with
// the columns the database must enforce beside it), read whole at start and written a fragment at
// a time. A capability names those columns for an entity type by an overload of
// `stored_columns(const T&)` beside its model (bodies/model.h: a membership's body and person);
// a type without one is stored as its document alone.
#pragma once
#include <optional>

#include "core/error.h"
#include "program/dataset.h"
#include "store/store.h"

namespace yp {

// Reads every collection, and the Dataset's version (`version`, when given) as of the same
// moment: one snapshot, so that a write committed meanwhile is either wholly in it or not at all.
Result<Dataset> read_dataset(Store& store, long long* version = nullptr);
// The same inside a write transaction (the store's write lock held): what is committed now.
Result<Dataset> read_dataset(WriteContext& tx);
// Inserts or replaces every entity of `fragment` in the transaction `tx`, auditing each change.
void write_fragment(WriteContext& tx, const Dataset& fragment);
// Counts one more version of the Dataset in the transaction `tx` (which then holds the version's
// row: a second writer waits for it) and returns the version it made.
long long advance_dataset_version(WriteContext& tx);
// The version of the Dataset the store holds: it changes with every write of any collection.
Result<long long> dataset_version(Store& store);
// Writes `fragment` in one transaction of its own, with an audit entry for each entity that changed
// (by `who`, with its document before and after); an entity stored as it is already is left alone.
std::optional<Error> write_dataset(Store& store, const Dataset& fragment, const Provenance& who);

}  // namespace yp
