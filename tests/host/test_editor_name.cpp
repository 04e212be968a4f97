// Who makes a change: the name the UI sends percent-encoded in X-SWM-User
// reaches the history exactly, a malformed one is refused before anything is
// written, and files meant for others leave the names out.
#include "monitor_process.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using swm::test::MonitorProcess;
using swm::test::TempDir;
using nlohmann::json;

namespace {

json editor_json(MonitorProcess& m, const std::string& path) {
    auto res = m.client().Get(path);
    REQUIRE(res);
    REQUIRE(res->status == 200);
    return json::parse(res->body);
}

// PUT of partnership `number` with its description changed, as `editor` (raw header text).
httplib::Result put_as(MonitorProcess& m, int number, const std::string& editor, const std::string& description) {
    json p = editor_json(m, "/api/partnerships/" + std::to_string(number));
    p["description"] = description;
    httplib::Headers h = m.write_headers();
    h.emplace("X-SWM-User", editor);
    return m.client().Put("/api/partnerships/" + std::to_string(number), h, p.dump(), "application/json");
}

std::string last_actor(MonitorProcess& m, int number) {
    const json changes = editor_json(m, "/api/partnerships/" + std::to_string(number) + "/history")["changes"];
    REQUIRE_FALSE(changes.empty());
    return changes.front()["actor"];
}

json embedded_responses_of(const std::string& html) {
    const std::string open = "<script type=\"application/json\" id=\"swm-snapshot\">";
    const size_t at = html.find(open);
    REQUIRE(at != std::string::npos);
    const size_t end = html.find("</script>", at);
    return json::parse(html.substr(at + open.size(), end - at - open.size()));
}

} // namespace

TEST_CASE("editor: a percent-encoded name with diacritics is in the history exactly, decoded once") {
    TempDir dir;
    MonitorProcess m(dir.path);
    auto r = put_as(m, 3, "Zo%C3%AB%20%C3%8Blberts", "door Zoë");
    REQUIRE(r);
    CHECK(r->status == 200);
    CHECK(last_actor(m, 3) == "Zoë Ëlberts");
    // '%' itself travels as %25: "100%41" must not become "100A" by a second decoding.
    r = put_as(m, 3, "Team%20100%2541", "door het team");
    REQUIRE(r);
    CHECK(r->status == 200);
    CHECK(last_actor(m, 3) == "Team 100%41");
    // Without the header the OS user stands in, as before.
    r = put_as(m, 3, "", "zonder naam");
    REQUIRE(r);
    CHECK(r->status == 200);
    CHECK_FALSE(last_actor(m, 3).empty());
    CHECK(last_actor(m, 3) != "Team 100%41");
}

TEST_CASE("editor: a malformed X-SWM-User gets 422 bad_editor and nothing is written") {
    TempDir dir;
    MonitorProcess m(dir.path);
    const json before = editor_json(m, "/api/partnerships/4");
    const size_t changes_before = editor_json(m, "/api/changes")["changes"].size();
    const size_t snapshots_before = editor_json(m, "/api/snapshots")["snapshots"].size();
    const std::pair<std::string, std::string> bad[] = {
        {"Zo%C3", "validation.editor_name_utf8"},           // a sequence cut short
        {"Zo%EB", "validation.editor_name_utf8"},           // Latin-1, not UTF-8
        {"Zo\xEB", "validation.editor_name_utf8"},          // a raw Latin-1 byte in the header
        {"Anne%0Aroot", "validation.editor_name_control"},  // a line break forging a second name
        {"Anne%00", "validation.editor_name_control"},
        {std::string(81, 'a'), "validation.editor_name_too_long"},
        {"%20%20", "validation.editor_name_empty"},
    };
    for (const auto& [header, key] : bad) {
        INFO(header);
        auto r = put_as(m, 4, header, "mag niet");
        REQUIRE(r);
        CHECK(r->status == 422);
        const json e = json::parse(r->body);
        CHECK(e["error"] == "bad_editor");
        REQUIRE(e["fields"].size() == 1);
        CHECK(e["fields"][0]["field"] == "X-SWM-User");
        CHECK(e["fields"][0]["key"] == key);
        CHECK_FALSE(e["message"].get<std::string>().empty());
    }
    // A snapshot and a delete are refused the same way.
    httplib::Headers h = m.write_headers();
    h.emplace("X-SWM-User", "Zo%C3");
    auto r = m.client().Post("/api/snapshots", h, json{{"name", "x"}, {"peildatum", "2014-11"}}.dump(), "application/json");
    REQUIRE(r);
    CHECK(r->status == 422);
    r = m.client().Delete("/api/partnerships/4?revision=1", h);
    REQUIRE(r);
    CHECK(r->status == 422);
    CHECK(editor_json(m, "/api/partnerships/4") == before);
    CHECK(editor_json(m, "/api/changes")["changes"].size() == changes_before);
    CHECK(editor_json(m, "/api/snapshots")["snapshots"].size() == snapshots_before);
}

TEST_CASE("editor: the offline snapshot leaves the editors' names out, the history and snapshots stay") {
    TempDir dir;
    MonitorProcess m(dir.path);
    REQUIRE(put_as(m, 3, "Zo%C3%AB%20%C3%8Blberts", "door Zoë")->status == 200);
    httplib::Headers h = m.write_headers();
    h.emplace("X-SWM-User", "Zo%C3%AB%20%C3%8Blberts");
    auto made = m.client().Post("/api/snapshots", h, json{{"name", "Raad"}, {"peildatum", "2014-11"}}.dump(), "application/json");
    REQUIRE(made);
    REQUIRE(made->status == 201);
    CHECK(editor_json(m, "/api/snapshots")["snapshots"].back()["actor"] == "Zoë Ëlberts");

    auto page = m.client().Get("/snapshot");
    REQUIRE(page);
    REQUIRE(page->status == 200);
    CHECK(page->body.find("Ëlberts") == std::string::npos);
    CHECK(page->body.find("\\u00cblberts") == std::string::npos);
    const json data = embedded_responses_of(page->body)["responses"];
    const json history = data["/api/partnerships/3/history"]["changes"];
    REQUIRE_FALSE(history.empty());
    CHECK(history[0]["action"] == "update");
    CHECK(history[0]["actor"] == "");
    const json snapshots = data["/api/snapshots"]["snapshots"];
    REQUIRE(snapshots.size() >= 1);
    CHECK(snapshots.back()["name"] == "Raad");
    for (const json& s : snapshots) CHECK(s["actor"] == "");
}

TEST_CASE("editor: the JSON export for others leaves the contact persons out, the full export keeps them") {
    TempDir dir;
    MonitorProcess m(dir.path);
    json full = editor_json(m, "/api/export?format=json");
    // A contact person on the first verbonden partij, put in through an import.
    json* vp = nullptr;
    for (auto& o : full["organisations"])
        if (o.contains("verbonden_partij") && o["verbonden_partij"].is_object()) { vp = &o["verbonden_partij"]; break; }
    REQUIRE(vp);
    (*vp)["contacts"] = json::array({{{"role", "ambtelijk"}, {"name", "Zoë Ëlberts"}}});
    auto imported = m.client().Post("/api/import?format=json", m.write_headers(), full.dump(), "application/json");
    REQUIRE(imported);
    INFO(imported->body.substr(0, 400));
    REQUIRE(imported->status == 200);
    auto kept = m.client().Get("/api/export?format=json");
    auto left_out = m.client().Get("/api/export?format=json&without_names=1");
    REQUIRE(kept);
    REQUIRE(left_out);
    CHECK(kept->body.find("Zoë Ëlberts") != std::string::npos);
    CHECK(left_out->body.find("Zoë Ëlberts") == std::string::npos);
    CHECK(json::parse(left_out->body)["partnerships"].size() == json::parse(kept->body)["partnerships"].size());
}
