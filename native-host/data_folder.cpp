#include "native-host/data_folder.h"

#include "native-host/clock.h"
#include "native-host/platform.h"
#include "native-host/register_service.h"

#include "core/json_codec.h"

#include <cstdio>
#include <ctime>
#include <stdexcept>

extern const unsigned char data_default_deck[];
extern const unsigned long long data_default_deck_size;

namespace swm {

namespace {

// The deck of assets/data/default-deck.json: its views first, then the deck
// pointing at them by the ids they got.
void seed_default_deck(Store& store) {
    const Decoded<nlohmann::json> parsed =
        parse_json({reinterpret_cast<const char*>(data_default_deck), size_t(data_default_deck_size)});
    if (!parsed.ok()) throw std::runtime_error("embedded default deck is not valid JSON");
    const nlohmann::json& d = parsed.value;
    std::vector<int64_t> ids;
    for (const auto& v : d.at("views")) {
        const SavedView view{0, v.at("name").get<std::string>(), SavedViewKind::view, v.at("state"), 1};
        ids.push_back(store.create_view(view, "samenwerkingsmonitor").record.at("id").get<int64_t>());
    }
    nlohmann::json slides = nlohmann::json::array();
    for (const auto& s : d.at("deck").at("slides"))
        slides.push_back({{"title", s.at("title")}, {"view_id", ids.at(s.at("view").get<size_t>())}});
    const SavedView deck{0, d.at("deck").at("name").get<std::string>(), SavedViewKind::deck, {{"slides", slides}}, 1};
    store.create_view(deck, "samenwerkingsmonitor");
}

} // namespace

bool DataFolder::open(const std::string& requested, std::string& error) {
    if (!open_unseeded(requested, error)) return false;
    seed_if_new();
    return true;
}

bool DataFolder::open_unseeded(const std::string& requested, std::string& error) {
    dir = requested.empty() ? platform::default_data_dir() : requested;
    if (!platform::make_dirs(dir, error)) {
        error = "Kan de gegevensmap niet maken: " + error;
        return false;
    }
    db_path = platform::join_path(dir, "monitor.sqlite");
    const OpenResult opened = open_database(db, db_path);
    if (!opened.ok) {
        error = opened.error;
        return false;
    }
    if (!opened.warning.empty()) std::fprintf(stderr, "%s\n", opened.warning.c_str());
    store = std::make_unique<Store>(db);
    if (opened.migrated_from > 0 && opened.migrated_from < 4) store->restore_lost_gr_kind(default_dataset(), "samenwerkingsmonitor");
    return true;
}

bool DataFolder::needs_seed() { return store->empty(); }

void DataFolder::seed_if_new() {
    if (store->empty()) {
        // First start: the 2014 register, its snapshot as the first peildatum
        // to compare against and the default deck, all or nothing, so a kill
        // during seeding leaves an empty database that seeds again.
        const Dataset seed = default_dataset();
        in_transaction(db, [&] {
            store->replace_dataset(seed, "samenwerkingsmonitor", "seed");
            store->take_snapshot("november 2014", seed.peildatum, "samenwerkingsmonitor");
            seed_default_deck(*store);
        });
    }
}

std::string DataFolder::backup(std::string& error) {
    const std::string backups = platform::join_path(dir, "backups");
    if (!platform::make_dirs(backups, error)) return {};
    const std::string stamp = utc_stamp();
    std::string path = platform::join_path(backups, std::string("monitor-") + stamp + ".sqlite");
    for (int n = 2; platform::file_exists(path); ++n)
        path = platform::join_path(backups, std::string("monitor-") + stamp + "-" + std::to_string(n) + ".sqlite");
    sqlite3* target = nullptr;
    if (sqlite3_open_v2(path.c_str(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        error = sqlite3_errmsg(target);
        sqlite3_close(target);
        return {};
    }
    sqlite3_backup* b = sqlite3_backup_init(target, "main", db.handle(), "main");
    int rc = b ? sqlite3_backup_step(b, -1) : sqlite3_errcode(target);
    if (b) sqlite3_backup_finish(b);
    if (rc == SQLITE_DONE) rc = sqlite3_errcode(target);
    const bool ok = rc == SQLITE_OK || rc == SQLITE_DONE;
    if (!ok) error = sqlite3_errmsg(target);
    sqlite3_close(target);
    return ok ? path : std::string();
}

} // namespace swm
