// A look at a database's write-ahead log before SQLite opens it. SQLite
// treats every frame after a checksum failure as never written, which is
// right for a write cut off by a crash, but it would also silently drop
// committed transactions after a damaged frame, and then checkpoint and
// delete the log. The difference: a frame damaged after it was written
// still carries its right checksum, so the chain goes on from it; and with
// synchronous=FULL a transaction is written only after the one before it was
// synced, so two commits down that chain mean damage, not a cut-off write.
#pragma once
#include <string>

namespace swm {

struct WalCheck {
    bool damaged = false;
    std::string detail;  // which frame, for the message
};

// Reads `wal_path` (absent or empty: nothing to check).
WalCheck check_wal(const std::string& wal_path);

} // namespace swm
