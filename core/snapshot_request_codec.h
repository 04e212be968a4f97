// The request to make a snapshot as a client writes it (the UI); the host
// reads it with decode_snapshot_request (json_codec.h).
#pragma once
#include "core/snapshot_info.h"

#include <nlohmann/json.hpp>

namespace swm {

// {"name", "peildatum"}
nlohmann::json encode_snapshot_request(const SnapshotRequest& r);

} // namespace swm
