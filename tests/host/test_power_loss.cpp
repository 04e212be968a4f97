// Power loss, in-process: the monitor's own DataFolder, Store and SQLite
// settings on a VFS that drops every write not yet synced when the power
// fails (power_loss_vfs.h). The power fails at a random write or sync,
// often inside a transaction or a checkpoint; after power comes back, every
// write that Store acknowledged must be there and the file must be sound.
// A variant with synchronous=OFF shows that the test notices lost writes.
#include "power_loss_vfs.h"
#include "monitor_process.h"

#include "native-host/data_folder.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using nlohmann::json;
using swm::test::PowerLossVfs;
using swm::test::TempDir;

namespace {

// What the register must hold after a power loss: for each edited record the
// notes it may have (the last acknowledged, or one whose write was cut off),
// and the records and snapshots whose creation was acknowledged.
struct Expected {
    std::map<int64_t, std::set<std::string>> notes;
    std::set<int64_t> created;
    std::set<std::string> snapshots;
};

struct Outcome {
    int acknowledged = 0;
    int lost = 0;
    int unsound = 0;  // reopenings where the file failed its check
};

std::string integrity(swm::Db& db) {
    swm::Stmt s = db.prepare("PRAGMA integrity_check");
    return s.step() ? s.text(0) : "no answer";
}

// Counts acknowledged writes missing from `store`, then narrows `expected`
// to what is there now.
int count_lost(swm::Store& store, Expected& expected) {
    int lost = 0;
    for (auto& [number, allowed] : expected.notes) {
        const auto p = store.partnership(number);
        const std::string now = p ? p->value("notes", "") : "<gone>";
        if (!allowed.count(now)) ++lost;
        allowed = {now};
    }
    std::set<std::string> taken;
    for (const auto& s : store.snapshots()) taken.insert(s["name"].get<std::string>());
    // Each lost write counts once: then it is no longer expected.
    for (auto it = expected.created.begin(); it != expected.created.end();)
        it = store.partnership(*it) ? std::next(it) : (++lost, expected.created.erase(it));
    for (auto it = expected.snapshots.begin(); it != expected.snapshots.end();)
        it = taken.count(*it) ? std::next(it) : (++lost, expected.snapshots.erase(it));
    return lost;
}

// One write picked at random; it records what it would change before it
// runs, and what it changed once acknowledged. Throws when the power fails.
void random_write(swm::Store& store, std::mt19937& rng, Expected& expected, int& serial, Outcome& outcome) {
    const std::string tag = "schrijfactie " + std::to_string(++serial);
    const int kind = std::uniform_int_distribution<int>(0, 9)(rng);
    if (kind < 6) {
        const int64_t number = std::uniform_int_distribution<int64_t>(1, 6)(rng);
        json p = *store.partnership(number);
        p["notes"] = tag + std::string(size_t(std::uniform_int_distribution<int>(0, 3000)(rng)), 'x');
        auto& allowed = expected.notes[number];
        if (allowed.empty()) allowed.insert(store.partnership(number)->value("notes", ""));
        allowed.insert(p["notes"].get<std::string>());
        const auto r = store.update(number, p["revision"].get<int64_t>(), p, "test");  // throws when the power fails
        REQUIRE(r.outcome == swm::WriteOutcome::ok);
        allowed = {p["notes"].get<std::string>()};
    } else if (kind < 9) {
        json p = *store.partnership(2);
        const int64_t number = 1000 + serial;
        p["number"] = number;
        p["name"] = tag;
        const auto r = store.create(p, "test");
        REQUIRE(r.outcome == swm::WriteOutcome::ok);
        expected.created.insert(number);
    } else {
        store.take_snapshot(tag, "2026-12", "test");
        expected.snapshots.insert(tag);
    }
    ++outcome.acknowledged;
}

// `rounds` times: open the folder, check what the last power loss left, then
// write until the power fails at a random write or sync.
Outcome power_loss_rounds(const char* synchronous, double keep, int rounds, uint32_t seed) {
    TempDir dir;
    PowerLossVfs vfs;
    std::mt19937 rng(seed);
    Expected expected;
    Outcome outcome;
    int serial = 0;
    for (int round = 0; round < rounds; ++round) {
        {
            swm::DataFolder folder;
            std::string error;
            if (!folder.open(dir.path, error)) {
                ++outcome.unsound;
                INFO("round " << round << ": " << error);
                CHECK(std::string(synchronous) != "FULL");
                break;
            }
            const std::string check = integrity(folder.db);
            INFO("round " << round << ": integrity_check " << check);
            CHECK((check == "ok" || std::string(synchronous) != "FULL"));
            outcome.lost += count_lost(*folder.store, expected);
            folder.db.exec((std::string("PRAGMA synchronous=") + synchronous).c_str());
            vfs.fail_after(std::uniform_int_distribution<int>(1, 250)(rng));
            try {
                for (int i = 0; i < 12 && vfs.powered(); ++i) random_write(*folder.store, rng, expected, serial, outcome);
            } catch (const swm::DbError&) {
                CHECK_FALSE(vfs.powered());  // only the power failure may stop a write
            }
            vfs.fail_now();
        }
        vfs.restore(rng, keep);
    }
    return outcome;
}

} // namespace

TEST_CASE("power loss: every write Store acknowledged survives, and the file stays sound") {
    // keep 0: the disk lost everything not synced; 0.5: a random half of it
    // reached the platter, in any order, as a disk's write cache allows.
    for (const double keep : {0.0, 0.5}) {
        const Outcome o = power_loss_rounds("FULL", keep, 80, keep == 0.0 ? 16u : 1016u);
        INFO("keep " << keep << ": " << o.acknowledged << " acknowledged writes");
        CHECK(o.acknowledged > 60);
        CHECK(o.lost == 0);
        CHECK(o.unsound == 0);
    }
}

TEST_CASE("power loss: the same test catches lost writes when SQLite does not sync (synchronous=OFF)") {
    const Outcome o = power_loss_rounds("OFF", 0.0, 20, 99u);
    INFO(o.acknowledged << " acknowledged writes, " << o.lost << " lost, " << o.unsound << " unsound reopenings");
    CHECK(o.acknowledged > 0);
    CHECK(o.lost + o.unsound > 0);
}
