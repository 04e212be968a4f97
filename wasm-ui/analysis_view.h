// Counts over the register (following the register's filter): bars by scale,
// legal form, motive, who decides and task layer, the crosstab task layer x
// scale, the overview of November 2014's own tally checked against the
// register, and a comparison with a snapshot. Clicking a bar or a cell
// filters the register on that value and shows it.
#pragma once
#include "snapshot_compare.h"

#include <nlohmann/json.hpp>

namespace swm::web {

class App;
struct AppState;

class AnalysisView {
public:
    void start() { compare_.start(); }
    void dataset_changed() { compare_.refresh(); }
    void draw(App& app, AppState& state);
    nlohmann::json state(const AppState& state) const;
    SnapshotCompare& comparison() { return compare_; }
    const SnapshotCompare& comparison() const { return compare_; }

private:
    SnapshotCompare compare_;
};

} // namespace swm::web
