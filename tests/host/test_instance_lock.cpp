// One monitor per data folder: a second start finds the running one (and
// would open the browser there, signed in with a fresh link) instead of
// failing on the port; a lock left by a crash does not get in the way.
#include "monitor_process.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using swm::test::MonitorProcess;
using swm::test::TempDir;
using swm::test::run_exe;

namespace {

std::string lock_file(const std::string& dir) {
    std::ifstream in(dir + "/monitor.lock", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return in ? text.str() : std::string();
}

std::string url_of(const MonitorProcess& m) { return "http://" + m.host() + "/"; }

} // namespace

TEST_CASE("a second start on the same data folder goes to the running monitor") {
    TempDir dir;
    MonitorProcess m(dir.path);
    CHECK(lock_file(dir.path).find("url=" + url_of(m) + "\n") != std::string::npos);
    // The same port on purpose: without the lock it would fail to bind.
    const auto second = run_exe({"--no-browser", "--port", std::to_string(m.port()), "--data-dir", dir.path});
    CHECK(second.exit_code == 0);
    CHECK(second.out.find(url_of(m) + "#login=") != std::string::npos);
    CHECK(m.client().Get("/api/version"));
}

TEST_CASE("another data folder on a taken port is still an error") {
    TempDir one, two;
    MonitorProcess m(one.path);
    const auto second = run_exe({"--no-browser", "--port", std::to_string(m.port()), "--data-dir", two.path});
    CHECK(second.exit_code == 2);
    CHECK(second.err.find("al in gebruik") != std::string::npos);
}

TEST_CASE("a clean stop removes the lock, a crash's lock does not block the next start") {
    TempDir dir;
    {
        MonitorProcess m(dir.path);
        REQUIRE(m.client().Get("/api/version"));  // serving, so Ctrl-C cannot come before the server listens
        CHECK(m.stop() == 0);
        CHECK(lock_file(dir.path).empty());
    }
    std::string crashed_url;
    {
        MonitorProcess m(dir.path);
        crashed_url = url_of(m);
        m.kill_hard();
        CHECK(lock_file(dir.path).find(crashed_url) != std::string::npos);
    }
    MonitorProcess next(dir.path);
    REQUIRE(next.client().Get("/api/version"));
    CHECK(lock_file(dir.path).find("url=" + url_of(next) + "\n") != std::string::npos);
}
