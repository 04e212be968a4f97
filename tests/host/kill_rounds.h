// SIGKILL during a stream of writes, against the real executable: six
// connections send writes back to back (new partnerships, edits, snapshots),
// a killer sends SIGKILL at a random moment while requests are in flight,
// and after a restart every write that got its 2xx must be there. Shared by
// the fault test (a few rounds) and the soak benchmark (bench/soak_bench.cpp).
#pragma once
#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <string>

namespace swm::test {

// What the data folder must hold, across rounds.
struct AckedWrites {
    std::map<int64_t, std::string> created;  // number -> name
    std::map<int64_t, int64_t> edited;       // number -> highest acknowledged sequence in its notes
    std::set<std::string> snapshots;
    int64_t serial = 0;                      // makes every write's content unique
};

struct KillRound {
    int acknowledged = 0;  // 2xx answers in this round
    int in_flight = 0;     // requests sent and unanswered when the kill came
    int refused = 0;       // non-2xx answers (there should be none)
    int lost = 0;          // acknowledged writes (of any round) missing after the restart
    std::string lost_detail;
    std::string integrity; // PRAGMA integrity_check after the restart
};

// One round on `data_dir`: start, write, kill `kill_after_ms` after the tenth
// acknowledged write, restart, check everything in `acked`, stop.
KillRound kill_during_writes(const std::string& data_dir, int kill_after_ms, AckedWrites& acked);

// PRAGMA integrity_check of the database, opened read-only.
std::string integrity_check(const std::string& db_path);

} // namespace swm::test
