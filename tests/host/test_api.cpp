// The register API as the UI and a careless or hostile client use it: the
// real executable on 127.0.0.1, its answers read as JSON.
#include "monitor_process.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using swm::test::MonitorProcess;
using swm::test::TempDir;
using swm::test::Answer;
using nlohmann::json;

namespace {

json get_json(MonitorProcess& m, const std::string& path, int expect = 200) {
    auto res = m.client().Get(path);
    REQUIRE(res);
    INFO(path << " -> " << res->body.substr(0, 400));
    REQUIRE(res->status == expect);
    return json::parse(res->body);
}

Answer send(MonitorProcess& m, const std::string& method, const std::string& path, const std::string& body = "") {
    auto c = m.client();
    const auto headers = m.write_headers();
    httplib::Result res = method == "POST"  ? c.Post(path, headers, body, "application/json")
                          : method == "PUT" ? c.Put(path, headers, body, "application/json")
                                            : c.Delete(path, headers);
    REQUIRE(res);
    json j = res->body.empty() ? json() : json::parse(res->body, nullptr, false);
    return {res->status, j};
}

bool has_field(const json& error, const std::string& field) {
    for (const auto& f : error.value("fields", json::array())) {
        if (f.value("field", "") == field) return true;
    }
    return false;
}

} // namespace

TEST_CASE("the register is seeded with the 2014 overview and can be filtered") {
    TempDir dir;
    MonitorProcess m(dir.path);
    json all = get_json(m, "/api/partnerships");
    CHECK(all["total"] == 33);  // 29 running + 4 under investigation
    CHECK(all["peildatum"] == "2014-11");
    json mt = get_json(m, "/api/partnerships?scale=MT");
    CHECK(mt["shown"].get<int>() > 0);
    CHECK(mt["shown"].get<int>() < 33);
    for (const auto& p : mt["partnerships"]) CHECK(p["scale"] == "MT");
    json text = get_json(m, "/api/partnerships?q=werkplein");
    CHECK(text["shown"].get<int>() >= 2);

    json bad = get_json(m, "/api/partnerships?scale=XX", 422);
    CHECK(has_field(bad, "scale"));
    CHECK(get_json(m, "/api/organisations")["organisations"].size() == 37);
    CHECK(get_json(m, "/api/strategy")["goals"].size() == 10);
}

TEST_CASE("the analysis reproduces the seed's legal form tally and its 27 of 29") {
    TempDir dir;
    MonitorProcess m(dir.path);
    json a = get_json(m, "/api/analysis");
    json seed = a["seed_legal_forms"];
    CHECK(seed["stated_total"] == 29);
    CHECK(seed["seed_sum"] == 27);
    CHECK(seed["categories_match"] == true);
    CHECK(seed["difference"] == json::array({21, 22}));
    CHECK(a["not_geographically_clustered"].size() == 6);
    CHECK(get_json(m, "/api/analysis?layer=beleid")["total"].get<int>() < a["total"].get<int>());
}

TEST_CASE("an edit is saved, carries a new revision and is in the history") {
    TempDir dir;
    MonitorProcess m(dir.path);
    json p = get_json(m, "/api/partnerships/24");
    p["name"] = "Procesmanagement huiselijk geweld en kindermishandeling (Zoë)";
    Answer r = send(m, "PUT", "/api/partnerships/24", p.dump());
    REQUIRE(r.status == 200);
    CHECK(r.body["partnership"]["revision"] == p["revision"].get<int>() + 1);
    CHECK(get_json(m, "/api/partnerships/24")["name"] == p["name"]);

    json history = get_json(m, "/api/partnerships/24/history")["changes"];
    REQUIRE(history.size() >= 1);
    const json& last = history.front();
    CHECK(last["action"] == "update");
    CHECK(last["before"]["name"] == "Procesmanagement huiselijk geweld");
    CHECK(last["after"]["name"] == p["name"]);
    CHECK_FALSE(last["actor"].get<std::string>().empty());
}

TEST_CASE("two editors never silently overwrite each other: the stale one gets 409") {
    TempDir dir;
    MonitorProcess m(dir.path);
    json first = get_json(m, "/api/partnerships/3");
    json second = first;
    first["description"] = "eerste redacteur";
    second["description"] = "tweede redacteur";
    REQUIRE(send(m, "PUT", "/api/partnerships/3", first.dump()).status == 200);
    Answer r = send(m, "PUT", "/api/partnerships/3", second.dump());
    CHECK(r.status == 409);
    CHECK(r.body["error"] == "stale_revision");
    CHECK(r.body["current"]["description"] == "eerste redacteur");
    CHECK(get_json(m, "/api/partnerships/3")["description"] == "eerste redacteur");

    second.erase("revision");
    CHECK(send(m, "PUT", "/api/partnerships/3", second.dump()).status == 428);
    CHECK(send(m, "DELETE", "/api/partnerships/3?revision=1").status == 409);
    CHECK(get_json(m, "/api/partnerships/3")["description"] == "eerste redacteur");
}

TEST_CASE("bad input gets a specific error and changes nothing") {
    TempDir dir;
    MonitorProcess m(dir.path);
    const json before = get_json(m, "/api/dataset");
    json p = get_json(m, "/api/partnerships/5");

    json bad = p;
    bad["scale"] = "XX";
    Answer r = send(m, "PUT", "/api/partnerships/5", bad.dump());
    CHECK(r.status == 422);
    CHECK(has_field(r.body, "scale"));
    bad = p;
    bad["partners"].push_back("nergens");
    r = send(m, "PUT", "/api/partnerships/5", bad.dump());
    CHECK(r.status == 422);
    CHECK(has_field(r.body, "partners[" + std::to_string(bad["partners"].size() - 1) + "]"));

    bad = p;
    bad["name"] = "   ";
    bad["number"] = 6;  // taken
    r = send(m, "PUT", "/api/partnerships/5", bad.dump());
    CHECK(r.status == 422);
    CHECK(has_field(r.body, "name"));
    CHECK(has_field(r.body, "number"));

    r = send(m, "PUT", "/api/partnerships/5", "{\"name\": \"x\",");
    CHECK(r.status == 400);
    CHECK(r.body["error"] == "bad_json");
    CHECK(r.body["message"].get<std::string>().find("column") != std::string::npos);
    r = send(m, "POST", "/api/partnerships", std::string(10000, '[') + std::string(10000, ']'));
    CHECK(r.status == 400);
    r = send(m, "POST", "/api/partnerships", "[1,2]");
    CHECK(r.status == 400);
    r = send(m, "POST", "/api/partnerships", json{{"number", 1}, {"name", "dubbel"}, {"layer", "beleid"},
                                                   {"status", "lopend"}, {"partners", {"GM1735"}}}.dump());
    CHECK(r.status == 422);
    CHECK(has_field(r.body, "number"));
    CHECK(send(m, "PUT", "/api/partnerships/999", p.dump()).status == 404);
    CHECK(get_json(m, "/api/partnerships/999999", 404)["error"] == "not_found");

    CHECK(get_json(m, "/api/dataset") == before);
}

TEST_CASE("create, delete and undo the delete") {
    TempDir dir;
    MonitorProcess m(dir.path);
    json created = {{"number", 40},
                    {"name", "Regionale energiestrategie Twente"},
                    {"partners", {"GM1735", "GM0164", "regio-twente"}},
                    {"scale", "Tw"},
                    {"layer", "beleid"},
                    {"status", "lopend"},
                    {"legal_form", {{"category", "convenant"}, {"gr_kind", nullptr}, {"text", "Convenant"}}}};
    Answer r = send(m, "POST", "/api/partnerships", created.dump());
    INFO(r.body.dump());
    REQUIRE(r.status == 201);
    CHECK(r.body["partnership"]["revision"] == 1);
    CHECK(get_json(m, "/api/partnerships")["total"] == 34);

    r = send(m, "DELETE", "/api/partnerships/40?revision=1");
    REQUIRE(r.status == 200);
    get_json(m, "/api/partnerships/40", 404);
    r = send(m, "POST", "/api/changes/" + std::to_string(r.body["change_id"].get<int64_t>()) + "/restore");
    REQUIRE(r.status == 200);
    CHECK(get_json(m, "/api/partnerships/40")["name"] == "Regionale energiestrategie Twente");
    const json history = get_json(m, "/api/partnerships/40/history")["changes"];
    REQUIRE(history.size() == 3);
    CHECK(history[0]["action"] == "restore");
    CHECK(history[1]["action"] == "delete");
    CHECK(history[2]["action"] == "create");
}

TEST_CASE("snapshots: 'november 2014' exists and a comparison shows added, removed and changed") {
    TempDir dir;
    MonitorProcess m(dir.path);
    json snaps = get_json(m, "/api/snapshots")["snapshots"];
    REQUIRE(snaps.size() == 1);
    CHECK(snaps[0]["name"] == "november 2014");
    const std::string id = std::to_string(snaps[0]["id"].get<int64_t>());

    json p = get_json(m, "/api/partnerships/12");
    p["status"] = "beeindigd";
    p["end_date"] = "2026-06";
    const json organisations = get_json(m, "/api/organisations")["organisations"];
    for (const auto& o : organisations) {
        if (std::find(p["partners"].begin(), p["partners"].end(), o["id"]) == p["partners"].end()) {
            p["partners"].push_back(o["id"]);  // an append: JSON Patch says "/partners/-"
            break;
        }
    }
    REQUIRE(send(m, "PUT", "/api/partnerships/12", p.dump()).status == 200);
    json q = get_json(m, "/api/partnerships/30");
    REQUIRE(send(m, "DELETE", "/api/partnerships/30?revision=" + std::to_string(q["revision"].get<int>())).status == 200);

    json diff = get_json(m, "/api/snapshots/" + id + "/compare?with=now");
    REQUIRE(diff["removed"].size() == 1);
    CHECK(diff["removed"][0]["number"] == 30);
    CHECK(diff["added"].empty());
    REQUIRE(diff["changed"].size() == 1);
    CHECK(diff["changed"][0]["number"] == 12);
    std::set<std::string> fields;
    for (const auto& f : diff["changed"][0]["fields"]) fields.insert(f["field"]);
    CHECK(fields == std::set<std::string>{"end_date", "partners", "status"});

    Answer r = send(m, "POST", "/api/snapshots", json{{"name", "najaar 2026"}, {"peildatum", "2026-11"}}.dump());
    REQUIRE(r.status == 201);
    const std::string now_id = std::to_string(r.body["id"].get<int64_t>());
    json none = get_json(m, "/api/snapshots/" + now_id + "/compare?with=now");
    CHECK(none["added"].empty());
    CHECK(none["removed"].empty());
    CHECK(none["changed"].empty());
    CHECK(send(m, "POST", "/api/snapshots", json{{"name", ""}}.dump()).status == 422);
    get_json(m, "/api/snapshots/9999/compare", 404);
}

TEST_CASE("CSV export comes back in unchanged and a wrong file imports nothing and says where") {
    TempDir dir;
    MonitorProcess m(dir.path);
    auto res = m.client().Get("/api/export?format=csv");
    REQUIRE(res);
    const std::string csv = res->body;
    CHECK(csv.rfind("\xEF\xBB\xBFnummer;naam;", 0) == 0);
    CHECK(csv.find("\r\n") != std::string::npos);

    auto c = m.client();
    auto imported = c.Post("/api/import?format=csv", m.write_headers(), csv, "text/csv");
    REQUIRE(imported);
    CHECK(imported->status == 200);
    CHECK(m.client().Get("/api/export?format=csv")->body == csv);

    std::string broken = csv;
    const size_t at = broken.find(";MT;");
    REQUIRE(at != std::string::npos);
    broken.replace(at, 4, ";Zuid;");
    const json before = get_json(m, "/api/dataset");
    auto refused = c.Post("/api/import?format=csv", m.write_headers(), broken, "text/csv");
    REQUIRE(refused);
    CHECK(refused->status == 422);
    const json rows = json::parse(refused->body)["rows"];
    REQUIRE(rows.size() >= 1);
    CHECK(rows[0]["row"] == 2);
    CHECK(rows[0]["column"] == "schaal");
    CHECK(get_json(m, "/api/dataset") == before);
}

TEST_CASE("a write that got its 2xx survives kill -9") {
    TempDir dir;
    for (int round = 0; round < 5; ++round) {
        MonitorProcess m(dir.path);
        json p = get_json(m, "/api/partnerships/7");
        p["notes"] = "ronde " + std::to_string(round);
        REQUIRE(send(m, "PUT", "/api/partnerships/7", p.dump()).status == 200);
        m.kill_hard();
        MonitorProcess again(dir.path);
        CHECK(get_json(again, "/api/partnerships/7")["notes"] == "ronde " + std::to_string(round));
        again.kill_hard();
    }
}

TEST_CASE("export and import subcommands speak the same JSON contract") {
    TempDir dir;
    auto out = swm::test::run_exe({"export", "--data-dir", dir.path, "--format", "json"});
    REQUIRE(out.exit_code == 0);
    json d = json::parse(out.out);
    CHECK(d["partnerships"].size() == 33);

    d["partnerships"][0]["scale"] = "XX";
    auto refused = swm::test::run_exe({"import", "--data-dir", dir.path, "-"}, d.dump());
    CHECK(refused.exit_code != 0);
    CHECK(refused.err.find("partnerships[0].scale") != std::string::npos);
    CHECK(json::parse(swm::test::run_exe({"export", "--data-dir", dir.path}).out)["partnerships"][0]["scale"] == "MT");
}

TEST_CASE("saved views: the default deck exists, views are created, changed, guarded and undone") {
    TempDir dir;
    MonitorProcess m(dir.path);
    json views = get_json(m, "/api/views")["views"];
    const auto deck = std::find_if(views.begin(), views.end(), [](const json& v) { return v["kind"] == "deck"; });
    REQUIRE(deck != views.end());
    CHECK((*deck)["state"]["slides"].size() >= 5);
    const int64_t first_slide = (*deck)["state"]["slides"][0]["view_id"];
    CHECK(get_json(m, "/api/views/" + std::to_string(first_slide))["state"]["view"] == "map");

    json mine = {{"name", "Beleid in Midden-Twente"}, {"kind", "view"},
                 {"state", {{"view", "register"}, {"filter", {{"scale", {"MT"}}, {"layer", {"beleid"}}}}}}};
    Answer r = send(m, "POST", "/api/views", mine.dump());
    REQUIRE(r.status == 201);
    const std::string id = std::to_string(r.body["view"]["id"].get<int64_t>());
    mine["name"] = "Beleid in MT";
    mine["revision"] = 1;
    CHECK(send(m, "PUT", "/api/views/" + id, mine.dump()).status == 200);
    CHECK(send(m, "PUT", "/api/views/" + id, mine.dump()).status == 409);  // still based on revision 1

    json bad = mine;
    bad["revision"] = 2;
    bad["state"]["filter"]["scale"] = {"Noord"};
    r = send(m, "POST", "/api/views", bad.dump());
    CHECK(r.status == 422);
    CHECK(has_field(r.body, "state.filter.scale[0]"));
    CHECK(get_json(m, "/api/views/" + id)["name"] == "Beleid in MT");

    // A slide's view cannot go; a free one can, and comes back by undo.
    CHECK(send(m, "DELETE", "/api/views/" + std::to_string(first_slide) + "?revision=1").body["error"] == "in_deck");
    r = send(m, "DELETE", "/api/views/" + id + "?revision=2");
    REQUIRE(r.status == 200);
    get_json(m, "/api/views/" + id, 404);
    r = send(m, "POST", "/api/changes/" + std::to_string(r.body["change_id"].get<int64_t>()) + "/restore");
    REQUIRE(r.status == 200);
    CHECK(get_json(m, "/api/views/" + id)["name"] == "Beleid in MT");
}
