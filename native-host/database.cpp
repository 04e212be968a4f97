#include "native-host/database.h"

#include <sys/stat.h>

namespace swm {
namespace {

// Each entry upgrades the schema from version i to i + 1, in one transaction.
// Never edit a released entry: add a new one.
const char* const kMigrations[] = {
    // 0 -> 1: the meta table; the register follows in later versions.
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;",
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == kSchemaVersion, "one migration per schema version");

int user_version(Db& db) {
    Stmt s = db.prepare("PRAGMA user_version");
    s.step();
    return int(s.int64(0));
}

bool file_exists(const std::string& path) {
    struct stat st {};
    return stat(path.c_str(), &st) == 0;
}

} // namespace

OpenResult open_database(Db& db, const std::string& path) {
    OpenResult r;
    r.created = !file_exists(path);
    try {
        db.open(path, true);
    } catch (const DbError& e) {
        const int primary = e.code & 0xff;
        if (primary == SQLITE_NOTADB) r.error = path + " is geen SQLite-database van de monitor; het bestand is niet gewijzigd.";
        else if (primary == SQLITE_CORRUPT) r.error = path + " is beschadigd (" + e.what() + "); het bestand is niet gewijzigd. Zet een back-up terug.";
        else r.error = "Kan de database niet openen: " + std::string(e.what());
        return r;
    }
    try {
        const int version = user_version(db);
        if (version > kSchemaVersion) {
            r.error = path + " is gemaakt door een nieuwere versie van de monitor (schema " + std::to_string(version) +
                      ", deze versie kent " + std::to_string(kSchemaVersion) + "). Gebruik die nieuwere versie; het bestand is niet gewijzigd.";
            db.close();
            return r;
        }
        // WAL with full sync: a commit that returned is on disk, whatever
        // happens to the process or the machine after.
        db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
        for (int v = version; v < kSchemaVersion; ++v) {
            in_transaction(db, [&] {
                db.exec(kMigrations[v]);
                db.exec(("PRAGMA user_version=" + std::to_string(v + 1)).c_str());
            });
        }
    } catch (const DbError& e) {
        r.error = "Fout bij het voorbereiden van de database: " + std::string(e.what());
        db.close();
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace swm
