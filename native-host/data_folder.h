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
    // The same in two steps, for the server to seed while the page loads:
    // open_unseeded leaves a new database empty; seed_if_new fills it (or
    // throws DbError, leaving it empty).
    bool open_unseeded(const std::string& dir_or_default, std::string& error);
    bool needs_seed();
    void seed_if_new();
    // Copies the database (consistently, through SQLite's backup API) to
    // backups/monitor-<UTC time>.sqlite; returns its path or empty.
    std::string backup(std::string& error);
};

} // namespace swm
