#include "native-host/calendar_store.h"

#include "native-host/clock.h"

namespace swm {

using nlohmann::json;

CalendarStore::CalendarStore(const std::string& db_path) { db_.open(db_path, false); }

std::optional<json> CalendarStore::document() {
    std::lock_guard lock(mutex_);
    Stmt s = db_.prepare("SELECT content FROM council_calendar WHERE id = 1");
    if (!s.step()) return std::nullopt;
    return json::parse(s.text(0));
}

CalendarWrite CalendarStore::write(int64_t base_revision, json document, const std::string& actor) {
    std::lock_guard lock(mutex_);
    return in_transaction(db_, [&] {
        CalendarWrite w;
        Stmt current = db_.prepare("SELECT content, revision FROM council_calendar WHERE id = 1");
        json before = nullptr;
        int64_t revision = 1;  // the default document before any write
        if (current.step()) {
            before = json::parse(current.text(0));
            revision = current.int64(1);
        }
        if (base_revision != revision) {
            w.stale = true;
            w.document = before;
            return w;
        }
        document["revision"] = revision + 1;
        const std::string text = document.dump(-1, ' ', false, json::error_handler_t::strict);
        db_.prepare("INSERT OR REPLACE INTO council_calendar (id, content, revision) VALUES (1, ?, ?)")
            .bind(1, text)
            .bind(2, revision + 1)
            .run();
        db_.prepare("INSERT INTO change (at, actor, entity, entity_key, action, before, after) VALUES (?,?,?,?,?,?,?)")
            .bind(1, utc_now())
            .bind(2, actor)
            .bind(3, "calendar")
            .bind(4, "1")
            .bind(5, before.is_null() ? "create" : "update")
            .bind(6, before.is_null() ? std::optional<std::string>() : std::optional<std::string>(before.dump()))
            .bind(7, std::optional<std::string>(text))
            .run();
        w.change_id = db_.last_insert_id();
        w.document = std::move(document);
        return w;
    });
}

int64_t CalendarStore::latest_change() {
    std::lock_guard lock(mutex_);
    Stmt s = db_.prepare("SELECT coalesce(max(id), 0) FROM change");
    s.step();
    return s.int64(0);
}

} // namespace swm
