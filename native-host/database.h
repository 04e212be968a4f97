// The monitor's SQLite file: opening it safely, the schema version and the
// migrations applied at start. What is stored in it lives in store.h.
#pragma once
#include "native-host/sqlite_db.h"

#include <string>

namespace swm {

// The schema version this build writes; migrations bring older files here.
constexpr int kDatabaseVersion = 5;

struct OpenResult {
    bool ok = false;
    bool created = false;    // a new, empty database: the caller seeds it
    int migrated_from = 0;   // the schema version it had, when migrations ran
    bool read_only = false;  // opened read-only: the folder cannot be written
    std::string error;       // Dutch, for the console
    std::string warning;     // Dutch, for the console: served, but not as usual
};

// What the data folder's file system allows (platform.h asks the system).
struct StorageFacts {
    bool writable = true;
    std::string network_fs;  // e.g. "NFS"; empty on a local disk
};
StorageFacts storage_facts(const std::string& dir);

// Opens (or creates) `path`, refusing a file made by a newer version, a file
// that is not a SQLite database, a corrupt one and one with a damaged -wal
// file, without changing them. Then switches on WAL, full sync and foreign
// keys and applies the migrations. In a folder that cannot be written the
// database is opened read-only (with a warning); on a network file system
// it uses a rollback journal instead of WAL (with a warning), because WAL's
// shared memory is not safe there.
OpenResult open_database(Db& db, const std::string& path);
OpenResult open_database(Db& db, const std::string& path, const StorageFacts& facts);

} // namespace swm
