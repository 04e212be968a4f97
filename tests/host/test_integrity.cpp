// What went in comes out, on every path a user takes, with data that differs
// from what was there: imports that change the register, a second writer on
// the same folder, records with every key of the contract, text that HTML or
// Excel would take for code, and files made by the release before.
#include "monitor_process.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using nlohmann::json;
using swm::test::Answer;
using swm::test::MonitorProcess;
using swm::test::TempDir;

namespace integrity {

std::string get_text(MonitorProcess& m, const std::string& path) {
    auto res = m.client().Get(path);
    REQUIRE(res);
    INFO(path << " -> " << res->body.substr(0, 300));
    REQUIRE(res->status == 200);
    return res->body;
}

json get(MonitorProcess& m, const std::string& path) { return json::parse(get_text(m, path)); }

Answer post(MonitorProcess& m, const std::string& path, const std::string& body, const char* type = "application/json") {
    auto res = m.client().Post(path, m.write_headers(), body, type);
    REQUIRE(res);
    return {res->status, json::parse(res->body, nullptr, false)};
}

Answer put(MonitorProcess& m, const std::string& path, const json& body) {
    auto res = m.client().Put(path, m.write_headers(), body.dump(), "application/json");
    REQUIRE(res);
    return {res->status, json::parse(res->body, nullptr, false)};
}

json& partnership_in(json& dataset, int number) {
    for (auto& p : dataset["partnerships"])
        if (p["number"] == number) return p;
    FAIL("no partnership " << number);
    throw;
}

std::string name_in_list(const json& list, int number) {
    for (const auto& p : list["partnerships"])
        if (p["number"] == number) return p["name"];
    return "";
}

bool contains(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

// The JSON the offline snapshot embeds, as the page's script reads it.
json embedded_snapshot_data(const std::string& html) {
    const std::string open = "<script type=\"application/json\" id=\"swm-snapshot\">";
    const size_t at = html.find(open);
    REQUIRE(at != std::string::npos);
    const size_t end = html.find("</script>", at);
    const std::string data = html.substr(at + open.size(), end - at - open.size());
    // Nothing inside may look like markup to the HTML parser.
    CHECK(data.find('<') == std::string::npos);
    CHECK(data.find('>') == std::string::npos);
    return json::parse(data);
}

void write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}


TEST_CASE("a successful JSON import shows at once on every path, and a CSV import after it keeps what it brought") {
    TempDir dir;
    MonitorProcess m(dir.path);
    json data = get(m, "/api/export?format=json");
    partnership_in(data, 1)["name"] = "Werkplein na de import";
    for (auto& o : data["organisations"])
        if (o["id"] == "GM0153") o["notes"] = "Toelichting uit de import";
    data["strategy"]["notes"] = {"Strategie uit de import"};
    Answer r = post(m, "/api/import", data.dump());
    REQUIRE(r.status == 200);
    CHECK_FALSE(r.body["backup"].get<std::string>().empty());

    CHECK(name_in_list(get(m, "/api/partnerships"), 1) == "Werkplein na de import");
    CHECK(get(m, "/api/partnerships/1")["name"] == "Werkplein na de import");
    json dataset = get(m, "/api/dataset");
    CHECK(partnership_in(dataset, 1)["name"] == "Werkplein na de import");
    CHECK(contains(get_text(m, "/api/export?format=csv"), "Werkplein na de import"));
    CHECK(contains(get_text(m, "/report"), "Werkplein na de import"));
    json snapshot = embedded_snapshot_data(get_text(m, "/snapshot"));
    CHECK(name_in_list(snapshot["responses"]["/api/partnerships"], 1) == "Werkplein na de import");

    // A CSV import replaces the partnerships only; what the JSON import
    // brought to the organisations and the strategy stays.
    std::string csv = get_text(m, "/api/export?format=csv");
    const size_t at = csv.find("Werkplein na de import");
    csv.replace(at, std::string("Werkplein na de import").size(), "Werkplein na de CSV");
    REQUIRE(post(m, "/api/import?format=csv", csv, "text/csv").status == 200);
    json after = get(m, "/api/dataset");
    CHECK(partnership_in(after, 1)["name"] == "Werkplein na de CSV");
    CHECK(after["strategy"]["notes"] == json{"Strategie uit de import"});
    bool org_kept = false;
    for (const auto& o : after["organisations"]) org_kept = org_kept || o["notes"] == "Toelichting uit de import";
    CHECK(org_kept);
}

TEST_CASE("nested keys of the contract survive the store: gr_kind from the seed on every path") {
    TempDir dir;
    MonitorProcess m(dir.path);
    CHECK(get(m, "/api/partnerships/4")["legal_form"]["gr_kind"] == "openbaar_lichaam");
    json list = get(m, "/api/partnerships");
    for (const auto& p : list["partnerships"])
        if (p["number"] == 4 || p["number"] == 6) CHECK(p["legal_form"]["gr_kind"] == "openbaar_lichaam");
    CHECK(contains(get_text(m, "/report"), "(Openbaar lichaam)"));
    // And an edit of another key leaves it in place.
    json p = get(m, "/api/partnerships/4");
    p["notes"] = "Bewerkt";
    REQUIRE(put(m, "/api/partnerships/4", p).status == 200);
    CHECK(get(m, "/api/partnerships/4")["legal_form"]["gr_kind"] == "openbaar_lichaam");
}

TEST_CASE("an import from the command line beside a running monitor is served at once") {
    TempDir dir;
    MonitorProcess m(dir.path);
    json data = get(m, "/api/export?format=json");
    partnership_in(data, 2)["name"] = "Naam van de tweede schrijver";
    const std::string file = dir.path + "/import.json";
    write_file(file, data.dump());
    auto r = swm::test::run_exe({"import", "--data-dir", dir.path, file});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(name_in_list(get(m, "/api/partnerships"), 2) == "Naam van de tweede schrijver");
    CHECK(get(m, "/api/partnerships/2")["name"] == "Naam van de tweede schrijver");
}

TEST_CASE("text that HTML would take for markup stays data in the offline snapshot") {
    TempDir dir;
    MonitorProcess m(dir.path);
    json p = get(m, "/api/partnerships/3");
    const std::string note = "<!--<script> & </script> \xE2\x80\xA8 regel \xE2\x80\xA9 einde -->";
    p["notes"] = note;
    REQUIRE(put(m, "/api/partnerships/3", p).status == 200);
    json data = embedded_snapshot_data(get_text(m, "/snapshot"));
    CHECK(data["responses"]["/api/partnerships/3"]["notes"] == note);
}

TEST_CASE("CSV cells Excel would evaluate are exported as text and come back unchanged") {
    TempDir dir;
    MonitorProcess m(dir.path);
    json p = get(m, "/api/partnerships/7");
    p["notes"] = "=HYPERLINK(\"http://x\";\"klik\")";
    p["description"] = "-5 gemeenten, +3 later; @allen\n\tingesprongen  ";
    p["legal_form"]["text"] = "'al een apostrof";
    REQUIRE(put(m, "/api/partnerships/7", p).status == 200);
    const std::string csv = get_text(m, "/api/export?format=csv");
    CHECK(contains(csv, "'=HYPERLINK"));
    CHECK_FALSE(contains(csv, ";=HYPERLINK"));
    CHECK(contains(csv, "\"'-5 gemeenten"));
    REQUIRE(post(m, "/api/import?format=csv", csv, "text/csv").status == 200);
    json back = get(m, "/api/partnerships/7");
    CHECK(back["notes"] == p["notes"]);
    CHECK(back["description"] == p["description"]);
    CHECK(back["legal_form"]["text"] == p["legal_form"]["text"]);
}

TEST_CASE("an error says what and where in Dutch and English") {
    TempDir dir;
    MonitorProcess m(dir.path);
    json p = get(m, "/api/partnerships/5");
    p["scale"] = "XX";
    Answer r = put(m, "/api/partnerships/5", p);
    REQUIRE(r.status == 422);
    CHECK(r.body["error"] == "invalid");
    CHECK(r.body["message"] == "De gegevens kloppen niet; er is niets opgeslagen.");
    CHECK(r.body["message_en"] == "The data is not right; nothing was saved.");
    REQUIRE(r.body["fields"].size() == 1);
    CHECK(r.body["fields"][0]["field"] == "scale");
    CHECK(r.body["fields"][0]["key"] == "validation.unknown_scale");
    CHECK(r.body["fields"][0]["message_en"].get<std::string>().find("XX") != std::string::npos);

    std::string csv = get_text(m, "/api/export?format=csv");
    csv.replace(csv.find(";MT;"), 4, ";QQ;");
    r = post(m, "/api/import?format=csv", csv, "text/csv");
    REQUIRE(r.status == 422);
    REQUIRE(r.body["rows"].size() >= 1);
    CHECK(r.body["rows"][0]["column"] == "schaal");
    CHECK(r.body["rows"][0]["row"].get<int>() > 1);
}

TEST_CASE("a database made by release 0.1 is migrated on first start, with its edits, history and snapshots") {
    TempDir dir;
    std::filesystem::copy_file(std::string(SWM_SOURCE_DIR) + "/tests/fixtures/v0.1/monitor.sqlite", dir.path + "/monitor.sqlite");
    MonitorProcess m(dir.path);
    json one = get(m, "/api/partnerships/1");
    CHECK(one["name"].get<std::string>().find("(gewijzigd vóór 2026)") != std::string::npos);
    CHECK(one["notes"] == "Opmerking met ; en \"aanhalingstekens\"\nen een tweede regel");
    CHECK(get(m, "/api/partnerships/40")["name"] == "Nieuw verband Zoë");
    CHECK(m.client().Get("/api/partnerships/30")->status == 404);
    CHECK(get(m, "/api/partnerships/4")["description"] == "Nieuwe omschrijving voor de GR");
    // The construction that release lost is back where the seed had it.
    CHECK(get(m, "/api/partnerships/4")["legal_form"]["gr_kind"] == "openbaar_lichaam");
    CHECK(get(m, "/api/partnerships/1/history")["changes"].size() >= 1);
    CHECK(get(m, "/api/changes")["changes"].size() >= 14);
    json snapshots = get(m, "/api/snapshots")["snapshots"];
    REQUIRE(snapshots.size() == 2);
    json diff = get(m, "/api/snapshots/" + std::to_string(snapshots[1]["id"].get<int>()) + "/compare?with=now");
    CHECK(diff["added"].size() == 1);
    CHECK(diff["removed"].size() == 1);
    CHECK(diff["changed"].size() >= 1);
    CHECK(get(m, "/api/views")["views"].size() >= 1);
    // And it keeps working: an edit is stored in the new shape.
    one["description"] = "Na de migratie bewerkt";
    CHECK(put(m, "/api/partnerships/1", one).status == 200);
}

TEST_CASE("an export of release 0.1 imports and a file from a newer version is refused with what to do") {
    TempDir dir;
    MonitorProcess m(dir.path);
    const std::string old_export = swm::test::read_text(std::string(SWM_SOURCE_DIR) + "/tests/fixtures/v0.1/export.json");
    REQUIRE_FALSE(old_export.empty());
    Answer r = post(m, "/api/import", old_export);
    INFO(r.body.dump());
    REQUIRE(r.status == 200);
    CHECK(get(m, "/api/partnerships/40")["name"] == "Nieuw verband Zoë");
    const std::string old_csv = swm::test::read_text(std::string(SWM_SOURCE_DIR) + "/tests/fixtures/v0.1/export.csv");
    CHECK(post(m, "/api/import?format=csv", old_csv, "text/csv").status == 200);

    json newer = json::parse(old_export);
    newer["schema_version"] = 99;
    r = post(m, "/api/import", newer.dump());
    REQUIRE(r.status == 422);
    CHECK(r.body["fields"][0]["field"] == "schema_version");
    CHECK(r.body["fields"][0]["key"] == "validation.newer_schema_version");
    CHECK(r.body["fields"][0]["message"].get<std::string>().find("nieuwere versie") != std::string::npos);
    CHECK(get(m, "/api/partnerships/40")["name"] == "Nieuw verband Zoë");  // nothing changed
}

TEST_CASE("the comparison names fields and values in words, as the report does") {
    TempDir dir;
    MonitorProcess m(dir.path);
    json p = get(m, "/api/partnerships/11");
    p["legal_form"]["category"] = "convenant";
    p["legal_form"]["gr_kind"] = nullptr;
    REQUIRE(put(m, "/api/partnerships/11", p).status == 200);
    json diff = get(m, "/api/snapshots/1/compare?with=now");
    REQUIRE(diff["changed"].size() == 1);
    const json& f = diff["changed"][0]["fields"][0];
    CHECK(f["field"] == "legal_form.category");
    CHECK(f["label"]["nl"] == "Rechtsvorm");
    CHECK(f["after_text"]["nl"] == "Convenant");
    CHECK(f["label"]["en"] == "Legal form");
    CHECK(contains(get_text(m, "/report"), "<td>Rechtsvorm</td>"));
}

} // namespace integrity
