// What the UI's import and snapshot screens ask of the host: a dry run of an
// import that answers what it would change and changes nothing, and the
// comparison of any two snapshots. The real executable on 127.0.0.1.
#include "monitor_process.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

using swm::test::MonitorProcess;
using swm::test::TempDir;
using nlohmann::json;

namespace {

json preview_json(MonitorProcess& m, const std::string& path, int expect = 200) {
    auto res = m.client().Get(path);
    REQUIRE(res);
    INFO(path << " -> " << res->body.substr(0, 400));
    REQUIRE(res->status == expect);
    return json::parse(res->body);
}

httplib::Result post(MonitorProcess& m, const std::string& path, const std::string& body, const char* type) {
    auto c = m.client();
    return c.Post(path, m.write_headers(), body, type);
}

size_t backups_in(const std::string& dir) {
    const std::filesystem::path folder = std::filesystem::path(dir) / "backups";
    if (!std::filesystem::exists(folder)) return 0;
    return size_t(std::distance(std::filesystem::directory_iterator(folder), std::filesystem::directory_iterator()));
}

const json* partnership_in(const json& list, int number) {
    for (const auto& p : list)
        if (p["number"] == number) return &p;
    return nullptr;
}

} // namespace

TEST_CASE("an import preview answers what the file would change and changes nothing") {
    TempDir dir;
    MonitorProcess m(dir.path);
    json file = preview_json(m, "/api/export");
    json& list = file["partnerships"];
    json* renamed = nullptr;
    for (auto& p : list)
        if (p["number"] == 7) renamed = &p;
    REQUIRE(renamed);
    const std::string old_name = (*renamed)["name"];
    (*renamed)["name"] = "Veiligheidsregio Twente (VRT)";
    list.erase(std::remove_if(list.begin(), list.end(), [](const json& p) { return p["number"] == 30; }), list.end());

    const json before = preview_json(m, "/api/dataset");
    const size_t changes_before = preview_json(m, "/api/changes")["changes"].size();
    auto res = post(m, "/api/import?format=json&preview=1", file.dump(), "application/json");
    REQUIRE(res);
    INFO(res->body.substr(0, 600));
    REQUIRE(res->status == 200);
    const json preview = json::parse(res->body);
    CHECK(preview["added"].empty());
    REQUIRE(preview["removed"].size() == 1);
    CHECK(preview["removed"][0]["number"] == 30);
    REQUIRE(preview["changed"].size() == 1);
    const json& change = preview["changed"][0];
    CHECK(change["number"] == 7);
    REQUIRE(change["fields"].size() == 1);
    CHECK(change["fields"][0]["field"] == "name");
    CHECK(change["fields"][0]["label"]["nl"] == "Naam");
    CHECK(change["fields"][0]["before_text"]["nl"] == old_name);
    CHECK(change["fields"][0]["after_text"]["nl"] == "Veiligheidsregio Twente (VRT)");

    CHECK(preview_json(m, "/api/dataset") == before);
    CHECK(preview_json(m, "/api/changes")["changes"].size() == changes_before);
    CHECK(backups_in(dir.path) == 0);

    // The same file imported for real does what the preview said, with a backup.
    res = post(m, "/api/import?format=json", file.dump(), "application/json");
    REQUIRE(res);
    REQUIRE(res->status == 200);
    CHECK(backups_in(dir.path) == 1);
    const json after = preview_json(m, "/api/partnerships");
    CHECK((*partnership_in(after["partnerships"], 7))["name"] == "Veiligheidsregio Twente (VRT)");
    CHECK(partnership_in(after["partnerships"], 30) == nullptr);
}

TEST_CASE("a refused file in a preview names row and column and changes nothing") {
    TempDir dir;
    MonitorProcess m(dir.path);
    auto exported = m.client().Get("/api/export?format=csv");
    REQUIRE(exported);
    std::string csv = exported->body;
    const size_t at = csv.find(";MT;");
    REQUIRE(at != std::string::npos);
    csv.replace(at, 4, ";Zuid;");
    const json before = preview_json(m, "/api/dataset");
    auto res = post(m, "/api/import?format=csv&preview=1", csv, "text/csv");
    REQUIRE(res);
    CHECK(res->status == 422);
    const json rows = json::parse(res->body)["rows"];
    REQUIRE(rows.size() >= 1);
    CHECK(rows[0]["row"] == 2);
    CHECK(rows[0]["column"] == "schaal");
    CHECK(preview_json(m, "/api/dataset") == before);
    CHECK(backups_in(dir.path) == 0);
}

TEST_CASE("two snapshots compare with each other, and a snapshot reads as the register it was") {
    TempDir dir;
    MonitorProcess m(dir.path);
    auto snapshot = [&m](const std::string& name, const std::string& peildatum) {
        auto res = post(m, "/api/snapshots", json{{"name", name}, {"peildatum", peildatum}}.dump(), "application/json");
        REQUIRE(res);
        REQUIRE(res->status == 201);
        return std::to_string(json::parse(res->body)["id"].get<int64_t>());
    };
    auto rename = [&m](int number, const std::string& name) {
        json p = preview_json(m, "/api/partnerships/" + std::to_string(number));
        p["name"] = name;
        auto c = m.client();
        auto res = c.Put("/api/partnerships/" + std::to_string(number), m.write_headers(), p.dump(), "application/json");
        REQUIRE(res);
        REQUIRE(res->status == 200);
    };
    const std::string first = snapshot("voorjaar 2026", "2026-04");
    rename(12, "Landinrichtingscommissie Enter-Zuid");
    const std::string second = snapshot("najaar 2026", "2026-10");
    rename(5, "Sociale Recherche Twente en Salland");

    const json between = preview_json(m, "/api/snapshots/" + first + "/compare?with=" + second);
    REQUIRE(between["changed"].size() == 1);
    CHECK(between["changed"][0]["number"] == 12);
    CHECK(between["changed"][0]["fields"][0]["after_text"]["nl"] == "Landinrichtingscommissie Enter-Zuid");
    CHECK(between["added"].empty());
    CHECK(between["removed"].empty());

    const json since = preview_json(m, "/api/snapshots/" + second + "/compare?with=now");
    REQUIRE(since["changed"].size() == 1);
    CHECK(since["changed"][0]["number"] == 5);

    const json back = preview_json(m, "/api/snapshots/" + second + "/compare?with=" + first);
    REQUIRE(back["changed"].size() == 1);
    CHECK(back["changed"][0]["fields"][0]["before_text"]["nl"] == "Landinrichtingscommissie Enter-Zuid");

    preview_json(m, "/api/snapshots/" + first + "/compare?with=9999", 404);
    preview_json(m, "/api/snapshots/9999", 404);
    const json then = preview_json(m, "/api/snapshots/" + second);
    CHECK((*partnership_in(then["partnerships"], 12))["name"] == "Landinrichtingscommissie Enter-Zuid");
    CHECK((*partnership_in(then["partnerships"], 5))["name"] == "Sociale Recherche Twente");
}
