// The sequence number in a row's first column as both backends give it: SQLite an int,
// PostgreSQL a long long (the audit trail's and the read log's `seq`).
#pragma once
#include <soci/soci.h>

namespace yp {

inline long seq_of(const soci::row& row) {
  return static_cast<long>(row.get_properties(0).get_data_type() == soci::dt_long_long ? row.get<long long>(0) : row.get<int>(0));
}

}  // namespace yp
