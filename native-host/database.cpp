#include "native-host/database.h"

#include "native-host/platform.h"

namespace swm {
namespace {

// Each entry upgrades the schema from version i to i + 1, in one transaction.
// Never edit a released entry: add a new one.
const char* const kMigrations[] = {
    // 0 -> 1: the register, its history and snapshots.
    R"sql(
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
    CREATE TABLE organisation (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        cbs_code TEXT,
        extra TEXT NOT NULL DEFAULT '{}'   -- contract fields without a column, kept losslessly
    ) STRICT;
    CREATE TABLE organisation_region (
        organisation_id TEXT NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        region TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (organisation_id, region)
    ) STRICT;
    CREATE TABLE partnership (
        number INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL,
        scale TEXT,
        legal_form TEXT,
        legal_form_text TEXT NOT NULL,
        motives_text TEXT NOT NULL,
        decided_by TEXT,
        decided_by_text TEXT NOT NULL,
        layer TEXT,
        status TEXT NOT NULL,
        start_date TEXT,
        end_date TEXT,
        source TEXT NOT NULL,
        peildatum TEXT NOT NULL,
        notes TEXT NOT NULL,
        extra TEXT NOT NULL DEFAULT '{}',
        revision INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE partnership_partner (
        number INTEGER NOT NULL REFERENCES partnership(number) ON DELETE CASCADE,
        organisation_id TEXT NOT NULL REFERENCES organisation(id),
        position INTEGER NOT NULL,
        PRIMARY KEY (number, organisation_id)
    ) STRICT;
    CREATE INDEX partnership_partner_org ON partnership_partner(organisation_id);
    CREATE TABLE partnership_motive (
        number INTEGER NOT NULL REFERENCES partnership(number) ON DELETE CASCADE,
        motive TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (number, motive)
    ) STRICT;
    CREATE TABLE strategy (id INTEGER PRIMARY KEY CHECK (id = 1), content TEXT NOT NULL) STRICT;
    -- Every change: what, before and after (JSON), when and by whom.
    CREATE TABLE change (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_key TEXT NOT NULL,
        action TEXT NOT NULL,
        before TEXT,
        after TEXT
    ) STRICT;
    CREATE INDEX change_entity ON change(entity, entity_key, id);
    CREATE TABLE snapshot (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        peildatum TEXT NOT NULL,
        taken_at TEXT NOT NULL,
        actor TEXT NOT NULL,
        dataset TEXT NOT NULL
    ) STRICT;
    )sql",
    // 1 -> 2: official municipal boundaries imported for the map (normalised
    // GeoJSON in WGS84); no row means the schematic default map.
    R"sql(
    CREATE TABLE map_geometry (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        geojson TEXT NOT NULL,
        source TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        actor TEXT NOT NULL
    ) STRICT;
    )sql",
    // 2 -> 3: saved views and decks (state as JSON, checked by core).
    R"sql(
    CREATE TABLE saved_view (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('view', 'deck')),
        state TEXT NOT NULL,
        revision INTEGER NOT NULL
    ) STRICT;
    )sql",
    // 3 -> 4: the council's P&C calendar (meeting dates, rules, the known
    // dates per regeling) as one document in the contract of
    // core/pc_calendar_codec.h, kept whole.
    R"sql(
    CREATE TABLE council_calendar (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        content TEXT NOT NULL,
        revision INTEGER NOT NULL
    ) STRICT;
    )sql",
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == kDatabaseVersion, "one migration per schema version");

int user_version(Db& db) {
    Stmt s = db.prepare("PRAGMA user_version");
    s.step();
    return int(s.int64(0));
}

} // namespace

OpenResult open_database(Db& db, const std::string& path) {
    OpenResult r;
    r.created = !platform::file_exists(path);
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
        if (version > kDatabaseVersion) {
            r.error = path + " is gemaakt door een nieuwere versie van de monitor (schema " + std::to_string(version) +
                      ", deze versie kent " + std::to_string(kDatabaseVersion) + "). Gebruik die nieuwere versie; het bestand is niet gewijzigd.";
            db.close();
            return r;
        }
        // WAL with full sync: a commit that returned is on disk, whatever
        // happens to the process or the machine after.
        db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
        for (int v = version; v < kDatabaseVersion; ++v) {
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
