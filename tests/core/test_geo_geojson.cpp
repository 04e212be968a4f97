// GeoJSON import and export: CBS/PDOK style input in WGS84 and RD New, and a
// specific error (with its JSON path) for every kind of bad input.
#include "core/geo/geojson.h"
#include "core/geo/hit_test.h"
#include "core/geo/rd_new.h"

#include <catch2/catch.hpp>

#include <string>

using namespace swm::geo;
using swm::Lang;

namespace {

// A square municipality around (lon, lat) in WGS84, GeoJSON text.
std::string square_wgs(double lon, double lat, double d = 0.01) {
    auto pos = [](double x, double y) { return "[" + std::to_string(x) + "," + std::to_string(y) + "]"; };
    return "[[" + pos(lon - d, lat - d) + "," + pos(lon + d, lat - d) + "," + pos(lon + d, lat + d) + "," +
           pos(lon - d, lat + d) + "," + pos(lon - d, lat - d) + "]]";
}

std::string feature(const std::string& code, const std::string& name, const std::string& geometry) {
    return R"({"type":"Feature","properties":{"statcode":")" + code + R"(","statnaam":")" + name +
           R"("},"geometry":)" + geometry + "}";
}

std::string polygon(const std::string& coords) { return R"({"type":"Polygon","coordinates":)" + coords + "}"; }

std::string collection(const std::string& features, const std::string& extra = "") {
    return R"({"type":"FeatureCollection",)" + extra + R"("features":[)" + features + "]}";
}

// The one error of a result, as "path: Dutch message".
std::string only_error(const GeoJsonResult& r) {
    REQUIRE_FALSE(r.map);
    REQUIRE(r.errors.size() >= 1);
    return r.errors.front().describe(Lang::nl);
}

} // namespace

TEST_CASE("geo: GeoJSON import of a CBS-style collection in WGS84", "[geo][geojson]") {
    // Hof van Twente as a square with a hole, and a two-part municipality.
    const std::string hof = polygon(
        "[[[6.5,52.2],[6.7,52.2],[6.7,52.3],[6.5,52.3],[6.5,52.2]],"
        "[[6.55,52.25],[6.55,52.27],[6.57,52.27],[6.57,52.25],[6.55,52.25]]]");
    const std::string multi = R"({"type":"MultiPolygon","coordinates":[)" + square_wgs(6.8, 52.2) + "," +
                              square_wgs(6.9, 52.2) + "]}";
    const GeoJsonResult r = parse_geojson(collection(feature("GM1735", "Hof van Twente", hof) + "," +
                                                     feature("GM0153", "Enschede", multi)));
    INFO((r.errors.empty() ? "" : r.errors[0].describe(Lang::nl)));
    REQUIRE(r.map);
    CHECK(r.source_crs == Crs::wgs84);
    CHECK_FALSE(r.map->schematic);
    REQUIRE(r.map->municipalities.size() == 2);
    const Municipality& m = r.map->municipalities[0];
    CHECK(m.statcode == "GM1735");
    CHECK(m.name == "Hof van Twente");
    REQUIRE(m.area.parts.size() == 1);
    CHECK(m.area.parts[0].outer.size() == 4);  // closing position dropped
    CHECK(m.area.parts[0].holes.size() == 1);
    CHECK(signed_area(m.area.parts[0].outer) > 0);
    CHECK(signed_area(m.area.parts[0].holes[0]) < 0);
    CHECK(point_in_multipolygon(m.area, {6.6, 52.22}));
    CHECK_FALSE(point_in_multipolygon(m.area, {6.56, 52.26}));  // the hole
    CHECK(r.map->find("GM0153")->area.parts.size() == 2);
    CHECK(r.map->find("GM9999") == nullptr);
}

TEST_CASE("geo: GeoJSON import of RD New, declared or recognised by range", "[geo][geojson]") {
    // A 2 x 2 km square around Goor in RD New.
    const Point goor = wgs84_to_rd({6.5861, 52.2333});
    auto pos = [](double x, double y) { return "[" + std::to_string(x) + "," + std::to_string(y) + "]"; };
    const double x0 = goor.x - 1000, y0 = goor.y - 1000, x1 = goor.x + 1000, y1 = goor.y + 1000;
    const std::string geom = polygon("[[" + pos(x0, y0) + "," + pos(x1, y0) + "," + pos(x1, y1) + "," + pos(x0, y1) +
                                     "," + pos(x0, y0) + "]]");
    const std::string features = feature("GM1735", "Hof van Twente", geom);
    for (const std::string& extra : {std::string(), std::string(R"("crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},)"),
                                     std::string(R"("crs":{"type":"name","properties":{"name":"EPSG:28992"}},)")}) {
        const GeoJsonResult r = parse_geojson(collection(features, extra));
        REQUIRE(r.map);
        CHECK(r.source_crs == Crs::rd_new);
        const BBox b = bbox(r.map->municipalities[0].area);
        CHECK(b.center().x == Approx(6.5861).margin(1e-4));
        CHECK(b.center().y == Approx(52.2333).margin(1e-4));
        CHECK(point_in_multipolygon(r.map->municipalities[0].area, {6.5861, 52.2333}));
    }
    // WGS84 declared explicitly.
    const GeoJsonResult w = parse_geojson(collection(feature("GM1735", "Hof", polygon(square_wgs(6.6, 52.2))),
                                                     R"("crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},)"));
    REQUIRE(w.map);
    CHECK(w.source_crs == Crs::wgs84);
}

TEST_CASE("geo: GeoJSON import accepts older property names and bare codes", "[geo][geojson]") {
    const std::string f = R"({"type":"Feature","properties":{"gemeentecode":"0141","gemeentenaam":"Almelo"},"geometry":)" +
                          polygon(square_wgs(6.66, 52.35)) + "}";
    const GeoJsonResult r = parse_geojson(collection(f));
    REQUIRE(r.map);
    CHECK(r.map->municipalities[0].statcode == "GM0141");
    CHECK(r.map->municipalities[0].name == "Almelo");
}

TEST_CASE("geo: GeoJSON import errors name the problem and its place", "[geo][geojson]") {
    const std::string ok = feature("GM1735", "Hof van Twente", polygon(square_wgs(6.6, 52.2)));

    CHECK(only_error(parse_geojson("")) == "het bestand is leeg");
    CHECK(only_error(parse_geojson("{\"type\": \"FeatureCollection\",\n \"features\": [}")) ==
          "geen geldige JSON (fout bij regel 2, kolom 15)");
    CHECK(only_error(parse_geojson("[1,2]")) == "verwacht een GeoJSON-object (FeatureCollection)");
    CHECK(only_error(parse_geojson(R"({"type":"Feature"})")) == "type: verwacht 'FeatureCollection', niet 'Feature'");
    CHECK(only_error(parse_geojson(R"({"type":"FeatureCollection"})")) == "features: ontbreekt of is geen lijst");
    CHECK(only_error(parse_geojson(collection(""))) == "features: de collectie is leeg: geen gemeenten");

    // Properties.
    CHECK(only_error(parse_geojson(collection(ok + "," + R"({"type":"Feature","properties":{"statnaam":"X"},"geometry":)" +
                                              polygon(square_wgs(6.7, 52.2)) + "}"))) ==
          "features[1].properties.statcode: ontbreekt");
    CHECK(only_error(parse_geojson(collection(feature("GM17", "X", polygon(square_wgs(6.6, 52.2)))))) ==
          "features[0].properties.statcode: 'GM17' is geen gemeentecode zoals 'GM1735'");
    CHECK(only_error(parse_geojson(collection(R"({"type":"Feature","properties":{"statcode":"GM0141"},"geometry":)" +
                                              polygon(square_wgs(6.6, 52.2)) + "}"))) ==
          "features[0].properties.statnaam: ontbreekt");
    CHECK(only_error(parse_geojson(collection(R"({"type":"Feature","geometry":)" + polygon(square_wgs(6.6, 52.2)) + "}"))) ==
          "features[0].properties: ontbreekt (statcode en statnaam nodig)");
    CHECK(only_error(parse_geojson(collection(ok + "," + ok))) ==
          "features[1].properties.statcode: 'GM1735' komt dubbel voor (ook in features[0])");
    CHECK(only_error(parse_geojson(collection(R"({"type":"Fetaure"})"))) == "features[0].type: moet 'Feature' zijn");

    // Geometry.
    CHECK(only_error(parse_geojson(collection(feature("GM0141", "A", "null")))) == "features[0].geometry: ontbreekt");
    CHECK(only_error(parse_geojson(collection(ok + "," + feature("GM0153", "B", polygon(square_wgs(6.9, 52.2))) + "," +
                                              feature("GM0164", "C", polygon(square_wgs(6.8, 52.3))) + "," +
                                              feature("GM0141", "A", R"({"type":"LineString","coordinates":[[6,52],[7,52]]})")))) ==
          "features[3].geometry: type 'LineString' wordt niet ondersteund (alleen Polygon en MultiPolygon)");
    CHECK(only_error(parse_geojson(collection(feature("GM0141", "A", R"({"type":"Polygon"})")))) ==
          "features[0].geometry.coordinates: ontbreekt of is geen lijst");
    CHECK(only_error(parse_geojson(collection(feature("GM0141", "A", polygon("[]"))))) ==
          "features[0].geometry.coordinates: een polygoon moet een niet-lege lijst van ringen zijn");
    CHECK(only_error(parse_geojson(collection(feature("GM0141", "A", polygon("[[[6,52],[7,52],[6,52]]]"))))) ==
          "features[0].geometry.coordinates[0]: ring met 3 posities; minstens 4 nodig (3 punten en de sluitende)");
    CHECK(only_error(parse_geojson(collection(feature("GM0141", "A", polygon("[[[6,52],[7,52],[7,53],[6,53.5]]]"))))) ==
          "features[0].geometry.coordinates[0]: ring is niet gesloten (eerste en laatste positie verschillen)");
    CHECK(only_error(parse_geojson(collection(feature("GM0141", "A", polygon("[[[6,52],[7,\"52\"],[7,53],[6,52]]]"))))) ==
          "features[0].geometry.coordinates[0][1]: een positie moet [x, y] met twee getallen zijn");
    CHECK(only_error(parse_geojson(collection(feature("GM0141", "A", polygon("[[[6,52],[7],[7,53],[6,52]]]"))))) ==
          "features[0].geometry.coordinates[0][1]: een positie moet [x, y] met twee getallen zijn");
    // JSON cannot spell NaN or Infinity; a number too large for a double is
    // the way a non-finite coordinate arrives, and the parser catches it.
    CHECK(only_error(parse_geojson(collection(feature("GM0141", "A", R"({"type":"MultiPolygon","coordinates":[)" +
                                                                        square_wgs(6.6, 52.2) + R"(,[[[6,52],[1e999,52],[7,53],[6,52]]]]})")))) ==
          "getal '1e999' is geen eindig getal (regel 1, kolom 277)");
    CHECK(only_error(parse_geojson(collection(feature("GM0141", "A", polygon("[[[6,52],[7,NaN],[7,53],[6,52]]]"))))).rfind(
              "geen geldige JSON", 0) == 0);
    CHECK(only_error(parse_geojson(collection(feature("GM0141", "A", polygon("[[[6,52],[7,52],[8,52],[6,52]]]"))))) ==
          "features[0].geometry.coordinates[0]: ring heeft geen oppervlakte (alle punten op een lijn)");
    CHECK(only_error(parse_geojson(collection(feature("GM0141", "A", polygon("[[[6,52],[6,52],[7,52],[6,52]]]"))))) ==
          "features[0].geometry.coordinates[0]: ring heeft minder dan 3 verschillende punten");
}

TEST_CASE("geo: GeoJSON import checks coordinate ranges and systems", "[geo][geojson]") {
    // WGS84 (recognised from the first position) with one position out of range.
    CHECK(only_error(parse_geojson(collection(feature("GM0141", "A", polygon("[[[6,52],[7,52],[200,53],[6,52]]]"))))) ==
          "features[0].geometry.coordinates[0][2]: coördinaat (200, 53) ligt buiten WGS84 (lengte -180..180, breedte -90..90)");
    // RD declared, but the values are degrees.
    CHECK(only_error(parse_geojson(collection(feature("GM0141", "A", polygon(square_wgs(6.6, 52.2))),
                                              R"("crs":{"type":"name","properties":{"name":"EPSG:28992"}},)"))) ==
          "features[0].geometry.coordinates[0][0]: coördinaat (6.59, 52.19) ligt buiten het bereik van RD New");
    // Neither system.
    CHECK(only_error(parse_geojson(collection(feature("GM0141", "A", polygon("[[[1000,52],[2000,52],[2000,53],[1000,52]]]"))))) ==
          "features[0].geometry.coordinates[0][0]: coördinaat (1000, 52) past bij geen ondersteund stelsel (WGS84 of RD New)");
    // Unsupported CRS.
    CHECK(only_error(parse_geojson(collection(feature("GM0141", "A", polygon(square_wgs(6.6, 52.2))),
                                              R"("crs":{"type":"name","properties":{"name":"EPSG:3857"}},)"))) ==
          "crs.properties.name: coördinatenstelsel 'EPSG:3857' wordt niet ondersteund (alleen WGS84 en RD New, EPSG:28992)");
    // Latitude and longitude swapped.
    CHECK(only_error(parse_geojson(collection(feature("GM0141", "A", polygon(square_wgs(52.2, 6.6)))))) ==
          "de coördinaten lijken (breedte, lengte) in plaats van (lengte, breedte): verwisselde assen");
}

TEST_CASE("geo: GeoJSON errors come in English too, and are capped", "[geo][geojson]") {
    const GeoJsonResult r = parse_geojson(collection(feature("GM0141", "A", R"({"type":"Point","coordinates":[6,52]})")));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].describe(Lang::en) == "features[0].geometry: type 'Point' is not supported (only Polygon and MultiPolygon)");
    CHECK(r.errors[0].path == "features[0].geometry");

    std::string many;
    for (int i = 0; i < 100; ++i) many += std::string(i ? "," : "") + R"({"type":"Feature"})";
    GeoJsonOptions options;
    options.max_errors = 5;
    const GeoJsonResult capped = parse_geojson(collection(many), options);
    CHECK(capped.errors.size() == 6);
    CHECK(capped.errors.back().nl == "meer fouten weggelaten");
}

TEST_CASE("geo: hostile GeoJSON gives errors, not crashes", "[geo][geojson]") {
    CHECK(only_error(parse_geojson(std::string(200000, '[') + std::string(200000, ']'))) ==
          "geen geldige JSON: te diep genest");
    CHECK_FALSE(parse_geojson(std::string(100, '{')).map);
    CHECK_FALSE(parse_geojson("\xff\xfe garbage").map);
    CHECK_FALSE(parse_geojson(collection("1,2,null,\"x\",[],{}")).map);
    CHECK_FALSE(parse_geojson(collection(feature("GM0141", "A", R"({"type":"MultiPolygon","coordinates":[[]]})"))).map);
    CHECK_FALSE(parse_geojson(collection(feature("GM0141", "A", R"({"type":"MultiPolygon","coordinates":[]})"))).map);
    CHECK_FALSE(parse_geojson(collection(feature("GM0141", "A", R"({"type":"Polygon","coordinates":{"a":1}})"))).map);
    CHECK_FALSE(parse_geojson(R"({"type":"FeatureCollection","features":[],"crs":5})").map);
    CHECK_FALSE(parse_geojson(collection(feature("GM0141", "A", polygon(square_wgs(6.6, 52.2))), R"("crs":[1],)")).map);
    // A position limit bounds the work.
    GeoJsonOptions tiny;
    tiny.max_positions = 3;
    CHECK(only_error(parse_geojson(collection(feature("GM0141", "A", polygon(square_wgs(6.6, 52.2)))), tiny)) ==
          "te veel posities (meer dan 3)");
}

TEST_CASE("geo: GeoJSON export round-trips through import", "[geo][geojson]") {
    MunicipalityMap map;
    map.schematic = true;
    map.municipalities.push_back({"GM1735", "Hof van Twente",
                                  MultiPolygon{{Polygon{{{6.5, 52.2}, {6.7, 52.2}, {6.7, 52.3}, {6.5, 52.3}},
                                                        {{{6.55, 52.25}, {6.55, 52.27}, {6.57, 52.27}, {6.57, 52.25}}}}}}});
    map.municipalities.push_back({"GM0153", "Enschede \"stad\"",
                                  MultiPolygon{{Polygon{{{6.8, 52.2}, {6.9, 52.2}, {6.9, 52.25}}, {}},
                                                Polygon{{{7.0, 52.2}, {7.01, 52.2}, {7.01, 52.21}}, {}}}}});
    const std::string text = encode_geojson(map);
    CHECK(text.find(R"("type":"FeatureCollection")") != std::string::npos);
    CHECK(text.find(R"("schematic":true)") != std::string::npos);
    CHECK(text.find(R"("id":"GM1735")") != std::string::npos);
    CHECK(text.find(R"("type":"MultiPolygon")") != std::string::npos);
    CHECK(text.find("[6.5,52.2]") != std::string::npos);  // shortest numbers
    const GeoJsonResult back = parse_geojson(text);
    INFO(text);
    REQUIRE(back.map);
    CHECK(back.map->schematic);
    REQUIRE(back.map->municipalities.size() == 2);
    CHECK(back.map->municipalities[1].name == "Enschede \"stad\"");
    CHECK(area(back.map->municipalities[0].area) == Approx(area(map.municipalities[0].area)));
    CHECK(back.map->municipalities[0].area.parts[0].holes.size() == 1);
    CHECK(back.map->municipalities[1].area.parts.size() == 2);
    // Rounded to 6 decimals by default.
    MunicipalityMap precise;
    precise.municipalities.push_back({"GM0141", "A", MultiPolygon{{Polygon{{{6.123456789, 52.0}, {6.2, 52.0}, {6.2, 52.1}}, {}}}}});
    CHECK(encode_geojson(precise).find("6.123457") != std::string::npos);
    // Invalid UTF-8 in a name is replaced, not thrown.
    precise.municipalities[0].name = "bad \xff name";
    CHECK_FALSE(encode_geojson(precise).empty());
}

TEST_CASE("geo: check_known_codes lists municipalities outside the allowed set", "[geo][geojson]") {
    const GeoJsonResult r = parse_geojson(collection(feature("GM1735", "Hof van Twente", polygon(square_wgs(6.6, 52.2))) + "," +
                                                     feature("GM0363", "Amsterdam", polygon(square_wgs(4.9, 52.37)))));
    REQUIRE(r.map);
    const GeoErrors errors = check_known_codes(*r.map, {"GM1735", "GM0153"});
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].describe(Lang::nl) == "features[1].properties.statcode: onbekende gemeente 'GM0363' (Amsterdam)");
    CHECK(errors[0].describe(Lang::en) == "features[1].properties.statcode: unknown municipality 'GM0363' (Amsterdam)");
}
