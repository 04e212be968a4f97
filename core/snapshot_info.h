// A dated copy of the register ("momentopname" at a peildatum): what the
// list of snapshots shows; the register itself is a Dataset.
#pragma once
#include <cstdint>
#include <string>

namespace swm {

struct SnapshotInfo {
    int64_t id = 0;
    std::string name;
    std::string peildatum;  // the reference date the user gave
    std::string taken_at;   // UTC, when it was made
    std::string actor;

    friend bool operator==(const SnapshotInfo& a, const SnapshotInfo& b) {
        return a.id == b.id && a.name == b.name && a.peildatum == b.peildatum && a.taken_at == b.taken_at &&
               a.actor == b.actor;
    }
};

// What a user gives to make one.
struct SnapshotRequest {
    std::string name;
    std::string peildatum;
};

} // namespace swm
