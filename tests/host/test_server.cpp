// The executable as a user and a hostile web page meet it: started on
// 127.0.0.1 with a temporary data folder, spoken to over HTTP.
#include "monitor_process.h"

#include "native-host/gzip.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <csignal>
#include <cstdint>
#include <fstream>
#include <sqlite3.h>

using swm::test::MonitorProcess;
using swm::test::TempDir;
using nlohmann::json;

namespace {

// CRC-32 as gzip uses it (IEEE 802.3, reflected), bit by bit: slow but plain.
uint32_t crc32(const std::string& data) {
    uint32_t crc = 0xFFFFFFFFu;
    for (unsigned char byte : data) {
        crc ^= byte;
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

} // namespace

TEST_CASE("the page is served with a strict content security policy, without a session and without a credential in it") {
    TempDir dir;
    MonitorProcess m(dir.path);
    auto res = m.anonymous_client().Get("/");
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(res->get_header_value("Content-Type").find("text/html") == 0);
    CHECK(res->get_header_value("Content-Security-Policy").find("frame-ancestors 'none'") != std::string::npos);
    CHECK(res->get_header_value("Referrer-Policy") == "no-referrer");
    // The whole UI is in the one page: the wasm is inlined, nothing else is fetched.
    CHECK(res->body.find("data:application/octet-stream;base64,") != std::string::npos);
    CHECK(m.credential().size() == 48);
    CHECK(res->body.find(m.credential()) == std::string::npos);
}

TEST_CASE("version endpoint answers JSON") {
    TempDir dir;
    MonitorProcess m(dir.path);
    auto res = m.client().Get("/api/version");
    REQUIRE(res);
    CHECK(res->status == 200);
    const json j = json::parse(res->body);
    CHECK(j["name"] == "Samenwerkingsmonitor");
    CHECK_FALSE(j["version"].get<std::string>().empty());
}

TEST_CASE("requests for another host name are refused (DNS rebinding)") {
    TempDir dir;
    MonitorProcess m(dir.path);
    auto res = m.client().Get("/api/version", {{"Host", "attacker.example"}});
    REQUIRE(res);
    CHECK(res->status == 403);
    CHECK(json::parse(res->body)["error"] == "bad_host");
    res = m.client().Get("/", {{"Host", "attacker.example:" + std::to_string(m.port())}});
    REQUIRE(res);
    CHECK(res->status == 403);
    for (const std::string host : {"localhost:", "127.0.0.1:"}) {
        res = m.client().Get("/api/version", {{"Host", host + std::to_string(m.port())}});
        REQUIRE(res);
        CHECK(res->status == 200);
    }
}

TEST_CASE("writes need the session's credential and the same origin") {
    TempDir dir;
    MonitorProcess m(dir.path);
    auto c = m.anonymous_client();
    auto res = c.Post("/api/partnerships", "{}", "application/json");
    REQUIRE(res);
    CHECK(res->status == 401);
    CHECK(json::parse(res->body)["error"] == "no_session");

    httplib::Headers wrong = {{"Authorization", "Bearer " + std::string(48, '0')}};
    res = c.Post("/api/partnerships", wrong, "{}", "application/json");
    REQUIRE(res);
    CHECK(res->status == 401);
    // The old header is no key.
    res = c.Post("/api/partnerships", {{"X-SWM-Token", m.credential()}}, "{}", "application/json");
    REQUIRE(res);
    CHECK(res->status == 401);

    httplib::Headers other_site = {{"Authorization", "Bearer " + m.credential()}, {"Origin", "http://attacker.example"}};
    res = c.Post("/api/partnerships", other_site, "{}", "application/json");
    REQUIRE(res);
    CHECK(res->status == 403);
    CHECK(json::parse(res->body)["error"] == "bad_origin");
}

TEST_CASE("read-only mode refuses every write") {
    TempDir dir;
    MonitorProcess m(dir.path, {"--read-only"});
    auto res = m.client().Post("/api/partnerships", m.write_headers(), "{}", "application/json");
    REQUIRE(res);
    CHECK(res->status == 403);
    CHECK(json::parse(res->body)["error"] == "read_only");
}

TEST_CASE("unknown routes get a JSON 404, oversized bodies a 413") {
    TempDir dir;
    MonitorProcess m(dir.path);
    auto res = m.client().Get("/api/does-not-exist");
    REQUIRE(res);
    CHECK(res->status == 404);
    CHECK(json::parse(res->body)["error"] == "not_found");
    res = m.client().Get("/no/such/page");
    REQUIRE(res);
    CHECK(res->status == 404);
    CHECK(json::parse(res->body)["error"] == "not_found");

    const std::string big(2 << 20, 'x');
    res = m.client().Post("/api/partnerships", m.write_headers(), big, "application/json");
    REQUIRE(res);
    CHECK(res->status == 413);
}

TEST_CASE("Ctrl-C stops the monitor cleanly") {
    TempDir dir;
    MonitorProcess m(dir.path);
    CHECK(m.stop() == 0);
}

// The stop request comes on a thread of its own; before the server listens
// it used to find the server already freed by main (ASan: heap-use-after-free
// on that thread). Moments from before the handler exists to serving.
TEST_CASE("Ctrl-C at any moment of the start ends the monitor and leaves the register whole") {
    TempDir dir;
    for (int after_us = 0; after_us <= 60000; after_us += 1500) {
        INFO("SIGINT " << after_us << " microseconds after the start");
        const int status = swm::test::interrupt_during_start(dir.path, after_us);
        // Before the handler is there, SIGINT ends the process as it always does.
        CHECK((status == 0 || status == 128 + SIGINT));
    }
    MonitorProcess m(dir.path);
    auto res = m.client().Get("/api/partnerships");
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(json::parse(res->body)["partnerships"].size() == 33);
    CHECK(m.stop() == 0);
}

TEST_CASE("a taken port gets a clear message") {
    TempDir a, b;
    MonitorProcess m(a.path);
    auto r = swm::test::run_exe({"--no-browser", "--port", std::to_string(m.port()), "--data-dir", b.path});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("al in gebruik") != std::string::npos);
}

TEST_CASE("a file that is not a database is refused and left untouched") {
    TempDir dir;
    const std::string path = dir.path + "/monitor.sqlite";
    const std::string content = "dit is geen database\n";
    { std::ofstream(path) << content; }
    auto r = swm::test::run_exe({"--no-browser", "--port", "0", "--data-dir", dir.path});
    CHECK(r.exit_code != 0);
    CHECK(r.err.find("geen SQLite-database") != std::string::npos);
    std::ifstream in(path);
    std::string after((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(after == content);
}

TEST_CASE("command line: help, version and bad options") {
    auto r = swm::test::run_exe({"--help"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("--data-dir") != std::string::npos);
    r = swm::test::run_exe({"--version"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("samenwerkingsmonitor ") == 0);
    r = swm::test::run_exe({"--port", "99999"});
    CHECK(r.exit_code == 64);
    CHECK(r.err.find("--port") != std::string::npos);
}

TEST_CASE("the page is served gzip-compressed at build time, with an ETag, and raw to clients without gzip") {
    TempDir dir;
    MonitorProcess m(dir.path);
    auto c = m.client();
    c.set_decompress(false);
    auto gz = c.Get("/", {{"Accept-Encoding", "gzip"}});
    auto raw = c.Get("/", {{"Accept-Encoding", "identity"}});
    REQUIRE(gz);
    REQUIRE(raw);
    CHECK(gz->get_header_value("Content-Encoding") == "gzip");
    CHECK(raw->get_header_value("Content-Encoding").empty());
    CHECK(gz->body.size() * 2 < raw->body.size());
    // gzip magic once: not compressed twice.
    CHECK(static_cast<unsigned char>(gz->body[0]) == 0x1f);
    CHECK(static_cast<unsigned char>(gz->body[1]) == 0x8b);
    const std::string etag = gz->get_header_value("ETag");
    CHECK_FALSE(etag.empty());
    auto again = c.Get("/", {{"If-None-Match", etag}});
    REQUIRE(again);
    CHECK(again->status == 304);
    // Both are the same page: gzip's trailer holds the CRC-32 and the size
    // of what it compressed.
    const std::string& z = gz->body;
    REQUIRE(z.size() > 8);
    const auto le32 = [&z](size_t at) {
        uint32_t v = 0;
        for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(z[at + size_t(i)]);
        return v;
    };
    CHECK(le32(z.size() - 4) == uint32_t(raw->body.size()));
    CHECK(le32(z.size() - 8) == crc32(raw->body));
}

TEST_CASE("the UI's wasm is served beside the page: gzip, the same bytes plain, with an ETag, without a session") {
    TempDir dir;
    MonitorProcess m(dir.path);
    auto c = m.anonymous_client();  // the page loads it before anyone has signed in
    c.set_decompress(false);
    auto gz = c.Get("/ui.wasm", {{"Accept-Encoding", "gzip"}});
    auto raw = c.Get("/ui.wasm");
    REQUIRE(gz);
    REQUIRE(raw);
    REQUIRE(gz->status == 200);
    REQUIRE(raw->status == 200);
    // instantiateStreaming takes only this type.
    CHECK(raw->get_header_value("Content-Type") == "application/wasm");
    CHECK(gz->get_header_value("Content-Encoding") == "gzip");
    CHECK(raw->body.substr(0, 4) == std::string("\0asm", 4));
    CHECK(swm::gzip_inflate(gz->body) == raw->body);
    CHECK(gz->body.size() * 3 < raw->body.size() * 2);
    auto again = c.Get("/ui.wasm", {{"If-None-Match", gz->get_header_value("ETag")}, {"Accept-Encoding", "gzip"}});
    REQUIRE(again);
    CHECK(again->status == 304);
}

TEST_CASE("a database made by a newer version is refused and left untouched") {
    TempDir dir;
    REQUIRE(swm::test::run_exe({"export", "--data-dir", dir.path}).exit_code == 0);
    const std::string path = dir.path + "/monitor.sqlite";
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA user_version=999", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    std::ifstream before_in(path, std::ios::binary);
    const std::string before((std::istreambuf_iterator<char>(before_in)), std::istreambuf_iterator<char>());

    auto r = swm::test::run_exe({"--no-browser", "--port", "0", "--data-dir", dir.path});
    CHECK(r.exit_code != 0);
    CHECK(r.err.find("nieuwere versie") != std::string::npos);
    std::ifstream after_in(path, std::ios::binary);
    const std::string after((std::istreambuf_iterator<char>(after_in)), std::istreambuf_iterator<char>());
    CHECK(after == before);
}
