// A first start on a new data folder: the monitor prints its link and serves
// the page at once, and seeds the 2014 register meanwhile; no request for
// data ever sees the database before the seed is whole.
#include "monitor_process.h"

#include "native-host/database.h"
#include "native-host/startup_gate.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <future>
#include <sqlite3.h>
#include <thread>

using swm::test::MonitorProcess;
using swm::test::TempDir;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

// A new folder's database, made (schema, no register) and then held by a
// write transaction of another program, so the monitor's seed has to wait.
struct LockedNewFolder {
    TempDir dir;
    sqlite3* other = nullptr;
    LockedNewFolder() {
        const std::string path = dir.path + "/monitor.sqlite";
        {
            swm::Db db;
            REQUIRE(swm::open_database(db, path).ok);
        }
        REQUIRE(sqlite3_open(path.c_str(), &other) == SQLITE_OK);
        REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    void release() {
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
        other = nullptr;
    }
    ~LockedNewFolder() {
        if (other) release();
    }
};

} // namespace

TEST_CASE("the startup gate holds requests until the folder is ready, and gives the fault when it cannot be") {
    swm::ApiError fault;
    swm::StartupGate open_gate;
    CHECK(open_gate.pass(fault));  // a folder that needed no seed

    swm::StartupGate gate;
    gate.hold();
    std::atomic<bool> passed{false};
    std::thread waiter([&] {
        swm::ApiError f;
        passed = gate.pass(f);
    });
    std::this_thread::sleep_for(100ms);
    CHECK_FALSE(passed);
    gate.open();
    waiter.join();
    CHECK(passed);

    swm::StartupGate failing;
    failing.hold();
    auto answer = std::async(std::launch::async, [&] {
        swm::ApiError f;
        return failing.pass(f) ? std::string("passed") : f.code;
    });
    CHECK(answer.wait_for(100ms) == std::future_status::timeout);
    failing.fail(swm::api_error(503, "busy", "api.busy"));
    CHECK(answer.get() == "busy");
}

TEST_CASE("a first start answers its first requests with the whole 2014 register, snapshot and deck") {
    for (int round = 0; round < 4; ++round) {
        INFO("round " << round);
        TempDir dir;
        MonitorProcess m(dir.path);
        // Asked the moment the link is printed, while the seed runs.
        auto client = m.client();
        auto partnerships = client.Get("/api/partnerships");
        REQUIRE(partnerships);
        CHECK(partnerships->status == 200);
        CHECK(json::parse(partnerships->body)["partnerships"].size() == 33);
        auto snapshots = client.Get("/api/snapshots");
        REQUIRE(snapshots);
        CHECK(snapshots->body.find("november 2014") != std::string::npos);
        auto views = client.Get("/api/views");
        REQUIRE(views);
        CHECK(views->status == 200);
        CHECK(views->body.find("\"deck\"") != std::string::npos);
        CHECK(m.stop() == 0);
    }
}

TEST_CASE("while a first start seeds, the page is served and requests for data wait for the register") {
    LockedNewFolder folder;
    MonitorProcess m(folder.dir.path);
    auto page = m.anonymous_client().Get("/");
    REQUIRE(page);
    CHECK(page->status == 200);
    auto partnerships = std::async(std::launch::async, [&] { return m.client().Get("/api/partnerships"); });
    CHECK(partnerships.wait_for(500ms) == std::future_status::timeout);
    folder.release();
    auto res = partnerships.get();
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(json::parse(res->body)["partnerships"].size() == 33);
    CHECK(m.stop() == 0);
}

TEST_CASE("a first start that cannot seed answers why, stops, and seeds at the next start") {
    LockedNewFolder folder;
    {
        MonitorProcess m(folder.dir.path);
        // The seed waits SQLite's busy timeout (5 s) for the other program, then gives up.
        auto res = m.anonymous_client().Post("/api/login", json{{"secret", m.login_secret()}}.dump(), "application/json");
        REQUIRE(res);
        CHECK(res->status == 503);
        CHECK(json::parse(res->body)["error"] == "busy");
        CHECK(m.stop() == 1);
    }
    folder.release();
    MonitorProcess again(folder.dir.path);
    auto res = again.client().Get("/api/partnerships");
    REQUIRE(res);
    CHECK(json::parse(res->body)["partnerships"].size() == 33);
    CHECK(again.stop() == 0);
}
