// Where the UI's data comes from: every read goes through here, so a later
// offline snapshot can answer from embedded JSON instead of the host's API.
// Each call answers asynchronously with either a value or a readable error.
#pragma once
#include "core/change_entry.h"
#include "core/dataset.h"
#include "core/dataset_comparison.h"
#include "core/pc_calendar.h"
#include "core/snapshot_info.h"
#include "core/version_info.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

namespace swm::web {

template <class T>
struct Loaded {
    T value{};
    std::string error;  // empty when value is valid; already in the UI language
    bool ok() const { return error.empty(); }
};

using DatasetFn = std::function<void(Loaded<Dataset>)>;
using JsonFn = std::function<void(Loaded<nlohmann::json>)>;

void load_version(std::function<void(Loaded<VersionInfo>)> done);
void load_dataset(DatasetFn done);                    // the whole register, decoded by core
void load_history(int number, std::function<void(Loaded<std::vector<ChangeEntry>>)> done);
void load_snapshots(std::function<void(Loaded<std::vector<SnapshotInfo>>)> done);
// The snapshot compared with the current register, labelled by core.
void load_snapshot_comparison(long long snapshot_id, std::function<void(Loaded<DatasetComparison>)> done);
// Snapshot `from_id` compared with snapshot `with_id` (0: the register now).
void load_snapshots_comparison(long long from_id, long long with_id, std::function<void(Loaded<DatasetComparison>)> done);
// The register as it was at a snapshot.
void load_snapshot_dataset(long long snapshot_id, DatasetFn done);

// The council calendar's stored document, checked against the register `d`
// (which must outlive the call: the App's).
void load_council_calendar(const Dataset& d, std::function<void(Loaded<CouncilCalendar>)> done);

// Turns an HTTP answer into JSON or a readable error (the host's message in
// the UI's language); shared with the writes.
Loaded<nlohmann::json> read_response(int status, const std::string& body);

} // namespace swm::web
