// The data folder of a monitor: where its database lives, opening it (seeded
// with the 2014 register on first use) and backups before risky writes.
#pragma once
#include "native-host/database.h"
#include "native-host/store.h"

#include <memory>
#include <string>

namespace swm {

struct DataFolder {
    std::string dir;
    std::string db_path;
    Db db;
    std::unique_ptr<Store> store;

    // Opens the folder's database, creating and seeding it if new. On failure
    // returns false with a Dutch message in `error`; nothing was changed.
    bool open(const std::string& dir_or_default, std::string& error);
    // Copies the database (consistently, through SQLite's backup API) to
    // backups/monitor-<UTC time>.sqlite; returns its path or empty.
    std::string backup(std::string& error);
};

} // namespace swm
