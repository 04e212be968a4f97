// Faults against the real executable: SIGKILL while writes are in flight,
// a full disk, a read-only data folder, a damaged database or WAL. What is
// acknowledged is never lost, a refusal says why in Dutch, a damaged file
// is left as it was.
#include "kill_rounds.h"
#include "monitor_process.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <sys/mount.h>
#include <unistd.h>

using nlohmann::json;
using swm::test::MonitorProcess;
using swm::test::TempDir;

TEST_CASE("SIGKILL while writes are in flight on six connections loses no acknowledged write and leaves a sound file") {
    TempDir dir;
    swm::test::AckedWrites acked;
    std::mt19937 rng(20261201);
    int in_flight = 0, acknowledged = 0;
    for (int round = 0; round < 6; ++round) {
        const int after_ms = std::uniform_int_distribution<int>(30, 400)(rng);
        const auto r = swm::test::kill_during_writes(dir.path, after_ms, acked);
        INFO("round " << round << ": killed after " << after_ms << " ms, " << r.acknowledged << " acknowledged, "
                      << r.in_flight << " in flight; lost: " << r.lost_detail);
        CHECK(r.lost == 0);
        CHECK(r.refused == 0);
        CHECK(r.integrity == "ok");
        in_flight += r.in_flight;
        acknowledged += r.acknowledged;
    }
    // The kill came while requests were waiting for their answer, and there
    // was something to lose.
    CHECK(in_flight > 0);
    CHECK(acked.created.size() > 20);
    CHECK(acked.edited.size() == 1);
    CHECK(acknowledged > 50);
}

namespace {

// A small tmpfs mounted over a temporary folder, for a disk that fills up
// or turns read-only. Needs root (CI runs as root); without it the tests
// that need one say so and skip.
struct TmpfsMount {
    TempDir dir;
    std::string why_not;  // empty when mounted
    explicit TmpfsMount(const char* options) {
        if (mount("tmpfs", dir.path.c_str(), "tmpfs", 0, options) != 0) why_not = std::strerror(errno);
    }
    ~TmpfsMount() {
        if (why_not.empty()) umount2(dir.path.c_str(), MNT_DETACH);
    }
    bool remount_read_only(const char* options) {
        return mount(nullptr, dir.path.c_str(), nullptr, MS_REMOUNT | MS_RDONLY, options) == 0;
    }
};

#define SKIP_WITHOUT_MOUNT(m)                                                                            \
    if (!(m).why_not.empty()) {                                                                          \
        WARN("skipped: mounting a tmpfs is not permitted here (" << (m).why_not << "); run as root to test"); \
        return;                                                                                          \
    }

swm::test::Answer write_json(MonitorProcess& m, const std::string& method, const std::string& path, const json& body) {
    auto c = m.client();
    auto res = method == "PUT" ? c.Put(path.c_str(), m.write_headers(), body.dump(), "application/json")
                               : c.Post(path.c_str(), m.write_headers(), body.dump(), "application/json");
    REQUIRE(res);
    return {res->status, json::parse(res->body, nullptr, false)};
}

json read_json(MonitorProcess& m, const std::string& path) {
    auto res = m.client().Get(path.c_str());
    REQUIRE(res);
    REQUIRE(res->status == 200);
    return json::parse(res->body);
}

// Sets partnership 7's notes; the answer as it came.
swm::test::Answer edit_notes(MonitorProcess& m, const std::string& notes) {
    json p = read_json(m, "/api/partnerships/7");
    p["notes"] = notes;
    return write_json(m, "PUT", "/api/partnerships/7", p);
}

// The bytes of each file, to show they were left as they were.
std::vector<std::string> contents(const std::vector<std::string>& paths) {
    std::vector<std::string> out;
    for (const auto& p : paths) out.push_back(swm::test::read_text(p));
    return out;
}

} // namespace

TEST_CASE("a full disk: the write is refused with 507 disk_full in Dutch, reads go on, nothing acknowledged is lost") {
    TmpfsMount disk("size=6m");
    SKIP_WITHOUT_MOUNT(disk);
    const std::string& dir = disk.dir.path;
    std::string acked;
    {
        MonitorProcess m(dir);
        acked = "Opgeslagen voordat de schijf vol was.";
        REQUIRE(edit_notes(m, acked).status == 200);
        // Fill the disk to the last byte.
        {
            std::ofstream fill(dir + "/vulling", std::ios::binary);
            const std::string block(65536, 'v');
            for (int i = 0; i < 200 && fill; ++i) fill.write(block.data(), std::streamsize(block.size())) << std::flush;
        }
        // The log may still have room for a write or two; those count as saved.
        swm::test::Answer refused{0, {}};
        for (int i = 0; i < 200; ++i) {
            const std::string notes = "Schrijfpoging " + std::to_string(i) + " " + std::string(3000, 'n');
            refused = edit_notes(m, notes);
            if (refused.status != 200) break;
            acked = notes;
        }
        INFO(refused.body.dump());
        CHECK(refused.status == 507);
        CHECK(refused.body.value("error", "") == "disk_full");
        CHECK(refused.body.value("message", "").find("schijf met de gegevensmap is vol") != std::string::npos);
        // Reading goes on, with what was saved.
        CHECK(read_json(m, "/api/partnerships/7")["notes"] == acked);
        CHECK(read_json(m, "/api/partnerships")["total"] == 33);
        // Room again: the next write is saved, without a restart.
        REQUIRE(std::remove((dir + "/vulling").c_str()) == 0);
        acked = "Opgeslagen nadat er weer ruimte was.";
        CHECK(edit_notes(m, acked).status == 200);
        m.kill_hard();
    }
    MonitorProcess again(dir);
    CHECK(read_json(again, "/api/partnerships/7")["notes"] == acked);
    CHECK(swm::test::integrity_check(dir + "/monitor.sqlite") == "ok");
}

TEST_CASE("a read-only data folder: the register is served with a warning, every write refused with 503, files untouched") {
    TmpfsMount disk("size=16m");
    SKIP_WITHOUT_MOUNT(disk);
    const std::string& dir = disk.dir.path;
    const std::string acked = "Opgeslagen voordat de map alleen-lezen werd.";
    {
        MonitorProcess m(dir);
        REQUIRE(edit_notes(m, acked).status == 200);
        m.kill_hard();  // the write is in the -wal file only, not yet in the database
    }
    REQUIRE(disk.remount_read_only("size=16m"));
    const std::vector<std::string> files = {dir + "/monitor.sqlite", dir + "/monitor.sqlite-wal"};
    const auto before = contents(files);
    REQUIRE(before[1].size() > 0);
    {
        MonitorProcess m(dir);
        CHECK(read_json(m, "/api/partnerships/7")["notes"] == acked);
        CHECK(read_json(m, "/api/partnerships")["total"] == 33);
        const auto refused = edit_notes(m, "Dit mag niet worden opgeslagen.");
        CHECK(refused.status == 503);
        CHECK(refused.body.value("error", "") == "read_only_storage");
        CHECK(refused.body.value("message", "").find("alleen-lezen") != std::string::npos);
        const auto snapshot = write_json(m, "POST", "/api/snapshots", {{"name", "Alleen-lezen"}, {"peildatum", "2026-12"}});
        CHECK(snapshot.status == 503);
        CHECK(read_json(m, "/api/partnerships/7")["notes"] == acked);
        CHECK(m.stop() == 0);
    }
    CHECK(contents(files) == before);
    // The console says why before anything is refused.
    const auto exported = swm::test::run_exe({"export", "--data-dir", dir, "--format", "json"});
    CHECK(exported.exit_code == 0);
    CHECK(exported.err.find("alleen-lezen") != std::string::npos);
    CHECK(json::parse(exported.out)["partnerships"].size() == 33);
}

TEST_CASE("a read-only data folder after a clean stop (no -wal file) is served read-only too") {
    TmpfsMount disk("size=16m");
    SKIP_WITHOUT_MOUNT(disk);
    const std::string& dir = disk.dir.path;
    const std::string acked = "Opgeslagen en netjes afgesloten.";
    {
        MonitorProcess m(dir);
        REQUIRE(edit_notes(m, acked).status == 200);
        REQUIRE(m.stop() == 0);
    }
    REQUIRE(disk.remount_read_only("size=16m"));
    const auto before = contents({dir + "/monitor.sqlite"});
    MonitorProcess m(dir);
    CHECK(read_json(m, "/api/partnerships/7")["notes"] == acked);
    CHECK(edit_notes(m, "Dit mag niet worden opgeslagen.").body.value("error", "") == "read_only_storage");
    CHECK(m.stop() == 0);
    CHECK(contents({dir + "/monitor.sqlite"}) == before);
}

TEST_CASE("a read-only data folder without a database: a clear refusal to start") {
    TmpfsMount disk("size=1m");
    SKIP_WITHOUT_MOUNT(disk);
    REQUIRE(disk.remount_read_only("size=1m"));
    const auto r = swm::test::run_exe({"--no-browser", "--port", "0", "--data-dir", disk.dir.path});
    CHECK(r.exit_code != 0);
    CHECK(r.err.find("alleen-lezen") != std::string::npos);
}

namespace {

// A data folder with the seed and three acknowledged edits, left by a kill
// so the edits are in the -wal file; or, after a clean stop, all in the
// database file.
std::string prepared_folder(const std::string& dir, bool clean_stop) {
    MonitorProcess m(dir);
    for (int i = 1; i <= 3; ++i) REQUIRE(edit_notes(m, "Bewerking " + std::to_string(i)).status == 200);
    if (clean_stop) REQUIRE(m.stop() == 0);
    else m.kill_hard();
    return dir + "/monitor.sqlite";
}

void overwrite(const std::string& path, size_t at, const std::string& bytes) {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(std::streamoff(at));
    f.write(bytes.data(), std::streamsize(bytes.size()));
}

swm::test::RunResult start_once(const std::string& dir) {
    return swm::test::run_exe({"--no-browser", "--port", "0", "--data-dir", dir});
}

} // namespace

TEST_CASE("a truncated database is refused with a clear message and left as it was") {
    TempDir dir;
    const std::string db = prepared_folder(dir.path, true);
    const std::string whole = swm::test::read_text(db);
    REQUIRE(whole.size() > 16 * 4096);
    REQUIRE(truncate(db.c_str(), off_t(whole.size() / 2)) == 0);
    const std::string cut = swm::test::read_text(db);
    const auto r = start_once(dir.path);
    CHECK(r.exit_code != 0);
    INFO(r.err);
    CHECK(r.err.find("is beschadigd") != std::string::npos);
    CHECK(r.err.find("niet gewijzigd") != std::string::npos);
    CHECK(swm::test::read_text(db) == cut);
}

TEST_CASE("a database with a damaged page is refused with a clear message and left as it was") {
    TempDir dir;
    const std::string db = prepared_folder(dir.path, true);
    std::mt19937 rng(7);
    std::string noise(4096, '\0');
    for (char& c : noise) c = char(rng());
    overwrite(db, 4 * 4096, noise);  // page 5: one of the register's tables
    const std::string damaged = swm::test::read_text(db);
    const auto r = start_once(dir.path);
    CHECK(r.exit_code != 0);
    INFO(r.err);
    CHECK(r.err.find("is beschadigd") != std::string::npos);
    CHECK(swm::test::read_text(db) == damaged);
}

TEST_CASE("a damaged -wal file with committed writes after the damage is refused, both files left as they were") {
    TempDir dir;
    const std::string db = prepared_folder(dir.path, false);
    const std::string wal = db + "-wal";
    REQUIRE(swm::test::read_text(wal).size() > 32 + 4 * (24 + 4096));
    overwrite(wal, 32 + 24 + 100, "beschadigd");  // inside the first frame's page
    const auto before = contents({db, wal});
    const auto r = start_once(dir.path);
    CHECK(r.exit_code != 0);
    INFO(r.err);
    CHECK(r.err.find("logbestand") != std::string::npos);
    CHECK(r.err.find("niet gewijzigd") != std::string::npos);
    CHECK(contents({db, wal}) == before);
}

TEST_CASE("a -wal file cut off in its last write is not damage: the monitor starts with every complete write") {
    TempDir dir;
    const std::string db = prepared_folder(dir.path, false);
    const std::string wal = db + "-wal";
    const std::string log = swm::test::read_text(wal);
    // A crash in the middle of writing the last frame: its page half there.
    REQUIRE(truncate(wal.c_str(), off_t(log.size() - 2000)) == 0);
    MonitorProcess m(dir.path);
    CHECK(read_json(m, "/api/partnerships/7")["notes"] == "Bewerking 2");
}
