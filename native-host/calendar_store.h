// The council's P&C calendar document in SQLite (table council_calendar),
// stored whole in the contract of core/pc_calendar_codec.h, with optimistic
// locking on its revision and every write in the history (entity
// "calendar"). Its own connection, like the map's, so its writes never
// interleave with Store's transactions.
#pragma once
#include "native-host/sqlite_db.h"

#include <nlohmann/json.hpp>

#include <mutex>
#include <optional>
#include <string>

namespace swm {

struct CalendarWrite {
    bool stale = false;       // based on an old revision: nothing written
    nlohmann::json document;  // as stored after the write, or the current one when stale
    int64_t change_id = 0;
};

class CalendarStore {
public:
    explicit CalendarStore(const std::string& db_path);

    // The stored document, or nullopt before the first write.
    std::optional<nlohmann::json> document();
    // Stores `document` (already checked by core) as revision base + 1.
    CalendarWrite write(int64_t base_revision, nlohmann::json document, const std::string& actor);
    // The newest history entry of the whole database: it grows with every
    // change of anything, so the calendar export's SEQUENCE never goes back.
    int64_t latest_change();

private:
    Db db_;
    std::mutex mutex_;
};

} // namespace swm
