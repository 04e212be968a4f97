#include "core/snapshot_request_codec.h"

namespace swm {

nlohmann::json encode_snapshot_request(const SnapshotRequest& r) { return {{"name", r.name}, {"peildatum", r.peildatum}}; }

} // namespace swm
