// "Peildata en bestanden": the register's snapshots on one tab, its import
// and export on the other.
#pragma once
#include "import_export_panel.h"
#include "snapshots_panel.h"

#include <nlohmann/json.hpp>

namespace swm::web {

class App;
struct AppState;

class DataView {
public:
    void start() { snapshots_.start(); }
    void dataset_changed() { snapshots_.dataset_changed(); }
    void snapshots_changed() { snapshots_.start(); }
    void draw(App& app, const AppState& state);
    nlohmann::json state() const;

private:
    bool files_tab_ = false;  // the import and export part is shown
    SnapshotsPanel snapshots_;
    ImportExportPanel files_;
};

} // namespace swm::web
