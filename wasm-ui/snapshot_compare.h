// The current register compared with a saved snapshot (the host's
// /api/snapshots/ID/compare?with=now): what was added, what is no longer
// there, and which fields changed, with the labels and values in words that
// core gave them (the printed report shows the same).
#pragma once
#include "core/dataset_comparison.h"
#include "core/snapshot_info.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace swm::web {

class App;

class SnapshotCompare {
public:
    // Fetches the list of snapshots.
    void start();
    // The register changed: a shown comparison is fetched again.
    void refresh();
    void draw(App& app);
    nlohmann::json state() const;
    // The snapshot compared with (0: none), as a saved view records it.
    long long chosen() const { return chosen_; }
    void choose(long long id);

private:
    std::vector<SnapshotInfo> snapshots_;
    std::string error_;
    long long chosen_ = 0;  // snapshot id; 0: none chosen
    std::optional<DatasetComparison> result_;  // core's comparison, labelled; none until fetched
    bool comparing_ = false;

    void compare(long long id);
};

} // namespace swm::web
