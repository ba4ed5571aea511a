// Budget monitoring's own tables: months of realised production or of the monthly allocation, as
// rows of (month, member, service group, cents, count), replaced a month whole in bulk, with an
// audit entry a month, and read back as columns. The SQL is this file's; the store lends its
// transaction and its connections (Store::transact, Store::read_with).
#pragma once
#include <set>

#include "budget/production.h"
#include "store/store.h"

namespace yp::budget {

enum class Table { production, allocation };

// Replaces each month in `months` whole with the rows of `rows` in it, inside the caller's
// transaction, with an audit entry a month (its records and euros before and after). A bad file
// never reaches here.
void replace_months(WriteContext& tx, Table table, const Columns& rows, const std::set<int>& months);
// The same in a transaction of its own by `who`.
std::optional<Error> replace_months(Store& store, Table table, const Columns& rows, const std::set<int>& months, const Provenance& who);
// The rows of months first…last (month indexes), as columns: inside a transaction, or on the
// store's reading connection.
Columns read_months(soci::session& sql, Table table, int first_month, int last_month);
Result<Columns> read_months(Store& store, Table table, int first_month, int last_month);
// Grows with every import, by any process (the newest audit entry of the two tables): what was
// read of the figures stays true while it is unchanged.
Result<long long> generation(Store& store);

}  // namespace yp::budget
