// The council's P&C calendar and the verbonden partijen through the real
// executable: the griffie enters meeting dates and a GR's dates, reads the
// deadlines and the warning, and imports the .ics a real parser reads back.
#include "monitor_process.h"

#include "core/csv.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>

using nlohmann::json;
using swm::test::MonitorProcess;
using swm::test::TempDir;

namespace {

json calendar_get(MonitorProcess& m, const std::string& path, int expect = 200) {
    auto res = m.client().Get(path);
    REQUIRE(res);
    INFO(path << " -> " << res->body.substr(0, 400));
    REQUIRE(res->status == expect);
    return json::parse(res->body);
}

std::pair<int, json> calendar_put(MonitorProcess& m, const std::string& path, const json& body) {
    auto res = m.client().Put(path, m.write_headers(), body.dump(), "application/json");
    REQUIRE(res);
    return {res->status, json::parse(res->body, nullptr, false)};
}

const json& find_moment(const json& calendar, int number, const std::string& step) {
    for (const auto& m : calendar["moments"]) {
        if (m["partnership"] == number && m["step"] == step) return m;
    }
    FAIL("no moment " << number << " " << step);
    static const json none;
    return none;
}

// The .ics as Python's icalendar reads it.
json parsed_ics(MonitorProcess& m, const std::string& path, const std::string& file) {
    auto res = m.client().Get(path);
    REQUIRE(res);
    REQUIRE(res->status == 200);
    CHECK(res->get_header_value("Content-Type").rfind("text/calendar", 0) == 0);
    std::ofstream(file, std::ios::binary) << res->body;
    const std::string out_file = file + ".json";
    // Debian's Python, where python3-icalendar installs (not a python3 of pyenv or a venv on PATH).
    const std::string cmd = "/usr/bin/python3 '" + std::string(SWM_SOURCE_DIR) + "/tests/host/ics_parse.py' '" + file + "' > '" + out_file + "'";
    REQUIRE(std::system(cmd.c_str()) == 0);
    return json::parse(swm::test::read_text(out_file));
}

json input_with_dates(int revision) {
    return {{"council_meetings", {"2026-05-26", "2026-09-29"}},
            {"preparation_days", 0},
            {"regelingen",
             {{{"partnership", 6},
               {"year", 2026},
               {"notes", "brief van Regio Twente"},
               {"events",
                {{{"kind", "begroting_naar_bestuur"}, {"date", "2026-07-02"}},
                 {{"kind", "ontwerpbegroting_ontvangen"}, {"date", "2026-04-08"}, {"source_text", "brief 8 april; kenmerk A,B"}}}}},
              {{"partnership", 26},
               {"year", 2026},
               {"events", {{{"kind", "ontwerp_regeling_ontvangen"}, {"date", "2026-06-12"}}}}}}},
            {"revision", revision}};
}

} // namespace

TEST_CASE("calendar: the griffie's dates give the deadlines, the warning and an .ics a calendar reads") {
    TempDir dir;
    MonitorProcess m(dir.path);

    json empty = calendar_get(m, "/api/calendar?year=2026");
    CHECK(empty["council_meetings_known"] == false);
    CHECK(find_moment(empty, 4, "kaders")["due"] == "2026-04-29");
    CHECK(find_moment(empty, 4, "begroting_naar_gs")["due"] == "2026-09-14");
    for (const auto& r : empty["rules"]) CHECK_FALSE(r["source"].get<std::string>().empty());
    calendar_get(m, "/api/calendar?year=26", 422);

    json input = calendar_get(m, "/api/calendar/input");
    REQUIRE(input["revision"] == 1);
    auto [status, written] = calendar_put(m, "/api/calendar/input", input_with_dates(1));
    INFO(written.dump());
    REQUIRE(status == 200);
    CHECK(written["input"]["revision"] == 2);

    json cal = calendar_get(m, "/api/calendar?year=2026");
    const json& view = find_moment(cal, 6, "zienswijze_begroting");
    CHECK(view["due"] == "2026-07-01");
    CHECK(view["next_council_meeting"] == "2026-05-26");
    CHECK(view["late_for_council"] == false);
    // The draft change of nr 26 arrives 12 June: eight weeks end 7 August, the council next meets 29 September.
    const json& change = find_moment(cal, 26, "zienswijze_regeling");
    CHECK(change["due"] == "2026-08-07");
    CHECK(change["late_for_council"] == true);

    // Based on an old revision: refused, nothing changed.
    json other = input_with_dates(1);
    other["council_meetings"] = json::array();
    CHECK(calendar_put(m, "/api/calendar/input", other).first == 409);
    // Bad input: every wrong field named, nothing stored.
    json bad = input_with_dates(2);
    bad["regelingen"][0]["events"][0]["date"] = "2026-13-01";
    bad["regelingen"][1]["partnership"] = 77;
    auto [bad_status, bad_answer] = calendar_put(m, "/api/calendar/input", bad);
    CHECK(bad_status == 422);
    CHECK(bad_answer["fields"].size() == 2);
    CHECK(calendar_get(m, "/api/calendar/input")["revision"] == 2);

    const json ics = parsed_ics(m, "/api/calendar.ics?year=2026", dir.path + "/one.ics");
    std::size_t dated = 0;
    for (const auto& mo : cal["moments"]) dated += mo["due"].is_null() ? 0 : 1;
    REQUIRE(ics["events"].size() == dated);
    bool saw_late = false;
    for (const auto& e : ics["events"]) {
        CHECK(e["all_day"] == true);
        CHECK(e["uid"].get<std::string>().find("@samenwerkingsmonitor") != std::string::npos);
        if (e["uid"] == "2026-26-zienswijze_regeling@samenwerkingsmonitor.hofvantwente") {
            saw_late = true;
            CHECK(e["start"] == "2026-08-07");
            CHECK(e["end"] == "2026-08-08");
            CHECK(e["summary"].get<std::string>().rfind("Te laat voor de raad", 0) == 0);
            CHECK(e["categories"] == json({"Te laat voor de raad"}));
        }
    }
    CHECK(saw_late);

    // Exported again after a change: the same UIDs, a higher SEQUENCE.
    json later = input_with_dates(2);
    later["council_meetings"].push_back("2026-07-21");
    REQUIRE(calendar_put(m, "/api/calendar/input", later).first == 200);
    const json ics2 = parsed_ics(m, "/api/calendar.ics?year=2026", dir.path + "/two.ics");
    REQUIRE(ics2["events"].size() == ics["events"].size());
    for (std::size_t i = 0; i < ics["events"].size(); ++i) {
        CHECK(ics2["events"][i]["uid"] == ics["events"][i]["uid"]);
        CHECK(ics2["events"][i]["sequence"].get<int>() > ics["events"][i]["sequence"].get<int>());
    }
    // The calendar's changes are in the history.
    const json changes = calendar_get(m, "/api/changes")["changes"];
    CHECK(std::count_if(changes.begin(), changes.end(), [](const json& c) { return c.value("entity", "") == "calendar"; }) == 2);
}

TEST_CASE("verbonden partij: entered through the API, checked, kept, and stale writes refused") {
    TempDir dir;
    MonitorProcess m(dir.path);
    json orgs = calendar_get(m, "/api/organisations")["organisations"];
    json before;
    for (const auto& o : orgs) {
        if (o["id"] == "regio-twente") before = o["verbonden_partij"];
    }
    REQUIRE(before.is_object());
    CHECK(before["years"].empty());

    json vp = before;
    vp["years"] = {{{"year", 2026}, {"bestuurlijk_belang", true}, {"financieel_belang", true},
                    {"equity_start", 4'100'000'000LL}, {"contribution", 812'345}, {"risk_level", "middel"},
                    {"risks", "Indexatie; loonkosten"}, {"source", "Begroting 2026"}}};
    vp["contacts"] = {{{"role", "griffie"}, {"name", "C. de Griffier"}, {"email", "c@example.nl"}}};
    auto [status, answer] = calendar_put(m, "/api/organisations/regio-twente/verbonden_partij",
                                         {{"before", before}, {"verbonden_partij", vp}});
    INFO(answer.dump());
    REQUIRE(status == 200);
    const json stored = answer["verbonden_partij"];
    CHECK(stored["years"][0]["equity_start"] == 4'100'000'000LL);
    CHECK(stored["years"][0]["override"].is_null());  // every key written

    const json dataset = calendar_get(m, "/api/dataset");
    for (const auto& o : dataset["organisations"]) {
        if (o["id"] == "regio-twente") CHECK(o["verbonden_partij"] == stored);
    }
    // Someone who read the old value cannot overwrite the new one.
    auto [stale, stale_answer] = calendar_put(m, "/api/organisations/regio-twente/verbonden_partij",
                                              {{"before", before}, {"verbonden_partij", nullptr}});
    CHECK(stale == 409);
    CHECK(stale_answer["current"] == stored);
    // A reason is required with an override; nothing is stored.
    json bad = stored;
    bad["years"][0]["override"] = false;
    auto [invalid, invalid_answer] = calendar_put(m, "/api/organisations/regio-twente/verbonden_partij",
                                                  {{"before", stored}, {"verbonden_partij", bad}});
    CHECK(invalid == 422);
    CHECK(invalid_answer.dump().find("override_reason") != std::string::npos);
    CHECK(calendar_put(m, "/api/organisations/nergens/verbonden_partij", {{"before", nullptr}, {"verbonden_partij", nullptr}}).first == 404);

    // The offline snapshot, a file for others, leaves the contact out; the monitor itself keeps it.
    auto snapshot = m.client().Get("/snapshot");
    REQUIRE(snapshot);
    CHECK(snapshot->body.find("C. de Griffier") == std::string::npos);
    CHECK(snapshot->body.find("4100000000") != std::string::npos);
    CHECK(calendar_get(m, "/api/dataset").dump().find("C. de Griffier") != std::string::npos);
    // The printed report shows the figures in the paragraph, never the contact.
    auto report = m.client().Get("/report");
    REQUIRE(report);
    CHECK(report->body.find("€ 4.100.000.000") != std::string::npos);
    CHECK(report->body.find("C. de Griffier") == std::string::npos);

    // For Excel: a row per party and year with the paragraph's figures as
    // numbers; contacts only when asked for.
    auto sheet = m.client().Get("/api/verbonden_partijen.csv");
    REQUIRE(sheet);
    REQUIRE(sheet->status == 200);
    const swm::csv::Table table = swm::csv::parse(sheet->body);
    REQUIRE(table.errors.empty());
    const swm::csv::Row& header = table.rows.front();
    auto column = [&](const char* name) { return size_t(std::find(header.begin(), header.end(), name) - header.begin()); };
    const auto row = std::find_if(table.rows.begin(), table.rows.end(), [&](const swm::csv::Row& r) {
        return r[column("organisatie_id")] == "regio-twente" && r[column("jaar")] == "2026";
    });
    REQUIRE(row != table.rows.end());
    CHECK((*row)[column("eigen_vermogen_begin")] == "4100000000");
    CHECK((*row)[column("bijdrage_gemeente")] == "812345");
    CHECK((*row)[column("risicos")] == "Indexatie; loonkosten");
    CHECK((*row)[column("verbonden_partij")] == "ja");
    CHECK(sheet->body.find("C. de Griffier") == std::string::npos);
    auto with_contacts = m.client().Get("/api/verbonden_partijen.csv?contacts=ja");
    REQUIRE(with_contacts);
    CHECK(with_contacts->body.find("griffie: C. de Griffier <c@example.nl>") != std::string::npos);

    // In the history, and kept across a restart.
    const json changes = calendar_get(m, "/api/changes")["changes"];
    CHECK(std::any_of(changes.begin(), changes.end(), [](const json& c) { return c.value("entity", "") == "verbonden_partij"; }));
    m.stop();
    MonitorProcess again(dir.path);
    const json after_restart = calendar_get(again, "/api/organisations");
    for (const auto& o : after_restart["organisations"]) {
        if (o["id"] == "regio-twente") CHECK(o["verbonden_partij"] == stored);
    }
}
