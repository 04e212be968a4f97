// The register's dated snapshots ("momentopnamen" at a peildatum) on their
// own screen: make one with a name and a peildatum, list them, compare any
// two or one with the register now (core's labelled comparison), and open
// one to read the register as it was, without any way to change it.
#pragma once
#include "core/dataset.h"
#include "core/dataset_comparison.h"
#include "core/snapshot_info.h"
#include "core/validation_error.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace swm::web {

class App;
struct AppState;

// "november 2014  (november 2014)": the name and the peildatum in words.
std::string snapshot_label(const SnapshotInfo& s);

class SnapshotsPanel {
public:
    // Fetches the list of snapshots.
    void start();
    // The register changed: a comparison with now is fetched again.
    void dataset_changed();
    void draw(App& app, const AppState& state);
    nlohmann::json state() const;

private:
    std::vector<SnapshotInfo> snapshots_;
    std::string list_error_;

    // Making one.
    std::string name_;
    std::string peildatum_;
    ValidationErrors make_errors_;  // core's, or the host's 422
    std::string make_error_;        // the host refused otherwise
    bool making_ = false;
    std::optional<SnapshotInfo> made_;

    // Comparing two: `with_` 0 is the register now.
    long long from_ = 0;
    long long with_ = 0;
    std::optional<DatasetComparison> comparison_;
    std::string compare_error_;
    bool comparing_ = false;

    // One opened to read.
    long long opened_id_ = 0;
    std::optional<Dataset> opened_;
    std::string open_error_;

    void make(App& app);
    void compare();
    void open(long long id);
    const SnapshotInfo* find(long long id) const;
    void draw_make(App& app, const AppState& state);
    void draw_list();
    void draw_compare(App& app);
    void draw_opened();
};

} // namespace swm::web
