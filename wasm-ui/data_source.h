// Where the UI's data comes from: every read goes through here, so a later
// offline snapshot can answer from embedded JSON instead of the host's API.
// Each call answers asynchronously with either a value or a readable error.
#pragma once
#include "core/dataset.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>

namespace swm::web {

template <class T>
struct Loaded {
    T value{};
    std::string error;  // empty when value is valid; already in the UI language
    bool ok() const { return error.empty(); }
};

using DatasetFn = std::function<void(Loaded<Dataset>)>;
using JsonFn = std::function<void(Loaded<nlohmann::json>)>;

void load_version(JsonFn done);                       // {name, version, read_only, ...}
void load_dataset(DatasetFn done);                    // the whole register, decoded by core
void load_history(int number, JsonFn done);           // {changes: [...]}
void load_snapshots(JsonFn done);                     // {snapshots: [...]}
void load_snapshot_comparison(long long snapshot_id, JsonFn done);  // with the current register

// Turns an HTTP answer into JSON or a readable error; shared with the writes.
Loaded<nlohmann::json> read_response(int status, const std::string& body);

} // namespace swm::web
