// TopoJSON import: shared arcs, reversed arcs, quantisation, and errors with
// TopoJSON paths.
#include "core/geo/hit_test.h"
#include "core/geo/topojson.h"

#include <catch2/catch.hpp>

using namespace swm::geo;
using swm::Lang;

namespace {

// Two unit-ish squares side by side in lon/lat sharing the arc x = 6.5:
// arc 0 is the shared border (bottom to top), arc 1 the rest of the left
// square, arc 2 the rest of the right square.
const char* kPlain = R"({"type":"Topology",
  "objects":{"gemeenten":{"type":"GeometryCollection","geometries":[
    {"type":"Polygon","arcs":[[1,0]],"properties":{"statcode":"GM1735","statnaam":"Hof van Twente"}},
    {"type":"Polygon","arcs":[[-1,2]],"properties":{"statcode":"GM0164","statnaam":"Hengelo"}}]}},
  "arcs":[[[6.5,52.2],[6.5,52.3]],
          [[6.5,52.3],[6.4,52.3],[6.4,52.2],[6.5,52.2]],
          [[6.5,52.2],[6.6,52.2],[6.6,52.3],[6.5,52.3]]]})";

std::string first_error(const GeoJsonResult& r) {
    REQUIRE_FALSE(r.map);
    REQUIRE_FALSE(r.errors.empty());
    return r.errors[0].describe(Lang::nl);
}

} // namespace

TEST_CASE("geo: TopoJSON with shared and reversed arcs", "[geo][topojson]") {
    const GeoJsonResult r = parse_topojson(kPlain);
    INFO((r.errors.empty() ? "" : r.errors[0].describe(Lang::nl)));
    REQUIRE(r.map);
    REQUIRE(r.map->municipalities.size() == 2);
    const Municipality& hof = r.map->municipalities[0];
    CHECK(hof.statcode == "GM1735");
    CHECK(hof.area.parts[0].outer.size() == 4);
    CHECK(area(hof.area) == Approx(0.01));
    CHECK(point_in_multipolygon(hof.area, {6.45, 52.25}));
    CHECK(point_in_multipolygon(r.map->find("GM0164")->area, {6.55, 52.25}));
    // Through the sniffing entry point too, and GeoJSON still works there.
    CHECK(parse_map_data(kPlain).map);
    CHECK(parse_map_data(R"({"type":"FeatureCollection","features":[]})").errors.size() == 1);
}

TEST_CASE("geo: quantised, delta-encoded TopoJSON", "[geo][topojson]") {
    // The same left square on a 0.1-degree grid from (6.4, 52.2).
    const char* q = R"({"type":"Topology","transform":{"scale":[0.1,0.1],"translate":[6.4,52.2]},
      "objects":{"m":{"type":"GeometryCollection","geometries":[
        {"type":"Polygon","arcs":[[0]],"properties":{"statcode":"GM1735","statnaam":"Hof van Twente"}}]}},
      "arcs":[[[0,0],[1,0],[0,1],[-1,0],[0,-1]]]})";
    const GeoJsonResult r = parse_topojson(q);
    REQUIRE(r.map);
    const BBox b = bbox(r.map->municipalities[0].area);
    CHECK(b.min_x == Approx(6.4));
    CHECK(b.max_x == Approx(6.5));
    CHECK(b.min_y == Approx(52.2));
    CHECK(b.max_y == Approx(52.3));
}

TEST_CASE("geo: TopoJSON errors name the topology's paths", "[geo][topojson]") {
    CHECK(first_error(parse_topojson(R"({"type":"FeatureCollection"})")) == "type: verwacht 'Topology'");
    CHECK(first_error(parse_topojson(R"({"type":"Topology","arcs":[]})")) == "objects: ontbreekt of is leeg");
    CHECK(first_error(parse_topojson(R"({"type":"Topology","objects":{"a":{"type":"GeometryCollection","geometries":[]}}})")) ==
          "arcs: ontbreekt of is geen lijst");
    CHECK(first_error(parse_topojson(R"({"type":"Topology","objects":{"a":{"type":"GeometryCollection","geometries":[
        {"type":"Polygon","arcs":[[5]]}]}},"arcs":[[[0,0],[1,1]]]})")) ==
          "objects.a.geometries[0].arcs[0][0]: boog 5 bestaat niet");
    CHECK(first_error(parse_topojson(R"({"type":"Topology","objects":{"a":{"type":"GeometryCollection","geometries":[
        {"type":"LineString","arcs":[0],"properties":{"statcode":"GM0141","statnaam":"A"}}]}},"arcs":[[[0,0],[1,1]]]})")) ==
          "objects.a.geometries[0]: type 'LineString' wordt niet ondersteund (alleen Polygon en MultiPolygon)");
    CHECK(first_error(parse_topojson(R"({"type":"Topology","objects":{"a":{"type":"GeometryCollection","geometries":[
        {"type":"Polygon","arcs":[[0]],"properties":{"statnaam":"A"}}]}},
        "arcs":[[[6,52],[7,52],[7,53],[6,52]]]})")) ==
          "objects.a.geometries[0].properties.statcode: ontbreekt");
    CHECK(first_error(parse_topojson(R"({"type":"Topology","transform":{"scale":[1]},"objects":{"a":{"type":"GeometryCollection","geometries":[]}},"arcs":[]})")) ==
          "transform: moet scale [sx, sy] en translate [tx, ty] hebben");
    CHECK(first_error(parse_topojson(R"({"type":"Topology","objects":{"a":{"type":"GeometryCollection","geometries":[]}},"arcs":[[[0,0]]]})")) ==
          "arcs[0]: een boog moet minstens 2 posities hebben");
    // Hostile shapes of members never throw.
    CHECK_FALSE(parse_topojson(R"({"type":5,"objects":{"a":{"type":7}}})").map);
    CHECK_FALSE(parse_topojson(R"({"type":"Topology","objects":{"a":{"type":[1],"geometries":{}}},"arcs":[]})").map);
    CHECK_FALSE(parse_topojson(R"({"type":"Topology","objects":{"a":{"type":"GeometryCollection","geometries":[7,{"type":"Polygon","arcs":[["x"]]}]}},"arcs":[[[0,0],[1,1]]]})").map);
    // A small file expanding to many positions through shared arcs is refused.
    std::string big = R"({"type":"Topology","objects":{"a":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[)";
    for (int i = 0; i < 1000; ++i) big += std::string(i ? "," : "") + "0";
    big += R"(]],"properties":{"statcode":"GM0141","statnaam":"A"}}]}},"arcs":[[[6,52],[7,52],[7,53],[6,52]]]})";
    GeoJsonOptions small;
    small.max_positions = 500;
    CHECK(first_error(parse_topojson(big, small)).find("te veel posities") != std::string::npos);
}
