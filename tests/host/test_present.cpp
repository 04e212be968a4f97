// `samenwerkingsmonitor --present`: the host for a council session. It
// refuses every write, and the browser is sent to the presentation.
#include "monitor_process.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using swm::test::MonitorProcess;
using swm::test::TempDir;
using nlohmann::json;

TEST_CASE("Presentation mode (--present) prints and opens the URL of the presentation") {
    TempDir dir;
    MonitorProcess m(dir.path, {"--present"});
    const std::string url = "http://127.0.0.1:" + std::to_string(m.port()) + "/#login=";
    CHECK(m.printed().find("draait op " + url + m.login_secret() + "&present\n") != std::string::npos);
    CHECK(m.printed().find("Alleen-lezen") != std::string::npos);
    // Read-only, yet the link signs in: reading needs the session too.
    auto dataset = m.client().Get("/api/dataset");
    REQUIRE(dataset);
    CHECK(dataset->status == 200);
    // A second start on the same data goes to the running monitor, still to the deck.
    const auto again = swm::test::run_exe({"--present", "--no-browser", "--data-dir", dir.path});
    CHECK(again.exit_code == 0);
    CHECK(again.out.find(url) != std::string::npos);
    CHECK(again.out.find("&present") != std::string::npos);
}

TEST_CASE("Presentation mode (--present) refuses every write, with the credential and from the page's origin") {
    TempDir dir;
    MonitorProcess m(dir.path, {"--present"});
    auto c = m.client();
    auto version = c.Get("/api/version");
    REQUIRE(version);
    CHECK(json::parse(version->body)["read_only"] == true);

    // The default deck is there to present, and can be read.
    auto views = c.Get("/api/views");
    REQUIRE(views);
    REQUIRE(views->status == 200);
    const json list = json::parse(views->body)["views"];
    long long deck = 0;
    for (const auto& v : list)
        if (v["kind"] == "deck") deck = v["id"].get<long long>();
    REQUIRE(deck > 0);

    const json view = {{"name", "Beleid"}, {"kind", "view"}, {"state", {{"view", "register"}}}};
    const std::string id = std::to_string(deck);
    struct Write {
        const char* method;
        std::string path;
        std::string body;
    };
    const Write writes[] = {
        {"POST", "/api/views", view.dump()},
        {"PUT", "/api/views/" + id, json{{"name", "x"}, {"kind", "deck"}, {"state", {{"slides", json::array()}}}, {"revision", 1}}.dump()},
        {"DELETE", "/api/views/" + id + "?revision=1", ""},
        {"PUT", "/api/partnerships/24", "{}"},
        {"DELETE", "/api/partnerships/24?revision=1", ""},
        {"POST", "/api/changes/1/restore", "{}"},
        {"POST", "/api/snapshots", json{{"name", "nu"}, {"peildatum", "2014-11"}}.dump()},
    };
    for (const auto& w : writes) {
        INFO(w.method << " " << w.path);
        httplib::Result res = std::string(w.method) == "POST"  ? c.Post(w.path, m.write_headers(), w.body, "application/json")
                              : std::string(w.method) == "PUT" ? c.Put(w.path, m.write_headers(), w.body, "application/json")
                                                               : c.Delete(w.path, m.write_headers());
        REQUIRE(res);
        CHECK(res->status == 403);
        CHECK(json::parse(res->body)["error"] == "read_only");
    }
    // Nothing changed.
    auto after = c.Get("/api/views");
    REQUIRE(after);
    CHECK(json::parse(after->body)["views"] == list);
}
