// One entry of the register's history: what changed (a partnership, a saved
// view, a snapshot or the whole register), when, by whom, and the record
// before and after, as their own codecs wrote them, so a change can be shown
// and undone.
#pragma once
#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace swm {

struct ChangeEntry {
    int64_t id = 0;
    std::string at;      // UTC, "YYYY-MM-DDTHH:MM:SSZ"
    std::string actor;   // who made it, as they named themselves
    std::string entity;  // "partnership", "view", "snapshot", "register"
    std::string key;     // the record's number or id; "*" for the register
    std::string action;  // "create", "update", "delete", "restore", "import", "seed"
    nlohmann::json before = nullptr;  // null: there was nothing (create), or left out of a list
    nlohmann::json after = nullptr;   // null: nothing is left (delete)

    friend bool operator==(const ChangeEntry& a, const ChangeEntry& b) {
        return a.id == b.id && a.at == b.at && a.actor == b.actor && a.entity == b.entity && a.key == b.key &&
               a.action == b.action && a.before == b.before && a.after == b.after;
    }
};

} // namespace swm
