// Which migrations a backend applies, gathered from every capability's folder: the embedded files
// `<capability>/migrations/NNN_name.sql` (for both backends) and `NNN_name.sqlite.sql` /
// `NNN_name.postgresql.sql` (where the SQL differs; one of those replaces the common file). The
// store knows no capability: any folder's migrations are found by their path.
//
// Contract: the answer is ordered by NNN; each version ("006_access.sql", the name the
// schema_migrations table records) appears once. Two files with one number, or a version that has
// a file for one backend only, is an error naming the files (a mistake in the source tree, found by
// the first test that opens a store).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "resources/resources.h"

namespace yp {

struct Migration {
  std::string version;  // "006_access.sql"
  std::string path;     // "access/migrations/006_access.sqlite.sql"
  std::string_view sql;
};

Result<std::vector<Migration>> migrations_for(std::string_view backend, const std::vector<Resource>& files);

}  // namespace yp
