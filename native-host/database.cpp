#include "native-host/database.h"

#include "native-host/platform.h"
#include "native-host/wal_check.h"

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
    // 3 -> 4: every record is kept as the JSON its codec in core/ writes,
    // whole, so no key of the contract can be dropped by a second, hand-made
    // mapping (release 0.1 lost legal_form.gr_kind that way). Only what
    // foreign keys need is derived from it, by SQLite from the JSON itself.
    // Organisations keep the order they were given in.
    R"sql(
    CREATE TABLE organisation_record (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        body TEXT NOT NULL CHECK (json_valid(body) AND json_extract(body, '$.id') = id)
    ) STRICT;
    INSERT INTO organisation_record (id, position, body)
        SELECT o.id, row_number() OVER (ORDER BY o.name, o.id),
               json_set(o.extra, '$.id', o.id, '$.name', o.name, '$.kind', o.kind, '$.cbs_code', o.cbs_code,
                        '$.regions', json((SELECT json_group_array(region) FROM
                            (SELECT region FROM organisation_region r WHERE r.organisation_id = o.id ORDER BY position))))
        FROM organisation o;
    CREATE TABLE partnership_record (
        number INTEGER PRIMARY KEY,
        body TEXT NOT NULL CHECK (json_valid(body) AND json_extract(body, '$.number') = number)
    ) STRICT;
    INSERT INTO partnership_record (number, body)
        SELECT p.number,
               json_set(p.extra, '$.number', p.number, '$.name', p.name, '$.description', p.description,
                        '$.partners', json((SELECT json_group_array(organisation_id) FROM
                            (SELECT organisation_id FROM partnership_partner pp WHERE pp.number = p.number ORDER BY position))),
                        '$.scale', p.scale,
                        '$.legal_form', json_object('category', p.legal_form, 'text', p.legal_form_text),
                        '$.motives', json_object('categories', json((SELECT json_group_array(motive) FROM
                            (SELECT motive FROM partnership_motive m WHERE m.number = p.number ORDER BY position))),
                                                 'text', p.motives_text),
                        '$.decided_by', json_object('category', p.decided_by, 'text', p.decided_by_text),
                        '$.layer', p.layer, '$.status', p.status, '$.start_date', p.start_date,
                        '$.end_date', p.end_date, '$.source', p.source, '$.peildatum', p.peildatum,
                        '$.notes', p.notes, '$.revision', p.revision)
        FROM partnership p;
    -- Who takes part, derived from the record, for the foreign key.
    CREATE TABLE partner_link (
        number INTEGER NOT NULL REFERENCES partnership_record(number) ON DELETE CASCADE,
        organisation_id TEXT NOT NULL REFERENCES organisation_record(id),
        PRIMARY KEY (number, organisation_id)
    ) STRICT;
    CREATE INDEX partner_link_organisation ON partner_link(organisation_id);
    INSERT OR IGNORE INTO partner_link (number, organisation_id)
        SELECT r.number, j.value FROM partnership_record r, json_each(r.body, '$.partners') j;
    -- The dataset apart from its two lists (peildatum, source, notes,
    -- strategy, ...), as the codec writes it.
    INSERT OR REPLACE INTO meta (key, value)
        SELECT 'dataset_header',
               json_set(coalesce((SELECT value FROM meta WHERE key = 'dataset'), '{}'),
                        '$.peildatum', coalesce((SELECT value FROM meta WHERE key = 'peildatum'), ''),
                        '$.strategy', json(coalesce((SELECT content FROM strategy WHERE id = 1), '{}')));
    DELETE FROM meta WHERE key IN ('dataset', 'peildatum');
    DROP TABLE partnership_partner;
    DROP TABLE partnership_motive;
    DROP TABLE partnership;
    DROP TABLE organisation_region;
    DROP TABLE organisation;
    DROP TABLE strategy;
    )sql",
    // 4 -> 5: the council's P&C calendar (meeting dates, rules, the known
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

StorageFacts storage_facts(const std::string& dir) { return {platform::folder_writable(dir), platform::network_file_system(dir)}; }

namespace {

// Why opening or preparing `path` failed, for the console.
std::string open_error(const std::string& path, const DbError& e) {
    switch (e.code & 0xff) {
    case SQLITE_NOTADB: return path + " is geen SQLite-database van de monitor; het bestand is niet gewijzigd.";
    case SQLITE_CORRUPT: return path + " is beschadigd (" + e.what() + "); het bestand is niet gewijzigd. Zet een back-up terug.";
    case SQLITE_FULL: return "De schijf met " + path + " is vol; maak ruimte vrij en start opnieuw.";
    case SQLITE_IOERR: return "Lees- of schrijffout op de schijf met " + path + " (" + e.what() + "); controleer de schijf.";
    default: return "Kan de database niet openen: " + std::string(e.what());
    }
}

// A database that may be read but not written: no WAL switch, no migration.
void finish_read_only(Db& db, const std::string& path, int version, OpenResult& r) {
    if (version < kDatabaseVersion) {
        r.error = path + " moet worden bijgewerkt naar deze versie van de monitor, maar de gegevensmap is alleen-lezen; het bestand is niet gewijzigd.";
        db.close();
        return;
    }
    db.exec("PRAGMA foreign_keys=ON;");
    r.warning = "Let op: de gegevensmap van " + path + " is alleen-lezen (bijvoorbeeld een schijf of netwerkmap zonder schrijfrechten). "
                "De monitor toont de gegevens, maar slaat niets op: elke wijziging wordt geweigerd.";
    r.ok = true;
}

// WAL with full sync: a commit that returned is on disk, whatever happens to
// the process or the machine after. On a network file system WAL's shared
// memory is not safe: a rollback journal with full sync is.
void choose_journal(Db& db, const std::string& path, const StorageFacts& facts, OpenResult& r) {
    if (facts.network_fs.empty()) {
        db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
        return;
    }
    db.exec("PRAGMA journal_mode=DELETE; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
    r.warning = "Let op: de gegevensmap van " + path + " staat op een netwerkschijf (" + facts.network_fs +
                "). Daar is SQLite's WAL-modus niet veilig, dus werkt de monitor met een gewoon logbestand (journal_mode=DELETE). "
                "Open deze map met één monitor tegelijk; een map op de eigen schijf is het veiligst.";
}

} // namespace

OpenResult open_database(Db& db, const std::string& path) {
    const size_t slash = path.find_last_of("/\\");
    return open_database(db, path, storage_facts(slash == std::string::npos ? "." : path.substr(0, slash)));
}

OpenResult open_database(Db& db, const std::string& path, const StorageFacts& facts) {
    OpenResult r;
    r.created = !platform::file_exists(path);
    r.read_only = !facts.writable;
    if (r.read_only && r.created) {
        r.error = "De gegevensmap van " + path + " is alleen-lezen en er staat nog geen database in. Kies een map waarin de monitor mag schrijven (--data-dir).";
        return r;
    }
    const std::string wal = path + "-wal";
    if (const WalCheck w = check_wal(wal); w.damaged) {
        r.error = wal + " (het logbestand van de database) is beschadigd: " + w.detail +
                  ". De monitor start niet, zodat er geen opgeslagen wijziging verloren gaat; de bestanden zijn niet gewijzigd. Zet een back-up terug of vraag om hulp.";
        return r;
    }
    try {
        if (r.read_only) db.open_read_only(path, !platform::file_exists(wal));
        else db.open(path, true);
    } catch (const DbError& e) {
        r.error = open_error(path, e);
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
        if (r.read_only) {
            finish_read_only(db, path, version, r);
            return r;
        }
        choose_journal(db, path, facts, r);
        if (version > 0 && version < kDatabaseVersion) r.migrated_from = version;
        for (int v = version; v < kDatabaseVersion; ++v) {
            in_transaction(db, [&] {
                db.exec(kMigrations[v]);
                db.exec(("PRAGMA user_version=" + std::to_string(v + 1)).c_str());
            });
        }
    } catch (const DbError& e) {
        r.error = "Fout bij het voorbereiden van de database: " + open_error(path, e);
        db.close();
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace swm
