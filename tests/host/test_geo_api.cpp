// The map's geometry over HTTP and on the command line: the shipped official
// boundaries with their credit, other official boundaries imported in WGS84
// and RD New and back to the shipped map, bad files refused with a clear
// message while the current map stays, and names of any bytes that can
// never stop the monitor.
#include "monitor_process.h"

#include "native-host/sqlite_db.h"

#include "core/geo/geojson.h"
#include "core/geo/label_point.h"
#include "core/geo/rd_new.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>

using swm::test::MonitorProcess;
using swm::test::TempDir;
using swm::test::Answer;
using swm::test::read_text;
using nlohmann::json;
namespace geo = swm::geo;

namespace {

const std::string kCredit = "Bron: CBS/PDOK (Kadaster), CC BY 4.0, grenzen 2024, gegeneraliseerd";

// The register's municipalities in register order, each with a point inside
// it on the shipped map (its label point).
struct Place {
    std::string statcode;
    std::string name;
    geo::Point inside;  // lon, lat
};
const std::vector<Place>& places() {
    static const std::vector<Place> list = [] {
        const geo::GeoJsonResult shipped =
            geo::parse_geojson(read_text(std::string(SWM_SOURCE_DIR) + "/assets/map/gemeenten-regio-2024.geojson"));
        REQUIRE(shipped.map);
        const json reg = json::parse(read_text(std::string(SWM_SOURCE_DIR) + "/assets/data/register-2014.json"));
        std::vector<Place> out;
        for (const auto& o : reg["organisations"]) {
            if (o["kind"] != "gemeente") continue;
            const geo::Municipality* m = shipped.map->find(o["id"].get<std::string>());
            REQUIRE(m);
            out.push_back({m->statcode, o["name"].get<std::string>(), geo::label_point(m->area)});
        }
        return out;
    }();
    return list;
}

std::string get_geo(MonitorProcess& m) {
    auto res = m.client().Get("/api/geo");
    REQUIRE(res);
    REQUIRE(res->status == 200);
    return res->body;
}

Answer post_map(MonitorProcess& m, const std::string& text, const std::string& name = "test.geojson") {
    auto res = m.client().Post("/api/geo/import?name=" + name, m.write_headers(), text, "application/geo+json");
    REQUIRE(res);
    return {res->status, json::parse(res->body, nullptr, false)};
}

std::set<std::string> codes_of(const json& fc) {
    std::set<std::string> out;
    for (const auto& f : fc["features"]) out.insert(f["properties"]["statcode"].get<std::string>());
    return out;
}

// A square of `half` metres around a point, in RD New metres or WGS84 degrees,
// as a closed GeoJSON ring.
json square_ring(geo::Point lonlat, double half, bool rd) {
    const geo::Point c = geo::wgs84_to_rd(lonlat);
    json ring = json::array();
    for (auto [dx, dy] : {std::pair{-1, -1}, {1, -1}, {1, 1}, {-1, 1}, {-1, -1}}) {
        const geo::Point p{c.x + dx * half, c.y + dy * half};
        const geo::Point out = rd ? p : geo::rd_to_wgs84(p);
        ring.push_back({out.x, out.y});
    }
    return ring;
}

// The register's municipalities as 2 km squares, each inside its real area;
// Hof van Twente with a 500 m hole, Enschede as two parts.
json small_map(bool rd) {
    json features = json::array();
    for (const auto& m : places()) {
        json geometry;
        if (m.statcode == "GM1735") {
            json hole = square_ring(m.inside, 250, rd);
            std::reverse(hole.begin(), hole.end());
            geometry = {{"type", "Polygon"}, {"coordinates", {square_ring(m.inside, 1000, rd), hole}}};
        } else if (m.statcode == "GM0153") {
            const geo::Point east{m.inside.x + 0.04, m.inside.y};
            geometry = {{"type", "MultiPolygon"},
                        {"coordinates", {{square_ring(m.inside, 1000, rd)}, {square_ring(east, 300, rd)}}}};
        } else {
            geometry = {{"type", "Polygon"}, {"coordinates", {square_ring(m.inside, 1000, rd)}}};
        }
        features.push_back({{"type", "Feature"},
                            {"properties", {{"statcode", m.statcode}, {"statnaam", m.name}}},
                            {"geometry", geometry}});
    }
    json doc = {{"type", "FeatureCollection"}, {"features", features}};
    if (rd) doc["crs"] = {{"type", "name"}, {"properties", {{"name", "urn:ogc:def:crs:EPSG::28992"}}}};
    return doc;
}

const json* feature_of(const json& fc, const std::string& code) {
    for (const auto& f : fc["features"])
        if (f["properties"]["statcode"] == code) return &f;
    return nullptr;
}

std::set<std::string> register_municipalities(MonitorProcess& m) {
    auto res = m.client().Get("/api/organisations");
    REQUIRE(res);
    std::set<std::string> out;
    const json body = json::parse(res->body);
    for (const auto& o : body["organisations"])
        if (o["kind"] == "gemeente") out.insert(o["id"].get<std::string>());
    return out;
}

} // namespace

TEST_CASE("a fresh data folder shows the shipped official boundaries of the region and its neighbours, credited") {
    TempDir dir;
    MonitorProcess m(dir.path);
    const json fc = json::parse(get_geo(m));
    CHECK(fc["type"] == "FeatureCollection");
    CHECK(fc.value("schematic", false) == false);
    const json& p = fc["provenance"];
    CHECK(p["kind"] == "shipped");
    CHECK(p["year"] == 2024);
    CHECK(p["licence"] == "CC BY 4.0");
    CHECK(p["credit"] == kCredit);
    CHECK((!p.contains("imported_at") || p["imported_at"].is_null()));
    // Every municipality of the register, and grey context around it.
    const std::set<std::string> codes = codes_of(fc), wanted = register_municipalities(m);
    CHECK(std::includes(codes.begin(), codes.end(), wanted.begin(), wanted.end()));
    CHECK(codes.size() > wanted.size() + 20);
    CHECK(codes.count("GM0150"));  // Deventer
    for (const auto& f : fc["features"]) {
        const std::string type = f["geometry"]["type"];
        CHECK((type == "Polygon" || type == "MultiPolygon"));
    }
    // The real outline: Goor lies in Hof van Twente's box, Enschede not.
    const json& hof = *feature_of(fc, "GM1735");
    double min_lon = 180, max_lon = -180, min_lat = 90, max_lat = -90;
    for (const auto& q : hof["geometry"]["coordinates"][0]) {
        min_lon = std::min(min_lon, q[0].get<double>());
        max_lon = std::max(max_lon, q[0].get<double>());
        min_lat = std::min(min_lat, q[1].get<double>());
        max_lat = std::max(max_lat, q[1].get<double>());
    }
    CHECK((min_lon < 6.5861 && 6.5861 < max_lon && min_lat < 52.2333 && 52.2333 < max_lat));
    CHECK(max_lon < 6.8937);
    CHECK(hof["geometry"]["coordinates"][0].size() == 33);  // as generalised as the source
}

TEST_CASE("a copy of the shipped map, imported, keeps its credit and a file marked schematic stays marked") {
    TempDir dir;
    MonitorProcess m(dir.path);
    Answer a = post_map(m, get_geo(m), "kopie.geojson");
    INFO(a.body.dump());
    REQUIRE(a.status == 200);
    CHECK(a.body["provenance"]["kind"] == "imported");
    CHECK(a.body["provenance"]["credit"] == kCredit);
    json fc = json::parse(get_geo(m));
    CHECK(fc["provenance"]["source"] == "kopie.geojson");
    CHECK(fc["provenance"]["year"] == 2024);
    CHECK(fc["provenance"]["credit"] == kCredit);

    json marked = small_map(false);
    marked["schematic"] = true;
    a = post_map(m, marked.dump(), "oud-schematisch.geojson");
    REQUIRE(a.status == 200);
    CHECK(a.body["schematic"] == true);
    fc = json::parse(get_geo(m));
    CHECK(fc["schematic"] == true);
    CHECK(fc["provenance"]["credit"].is_null());  // a file without a credit gets none invented
}

TEST_CASE("importing official boundaries replaces the map, in WGS84 and in RD New, and DELETE goes back to the shipped map") {
    TempDir dir;
    MonitorProcess m(dir.path);
    for (const bool rd : {false, true}) {
        INFO((rd ? "RD New" : "WGS84"));
        const Answer a = post_map(m, small_map(rd).dump(), rd ? "gemeenten-rd.geojson" : "gemeenten.geojson");
        INFO(a.body.dump());
        REQUIRE(a.status == 200);
        CHECK(a.body["municipalities"] == places().size());
        CHECK(a.body["crs"] == (rd ? "rd_new" : "wgs84"));

        const json fc = json::parse(get_geo(m));
        CHECK(fc["schematic"] == false);
        CHECK(fc["provenance"]["kind"] == "imported");
        CHECK(fc["provenance"]["source"] == (rd ? "gemeenten-rd.geojson" : "gemeenten.geojson"));
        CHECK(fc["features"].size() == places().size());
        CHECK(codes_of(fc) == register_municipalities(m));
        // Served in WGS84 whatever came in: Goor's square with its hole.
        const json& hof = (*feature_of(fc, "GM1735"))["geometry"];
        REQUIRE(hof["type"] == "Polygon");
        REQUIRE(hof["coordinates"].size() == 2);
        const double lon = hof["coordinates"][0][0][0], lat = hof["coordinates"][0][0][1];
        CHECK(std::abs(lon - places()[7].inside.x) < 0.03);
        CHECK(std::abs(lat - places()[7].inside.y) < 0.02);
        CHECK((*feature_of(fc, "GM0153"))["geometry"]["type"] == "MultiPolygon");
    }
    auto res = m.client().Delete("/api/geo/import", m.write_headers());
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(json::parse(res->body)["provenance"]["kind"] == "shipped");
    const json back = json::parse(get_geo(m));
    CHECK(back["provenance"]["kind"] == "shipped");
    CHECK(back["provenance"]["credit"] == kCredit);
    CHECK(back["features"].size() > places().size());
    // ... and stays there after a restart.
    REQUIRE(m.stop() == 0);
    MonitorProcess again(dir.path);
    CHECK(json::parse(get_geo(again))["provenance"]["kind"] == "shipped");
}

TEST_CASE("the imported map survives a restart") {
    TempDir dir;
    {
        MonitorProcess m(dir.path);
        REQUIRE(post_map(m, small_map(false).dump()).status == 200);
        CHECK(m.stop() == 0);
    }
    MonitorProcess again(dir.path);
    CHECK(json::parse(get_geo(again))["provenance"]["kind"] == "imported");
}

TEST_CASE("a bad map file gives 422 with a clear message and leaves the current map untouched") {
    TempDir dir;
    MonitorProcess m(dir.path);
    REQUIRE(post_map(m, small_map(false).dump()).status == 200);
    const std::string before = get_geo(m);

    auto broken = [](auto edit) {
        json doc = small_map(false);
        edit(doc);
        return doc.dump();
    };
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"not JSON", "gemeentegrenzen,statcode\nGM1735,..."},
        {"wrong geometry type", broken([](json& d) {
             d["features"][3]["geometry"] = {{"type", "LineString"}, {"coordinates", {{6.5, 52.2}, {6.6, 52.3}}}};
         })},
        {"missing statcode", broken([](json& d) { d["features"][3]["properties"].erase("statcode"); })},
        {"unknown code", broken([](json& d) { d["features"][3]["properties"]["statcode"] = "GM9999"; })},
        {"missing municipality", broken([](json& d) { d["features"].erase(d["features"].begin() + 7); })},
    };
    const std::vector<std::string> expected = {
        "regel 1",                     // where the text stops being JSON
        "features[3].geometry",        // and the type it found
        "features[3].properties.statcode: ontbreekt",
        "onbekende gemeentecode 'GM9999' voor Enschede: het register kent Enschede als GM0153",
        "gemeente GM1735 (Hof van Twente) ontbreekt",
    };
    for (std::size_t i = 0; i < cases.size(); ++i) {
        INFO(cases[i].first);
        const Answer a = post_map(m, cases[i].second);
        INFO(a.body.dump());
        CHECK(a.status == 422);
        CHECK(a.body["error"] == "invalid_map");
        const std::string message = a.body["message"];
        CHECK(message.find("de huidige kaart blijft staan") != std::string::npos);
        CHECK(message.find(expected[i]) != std::string::npos);
        REQUIRE(a.body["errors"].size() >= 1);
        CHECK_FALSE(a.body["errors"][0]["message_en"].get<std::string>().empty());
        CHECK(get_geo(m) == before);
    }
    CHECK(places()[3].name == "Enschede");  // the index the cases edit
    CHECK(places()[7].statcode == "GM1735");
}

TEST_CASE("importing a map needs the session's credential") {
    TempDir dir;
    MonitorProcess m(dir.path);
    auto res = m.anonymous_client().Post("/api/geo/import", small_map(false).dump(), "application/json");
    REQUIRE(res);
    CHECK(res->status == 401);
    res = m.anonymous_client().Delete("/api/geo/import");
    REQUIRE(res);
    CHECK(res->status == 401);
    CHECK(json::parse(get_geo(m))["provenance"]["kind"] == "shipped");
}

TEST_CASE("import-map on the command line: errors in Dutch and exit 1, a good file is used by the monitor") {
    TempDir dir, files;
    const std::string bad = files.path + "/kapot.geojson", good = files.path + "/gemeenten.geojson";
    std::ofstream(bad) << "{\"type\":\"FeatureCollection\",\"features\":[]}";
    std::ofstream(good) << small_map(true).dump();

    swm::test::RunResult r = swm::test::run_exe({"import-map", bad, "--data-dir", dir.path});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("de huidige kaart blijft staan") != std::string::npos);

    r = swm::test::run_exe({"import-map", "--data-dir", dir.path});
    CHECK(r.exit_code == 64);
    CHECK(r.err.find("import-map verwacht een bestand") != std::string::npos);

    r = swm::test::run_exe({"import-map", good, "--data-dir", dir.path});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("Kaart ingelezen: 23 gemeenten") != std::string::npos);
    CHECK(r.out.find("RD New") != std::string::npos);
    MonitorProcess m(dir.path);
    const json fc = json::parse(get_geo(m));
    CHECK(fc["provenance"]["kind"] == "imported");
    CHECK(fc["provenance"]["source"] == "gemeenten.geojson");
}

TEST_CASE("the official 2024 map of the Netherlands imports, also converted to RD New") {
    const std::string path = std::string(SWM_SOURCE_DIR) + "/../shared/geo/gemeenten-2024.wgs84.geojson";
    const std::string text = read_text(path);
    if (text.empty()) {
        WARN("no " << path << ": skipped (test material, not part of the repository)");
        return;
    }
    TempDir dir;
    MonitorProcess m(dir.path);
    Answer a = post_map(m, text, "gemeenten-2024.wgs84.geojson");
    INFO(a.body.dump().substr(0, 1000));
    REQUIRE(a.status == 200);
    CHECK(a.body["municipalities"] == 342);
    const json wgs = json::parse(get_geo(m));
    CHECK(wgs["features"].size() == 342);

    // The same file as a PDOK user might have it: RD New, declared by crs.
    json doc = json::parse(text);
    for (auto& f : doc["features"]) {
        auto& g = f["geometry"];
        auto convert_polygon = [](json& rings) {
            for (auto& ring : rings)
                for (auto& p : ring) {
                    const geo::Point rd = geo::wgs84_to_rd({p[0].get<double>(), p[1].get<double>()});
                    p = {rd.x, rd.y};
                }
        };
        if (g["type"] == "Polygon") convert_polygon(g["coordinates"]);
        else
            for (auto& poly : g["coordinates"]) convert_polygon(poly);
    }
    doc["crs"] = {{"type", "name"}, {"properties", {{"name", "urn:ogc:def:crs:EPSG::28992"}}}};
    a = post_map(m, doc.dump(), "gemeenten-2024.rd.geojson");
    INFO(a.body.dump().substr(0, 1000));
    REQUIRE(a.status == 200);
    CHECK(a.body["crs"] == "rd_new");
    const json back = json::parse(get_geo(m));
    // Round trip through RD New within a metre (1e-5 degrees).
    const json& p0 = (*feature_of(back, "GM1735"))["geometry"]["coordinates"];
    const json& q0 = (*feature_of(wgs, "GM1735"))["geometry"]["coordinates"];
    const json& p = p0[0][0].is_array() && p0[0][0][0].is_number() ? p0[0][0] : p0[0][0][0];
    const json& q = q0[0][0].is_array() && q0[0][0][0].is_number() ? q0[0][0] : q0[0][0][0];
    CHECK(std::abs(p[0].get<double>() - q[0].get<double>()) < 1e-5);
    CHECK(std::abs(p[1].get<double>() - q[1].get<double>()) < 1e-5);
}

// Names from a request or a file name may be any bytes. Before, ?name=%FF was
// stored, then the answer failed (500) and every later start and `report`
// aborted (exit 134); the same for a name cut inside a character by the
// length limit and for import-map on a file whose name is not UTF-8.
TEST_CASE("a map name that is not valid UTF-8 is stored as valid text, and the monitor and report still start") {
    const std::string cut_in_e = std::string(199, 'k') + "%C3%AB";  // 199 bytes and "ë": the limit falls inside it
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"%FF", "\xEF\xBF\xBD"},
        {"kaart%C3", "kaart\xEF\xBF\xBD"},
        {cut_in_e, std::string(199, 'k')},
    };
    for (const auto& [name, stored] : cases) {
        INFO(name);
        TempDir dir;
        {
            MonitorProcess m(dir.path);
            const Answer a = post_map(m, small_map(false).dump(), name);
            INFO(a.body.dump());
            CHECK(a.status == 200);
            CHECK(a.body["provenance"]["source"] == stored);
            CHECK(json::parse(get_geo(m))["provenance"]["source"] == stored);
            CHECK(m.stop() == 0);
        }
        MonitorProcess again(dir.path);
        CHECK(json::parse(get_geo(again))["provenance"]["source"] == stored);
        const swm::test::RunResult r = swm::test::run_exe({"report", "--data-dir", dir.path, "--output", dir.path + "/r.html"});
        INFO(r.err);
        CHECK(r.exit_code == 0);
        CHECK(read_text(dir.path + "/r.html").find("ingelezen op") != std::string::npos);
    }
}

TEST_CASE("import-map on a file whose name is not UTF-8 stores a valid name") {
    TempDir dir, files;
    const std::string path = files.path + "/grenzen-\xFF.geojson";
    std::ofstream(path) << small_map(false).dump();
    const swm::test::RunResult r = swm::test::run_exe({"import-map", path, "--data-dir", dir.path});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    MonitorProcess m(dir.path);
    CHECK(json::parse(get_geo(m))["provenance"]["source"] == "grenzen-\xEF\xBF\xBD.geojson");
}

// A data folder that an earlier release bricked this way (or a damaged row):
// the monitor reports it, shows the shipped map and serves everything else.
TEST_CASE("a stored map row that cannot be read is reported and passed over for the shipped map") {
    TempDir dir;
    {
        MonitorProcess m(dir.path);
        REQUIRE(post_map(m, small_map(false).dump(), "goed.geojson").status == 200);
        REQUIRE(m.stop() == 0);
    }
    const std::vector<std::pair<std::string, std::string>> damage = {
        // The row as the release before this one wrote it for ?name=%FF.
        {"invalid UTF-8 in the source",
         "UPDATE map_geometry SET source = CAST(X'FF' AS TEXT), geojson = json_remove(geojson, '$.provenance')"},
        {"not JSON", "UPDATE map_geometry SET geojson = '{\"type\": \"FeatureCollection\", \"features\": ['"},
        {"a broken provenance", "UPDATE map_geometry SET geojson = json_set(geojson, '$.provenance.kind', 'kwijt')"},
    };
    for (const auto& [what, sql] : damage) {
        INFO(what);
        {
            swm::Db db;
            db.open(dir.path + "/monitor.sqlite", false);
            db.exec(sql.c_str());
        }
        MonitorProcess m(dir.path);
        const json fc = json::parse(get_geo(m));
        CHECK(fc["provenance"]["kind"] == "shipped");
        auto res = m.client().Get("/api/partnerships");
        REQUIRE(res);
        CHECK(res->status == 200);
        CHECK(json::parse(res->body)["total"] == 33);
        const swm::test::RunResult r = swm::test::run_exe({"report", "--data-dir", dir.path, "--output", dir.path + "/r.html"});
        CHECK(r.exit_code == 0);
        CHECK(r.err.find("De opgeslagen kaart is niet te lezen") != std::string::npos);
        CHECK(r.err.find("meegeleverde kaart") != std::string::npos);
        CHECK(read_text(dir.path + "/r.html").find("Meegeleverde kaart") != std::string::npos);
        // A new import replaces the damaged row.
        REQUIRE(post_map(m, small_map(false).dump(), "opnieuw.geojson").status == 200);
        CHECK(json::parse(get_geo(m))["provenance"]["source"] == "opnieuw.geojson");
    }
}
