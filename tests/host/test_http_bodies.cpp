// The API's answers as a browser and a script meet them: gzip when asked
// for (the same JSON as plain), a strong ETag per body, 304 for the body the
// client holds, and never a stale body after a write, here or by another
// process; none of it without the session's credential.
#include "monitor_process.h"

#include "native-host/gzip.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using swm::test::MonitorProcess;
using swm::test::TempDir;
using nlohmann::json;

namespace {

httplib::Result get(MonitorProcess& m, const std::string& path, httplib::Headers headers = {}) {
    auto c = m.client();
    c.set_decompress(false);  // to see the bytes as sent
    auto r = c.Get(path, headers);
    REQUIRE(r);
    return r;
}

std::string etag_of(MonitorProcess& m, const std::string& path) {
    auto r = get(m, path);
    REQUIRE(r->status == 200);
    return r->get_header_value("ETag");
}

json put_name(MonitorProcess& m, int number, const std::string& name) {
    auto c = m.client();
    json p = json::parse(c.Get("/api/partnerships/" + std::to_string(number))->body);
    p["name"] = name;
    auto r = c.Put("/api/partnerships/" + std::to_string(number), m.write_headers(), p.dump(), "application/json");
    REQUIRE(r);
    REQUIRE(r->status == 200);
    return json::parse(r->body);
}

std::string name_in_list(const json& list, int number) {
    for (const auto& p : list["partnerships"])
        if (p["number"] == number) return p["name"];
    return "";
}

} // namespace

TEST_CASE("every read route: gzip inflates to the same JSON as plain, with an ETag per body and a 304 for it") {
    TempDir dir;
    MonitorProcess m(dir.path);
    for (const std::string path :
         {"/api/partnerships", "/api/partnerships?scale=MT&q=twente", "/api/partnerships/24", "/api/dataset",
          "/api/organisations", "/api/strategy", "/api/analysis", "/api/analysis?layer=uitvoering", "/api/export",
          "/api/views", "/api/changes", "/api/snapshots", "/api/partnerships/24/history"}) {
        INFO(path);
        auto plain = get(m, path);
        auto gz = get(m, path, {{"Accept-Encoding", "gzip, deflate, br"}});
        REQUIRE(plain->status == 200);
        REQUIRE(gz->status == 200);
        CHECK(plain->get_header_value("Content-Encoding").empty());
        const std::string tag = plain->get_header_value("ETag");
        CHECK(tag.size() > 4);
        CHECK(tag.front() == '"');  // strong
        CHECK(plain->get_header_value("Vary") == "Accept-Encoding");
        if (gz->get_header_value("Content-Encoding") == "gzip") {
            CHECK(json::parse(swm::gzip_inflate(gz->body)) == json::parse(plain->body));
            CHECK(gz->body.size() < plain->body.size());
        } else {
            CHECK(plain->body.size() < 1024);  // too small to be worth compressing
            CHECK(gz->body == plain->body);
        }
        CHECK(gz->get_header_value("ETag") != tag);  // another representation, another strong tag
        for (const std::string& held : {tag, gz->get_header_value("ETag")}) {
            auto again = get(m, path, {{"If-None-Match", held}, {"Accept-Encoding", "gzip"}});
            CHECK(again->status == 304);
            CHECK(again->body.empty());
        }
        auto other = get(m, path, {{"If-None-Match", "\"0000000000000000-1\""}});
        CHECK(other->status == 200);
        CHECK(other->body == plain->body);
    }
    // The large bodies are worth it: the list is a fraction of its size.
    auto list = get(m, "/api/partnerships", {{"Accept-Encoding", "gzip"}});
    CHECK(list->body.size() * 4 < get(m, "/api/partnerships")->body.size());
}

TEST_CASE("an edit gives the list and that record new ETags and the old ETag the new body") {
    TempDir dir;
    MonitorProcess m(dir.path);
    const std::string list_before = etag_of(m, "/api/partnerships");
    const std::string record_before = etag_of(m, "/api/partnerships/24");
    const std::string other_record = etag_of(m, "/api/partnerships/3");
    const std::string filtered_before = etag_of(m, "/api/partnerships?q=huiselijk");
    const std::string dataset_before = etag_of(m, "/api/dataset");

    put_name(m, 24, "Procesmanagement huiselijk geweld (herzien)");

    for (const auto& [path, before] : {std::pair{std::string("/api/partnerships"), list_before},
                                       {"/api/partnerships/24", record_before},
                                       {"/api/partnerships?q=huiselijk", filtered_before},
                                       {"/api/dataset", dataset_before}}) {
        INFO(path);
        auto r = get(m, path, {{"If-None-Match", before}});
        CHECK(r->status == 200);
        CHECK(r->get_header_value("ETag") != before);
        CHECK(r->body.find("(herzien)") != std::string::npos);
    }
    // A record nobody changed keeps its tag: the client's copy is still good.
    CHECK(get(m, "/api/partnerships/3", {{"If-None-Match", other_record}})->status == 304);
    // The tag after the edit is the one that now gets its 304.
    const std::string after = etag_of(m, "/api/partnerships");
    CHECK(get(m, "/api/partnerships", {{"If-None-Match", after}})->status == 304);
}

TEST_CASE("after an import by another process no stale body and no stale 304 is served") {
    TempDir dir;
    MonitorProcess m(dir.path);
    const std::string list_before = etag_of(m, "/api/partnerships");
    const std::string record_before = etag_of(m, "/api/partnerships/2");
    const std::string analysis_before = etag_of(m, "/api/analysis");
    REQUIRE(get(m, "/api/partnerships", {{"If-None-Match", list_before}})->status == 304);

    json data = json::parse(get(m, "/api/export")->body);
    for (auto& p : data["partnerships"]) {
        if (p["number"] == 2) p["name"] = "Naam van de tweede schrijver";
        if (p["number"] == 5) p["scale"] = "A";  // changes the analysis too
    }
    const std::string file = dir.path + "/import.json";
    std::ofstream(file, std::ios::binary) << data.dump();
    auto run = swm::test::run_exe({"import", "--data-dir", dir.path, file});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);

    auto list = get(m, "/api/partnerships", {{"If-None-Match", list_before}});
    REQUIRE(list->status == 200);
    CHECK(name_in_list(json::parse(list->body), 2) == "Naam van de tweede schrijver");
    auto record = get(m, "/api/partnerships/2", {{"If-None-Match", record_before}, {"Accept-Encoding", "gzip"}});
    REQUIRE(record->status == 200);
    CHECK(json::parse(swm::gzip_inflate(record->body))["name"] == "Naam van de tweede schrijver");
    CHECK(get(m, "/api/analysis", {{"If-None-Match", analysis_before}})->status == 200);
}

TEST_CASE("a repeated filter gets a 304, another filter its own body, a bad one its 422") {
    TempDir dir;
    MonitorProcess m(dir.path);
    const std::string mt = etag_of(m, "/api/partnerships?scale=MT");
    CHECK(get(m, "/api/partnerships?scale=MT", {{"If-None-Match", mt}})->status == 304);
    auto tw = get(m, "/api/partnerships?scale=Tw", {{"If-None-Match", mt}});
    CHECK(tw->status == 200);
    CHECK(tw->get_header_value("ETag") != mt);
    const json listed = json::parse(tw->body);
    for (const auto& p : listed["partnerships"]) CHECK(p["scale"] == "Tw");
    CHECK(get(m, "/api/partnerships?scale=XX", {{"If-None-Match", mt}})->status == 422);
    CHECK(get(m, "/api/partnerships?scale=XX", {{"If-None-Match", "*"}})->status == 422);
}

TEST_CASE("without the session's credential a known ETag gets no 304 and no data") {
    TempDir dir;
    MonitorProcess m(dir.path);
    const std::string tag = etag_of(m, "/api/partnerships");
    for (const std::string& held : {tag, std::string("*")}) {
        auto r = m.anonymous_client().Get("/api/partnerships", {{"If-None-Match", held}, {"Accept-Encoding", "gzip"}});
        REQUIRE(r);
        CHECK(r->status == 401);
        CHECK(r->get_header_value("ETag").empty());
        CHECK(r->body.find("partnerships") == std::string::npos);
    }
}
