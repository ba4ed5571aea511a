// Turns what the database driver threw into an Error that says what a person can act on: a full
// disk (ErrorKind::storage_full) and a read-only database (ErrorKind::read_only) are told apart
// from other failures (ErrorKind::io), on SQLite and on PostgreSQL alike. Nothing is written when
// any of them happens: the transaction is rolled back whole.
#pragma once
#include <exception>
#include <string>

#include "core/error.h"

namespace yp {

// The folder that holds `file` ("." for a bare name): SQLite writes its journal there.
std::string folder_of(const std::string& file);

// `doing` says what failed, e.g. "writing to the database". `sqlite_file`, when given, is the
// SQLite database: SQLite reports a full disk as a mere I/O error when it cannot even grow its
// shared-memory file, so the free space beside the file is looked at too.
// The Error's `message` says what failed in the database's own words (for the command line and the
// log, never with bound values); a person reads only its code's message (storage.full,
// storage.read_only, storage.busy: another writer held the database longer than the wait,
// storage.unavailable).
Error storage_error(const std::string& doing, const std::exception& e, const std::string& sqlite_file = "");

}  // namespace yp
