#include "native-host/wal_check.h"

#include "native-host/platform.h"

#include <cstdint>

namespace swm {
namespace {

// The file format of https://sqlite.org/fileformat2.html#walformat.
constexpr size_t kWalHeader = 32;
constexpr size_t kFrameHeader = 24;

uint32_t big_endian(const std::string& b, size_t at) {
    auto u = [&](size_t i) { return uint32_t(static_cast<unsigned char>(b[at + i])); };
    return u(0) << 24 | u(1) << 16 | u(2) << 8 | u(3);
}

uint32_t native_word(const std::string& b, size_t at, bool big) {
    if (big) return big_endian(b, at);
    auto u = [&](size_t i) { return uint32_t(static_cast<unsigned char>(b[at + i])); };
    return u(3) << 24 | u(2) << 16 | u(1) << 8 | u(0);
}

// SQLite's WAL checksum over b[at, at + n), continuing from s0, s1.
void checksum(const std::string& b, size_t at, size_t n, bool big, uint32_t& s0, uint32_t& s1) {
    for (size_t i = at; i < at + n; i += 8) {
        s0 += native_word(b, i, big) + s1;
        s1 += native_word(b, i + 4, big) + s0;
    }
}

} // namespace

WalCheck check_wal(const std::string& wal_path) {
    WalCheck r;
    std::string b, error;
    if (!platform::read_file(wal_path, b, error) || b.size() < kWalHeader) return r;
    const uint32_t magic = big_endian(b, 0);
    if (magic != 0x377f0682 && magic != 0x377f0683) return r;  // SQLite ignores it; so may we (see header)
    const bool big = magic & 1;
    const uint32_t page_size = big_endian(b, 8);
    uint32_t s0 = 0, s1 = 0;
    checksum(b, 0, 24, big, s0, s1);
    // A header torn by a crash belongs to a log whose older content was
    // already in the database: nothing committed hangs on it.
    if (s0 != big_endian(b, 24) || s1 != big_endian(b, 28) || page_size < 512 || page_size > 65536) return r;
    const uint32_t salt1 = big_endian(b, 16), salt2 = big_endian(b, 20);
    const size_t frame = kFrameHeader + page_size;
    // Frames verify in a chain from the header; SQLite stops at the first
    // that does not. From there, continue the chain from that frame's own
    // stored checksum: a frame whose content was damaged after it was
    // written still carries the right value, so the frames after it verify.
    long first_bad = -1;
    int commits_after = 0;
    for (size_t i = 0; kWalHeader + (i + 1) * frame <= b.size(); ++i) {
        const size_t at = kWalHeader + i * frame;
        const bool ours = big_endian(b, at + 8) == salt1 && big_endian(b, at + 12) == salt2;
        if (!ours && first_bad < 0) continue;  // a frame of an older log generation
        if (!ours) break;
        uint32_t c0 = s0, c1 = s1;
        checksum(b, at, 8, big, c0, c1);
        checksum(b, at + kFrameHeader, page_size, big, c0, c1);
        const bool verifies = c0 == big_endian(b, at + 16) && c1 == big_endian(b, at + 20);
        s0 = big_endian(b, at + 16);
        s1 = big_endian(b, at + 20);
        if (first_bad < 0 && verifies) continue;
        if (first_bad >= 0 && !verifies) break;  // a write cut off, or leftovers: what SQLite ignores
        if (first_bad < 0) first_bad = long(i);
        // With synchronous=FULL a transaction is written only after the one
        // before it was synced: a second commit after the damaged frame
        // means a transaction that was complete on disk is damaged.
        if (big_endian(b, at + 4) != 0 && ++commits_after == 2) {
            r.damaged = true;
            r.detail = "frame " + std::to_string(first_bad + 1) + " klopt niet, terwijl er daarna nog vastgelegde transacties staan";
            return r;
        }
    }
    return r;
}

} // namespace swm
