// A SQLite VFS for tests that models a power failure, the way SQLite's own
// crash tests do (src/test6.c): a shim over the default VFS keeps every write
// and truncation of a file in memory until the file's xSync, and a power
// loss keeps only a random part of what was not yet synced (none of it, at
// keep = 0). Reads see the unsynced writes, as they would see the OS cache.
// Creating and deleting files take effect at once (directory syncs are not
// modelled).
#pragma once
#include <cstdint>
#include <random>

namespace swm::test {

class PowerLossVfs {
public:
    // Registers the shim as SQLite's default VFS until destroyed.
    PowerLossVfs();
    ~PowerLossVfs();
    PowerLossVfs(const PowerLossVfs&) = delete;
    PowerLossVfs& operator=(const PowerLossVfs&) = delete;

    // The power fails just before the `n`-th write, truncation or sync from
    // now (counted over all files); 0 disarms.
    void fail_after(int n);
    // The power fails now.
    void fail_now();
    bool powered() const;
    // Power on again: what the power loss kept is on disk, the rest is gone
    // (including shared memory: the -shm files are removed). Each unsynced
    // write or truncation is kept with probability `keep`.
    void restore(std::mt19937& rng, double keep);

    // Syncs seen since construction: a test that relies on them can check
    // they happen at all.
    int64_t syncs() const;
};

} // namespace swm::test
