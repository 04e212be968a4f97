// What GET /api/version says of the running program: its name and build,
// and whether this client may write (read-only for another machine, for a
// read-only data folder and in an offline snapshot, which also says when it
// was made). Public: a second start reads it to find a running monitor.
#pragma once
#include "core/json_codec.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace swm {

struct OfflineSnapshotOrigin {
    std::string made_at;    // UTC
    std::string peildatum;  // of the register it holds

    friend bool operator==(const OfflineSnapshotOrigin& a, const OfflineSnapshotOrigin& b) {
        return a.made_at == b.made_at && a.peildatum == b.peildatum;
    }
};

struct VersionInfo {
    std::string name = "Samenwerkingsmonitor";
    std::string version;
    std::string commit;
    std::string build_date;
    bool read_only = false;
    std::optional<OfflineSnapshotOrigin> snapshot;  // only in an offline snapshot

    friend bool operator==(const VersionInfo& a, const VersionInfo& b) {
        return a.name == b.name && a.version == b.version && a.commit == b.commit && a.build_date == b.build_date &&
               a.read_only == b.read_only && a.snapshot == b.snapshot;
    }
};

// {"name", "version", "commit", "build_date", "read_only", "snapshot": {"made_at", "peildatum"} | absent}
nlohmann::json encode_version_info(const VersionInfo& v);
Decoded<VersionInfo> decode_version_info(const nlohmann::json& j);

} // namespace swm
