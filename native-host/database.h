// The monitor's SQLite file: opening it safely, the schema version and the
// migrations applied at start. What is stored in it lives in store.h.
#pragma once
#include "native-host/sqlite_db.h"

#include <string>

namespace swm {

// The schema version this build writes; migrations bring older files here.
constexpr int kDatabaseVersion = 4;

struct OpenResult {
    bool ok = false;
    bool created = false;  // a new, empty database: the caller seeds it
    std::string error;     // Dutch, for the console
};

// Opens (or creates) `path`, refusing a file made by a newer version, a file
// that is not a SQLite database and a corrupt one, without changing it. Then
// switches on WAL, full sync and foreign keys and applies the migrations.
OpenResult open_database(Db& db, const std::string& path);

} // namespace swm
