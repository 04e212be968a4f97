// The built-in schematic map from assets/map/seats.json, the seat table
// parser, and outlines of groups of areas (regions).
#include "geo_fixtures.h"

#include "core/geo/geojson.h"
#include "core/geo/hit_test.h"
#include "core/geo/label_point.h"
#include "core/geo/outline.h"
#include "core/geo/region_outline.h"
#include "core/geo/schematic_map.h"
#include "core/geo/triangulate.h"
#include "core/geo/voronoi.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <random>
#include <sstream>

using namespace swm::geo;
using swm::Lang;
using namespace swm::test;

namespace {

const SeatTable& seats() {
    static const SeatTable table = [] {
        SeatTableResult r = parse_seat_table(read_seats());
        INFO((r.errors.empty() ? "" : r.errors[0].describe(Lang::en)));
        REQUIRE(r.table);
        return *r.table;
    }();
    return table;
}

const MunicipalityMap& schematic() {
    static const MunicipalityMap map = build_schematic_map(seats());
    return map;
}

MultiPolygon mp(Ring r) { return MultiPolygon{{Polygon{std::move(r), {}}}}; }

double outline_length(const std::vector<Segment>& segments) {
    double sum = 0;
    for (const Segment& s : segments) sum += std::hypot(s.b.x - s.a.x, s.b.y - s.a.y);
    return sum;
}

const char* const kTwente[] = {"GM0141", "GM0147", "GM1774", "GM0153", "GM0158", "GM0163", "GM0164",
                               "GM1735", "GM0168", "GM0173", "GM1742", "GM0183", "GM1700", "GM0189"};
const char* const kAchterhoek[] = {"GM0197", "GM1859", "GM1876", "GM0222", "GM1955", "GM1586", "GM1509", "GM0294"};

} // namespace

TEST_CASE("geo: the seat table lists the 23 municipalities with their regions", "[geo][schematic]") {
    const SeatTable& t = seats();
    CHECK(t.municipalities.size() == 23);
    for (const char* code : kTwente) CHECK(t.find(code));
    for (const char* code : kAchterhoek) CHECK(t.find(code));
    REQUIRE(t.find("GM0262"));
    CHECK(t.find("GM0262")->name == "Lochem");
    CHECK(t.find("GM1735")->name == "Hof van Twente");
    CHECK(t.find("GM1735")->seat.name == "Goor");
    REQUIRE(t.find_region("twente"));
    CHECK(t.find_region("twente")->members.size() == 14);
    REQUIRE(t.find_region("achterhoek"));
    CHECK(t.find_region("achterhoek")->members.size() == 8);
    CHECK(t.find_region("midden-twente"));
    CHECK(t.find_region("west-twente"));
}

TEST_CASE("geo: seat table errors", "[geo][schematic]") {
    auto first = [](const std::string& json) {
        SeatTableResult r = parse_seat_table(json);
        REQUIRE_FALSE(r.table);
        REQUIRE_FALSE(r.errors.empty());
        return r.errors[0].describe(Lang::nl);
    };
    CHECK(first("nope") == "geen geldige JSON (fout bij regel 1, kolom 2)");
    CHECK(first("{}") == "municipalities: ontbreekt of is leeg");
    CHECK(first(R"({"municipalities":[{"statcode":"X","name":"A","seat":{"name":"A","lat":52,"lon":6}}]})") ==
          "municipalities[0].statcode: ontbreekt of is geen code als 'GM1735'");
    CHECK(first(R"({"municipalities":[{"statcode":"GM0141","name":"A","seat":{"name":"A","lat":12,"lon":6}}]})") ==
          "municipalities[0].seat.lat: ontbreekt of ligt niet in Nederland (50,5..53,7)");
    CHECK(first(R"({"municipalities":[{"statcode":"GM0141","name":"A","seat":{"name":"A","lat":52,"lon":6}}],
                    "regions":[{"id":"r","name":"R","members":["GM0999"]}]})") ==
          "regions[0].members[0]: is geen gemeente uit de lijst");
}

TEST_CASE("geo: the schematic default map has all 23 municipalities, flagged schematic", "[geo][schematic]") {
    const MunicipalityMap& map = schematic();
    CHECK(map.schematic);
    REQUIRE(map.municipalities.size() == 23);
    for (const auto& m : map.municipalities) {
        INFO(m.statcode << " " << m.name);
        CHECK(is_statcode(m.statcode));
        REQUIRE_FALSE(m.area.parts.empty());
        CHECK(area(m.area) > 0);
        for (const auto& part : m.area.parts) {
            CHECK(signed_area(part.outer) > 0);
            CHECK(part.outer.size() >= 3);
        }
    }
    // Twente and the Achterhoek lie where they belong: 51.8..52.6 N, 6.0..7.2 E.
    const BBox b = map.bbox();
    CHECK(b.min_y > 51.7);
    CHECK(b.max_y < 52.6);
    CHECK(b.min_x > 5.95);
    CHECK(b.max_x < 7.2);
    // Round trip through the API format keeps everything and the flag.
    const GeoJsonResult back = parse_geojson(encode_geojson(map));
    REQUIRE(back.map);
    CHECK(back.map->schematic);
    CHECK(back.map->municipalities.size() == 23);
}

TEST_CASE("geo: each schematic area contains its seat and its places", "[geo][schematic]") {
    const MunicipalityMap& map = schematic();
    for (const SeatEntry& e : seats().municipalities) {
        INFO(e.statcode << " " << e.name);
        const Municipality* m = map.find(e.statcode);
        REQUIRE(m);
        CHECK(point_in_multipolygon(m->area, {e.seat.lon, e.seat.lat}));
        for (const Place& p : e.places) {
            INFO(p.name);
            CHECK(point_in_multipolygon(m->area, {p.lon, p.lat}));
        }
        CHECK(point_in_multipolygon(m->area, label_point(m->area)));
    }
}

TEST_CASE("geo: schematic areas do not overlap: sample points hit at most one", "[geo][schematic]") {
    const MunicipalityMap& map = schematic();
    const BBox b = map.bbox();
    std::mt19937 rng(2014);
    std::uniform_real_distribution<double> ux(b.min_x, b.max_x), uy(b.min_y, b.max_y);
    int overlaps = 0, covered = 0;
    const int samples = 20000;
    for (int i = 0; i < samples; ++i) {
        const Point p{ux(rng), uy(rng)};
        int hits = 0;
        for (const auto& m : map.municipalities) hits += point_in_multipolygon(m.area, p);
        overlaps += hits > 1;
        covered += hits == 1;
    }
    CHECK(overlaps == 0);
    // The areas fill most of their bounding box (it is a blob, not a frame).
    CHECK(covered > samples / 2);
    // The municipality areas add up to the area of the whole map (no overlap,
    // no hidden gaps between neighbours).
    std::vector<const MultiPolygon*> all;
    double sum = 0;
    for (const auto& m : map.municipalities) {
        all.push_back(&m.area);
        sum += area(m.area);
    }
    CHECK(area(merge_shapes(all, 1e-7)) == Approx(sum).epsilon(1e-6));
}

TEST_CASE("geo: schematic areas triangulate exactly", "[geo][schematic]") {
    for (const auto& m : schematic().municipalities) {
        INFO(m.name);
        const Triangulation t = triangulate(m.area);
        CHECK(t.area() == Approx(area(m.area)).epsilon(1e-9));
    }
}

TEST_CASE("geo: a point on a border between two schematic areas hits exactly one", "[geo][schematic]") {
    // Hof van Twente and Hengelo are neighbours: walk from seat to seat and
    // every sampled point must belong to exactly one of the map's areas.
    const MunicipalityMap& map = schematic();
    std::vector<const MultiPolygon*> refs;
    for (const auto& m : map.municipalities) refs.push_back(&m.area);
    const HitIndex index(refs);
    const SeatEntry* a = seats().find("GM1735");
    const SeatEntry* c = seats().find("GM0164");
    std::string passed;
    for (int i = 0; i <= 1000; ++i) {
        const double t = i / 1000.0;
        const Point p{a->seat.lon + (c->seat.lon - a->seat.lon) * t, a->seat.lat + (c->seat.lat - a->seat.lat) * t};
        int hits = 0;
        for (const auto* s : refs) hits += point_in_multipolygon(*s, p);
        CHECK(hits == 1);
        const int found = index.find(p);
        REQUIRE(found >= 0);
        const std::string& code = map.municipalities[std::size_t(found)].statcode;
        if (passed.empty() || passed.substr(passed.size() - 6) != code) passed += code;
    }
    CHECK(passed == "GM1735GM0164");
}

TEST_CASE("geo: voronoi disk cells are convex, contain their sites and tile", "[geo][schematic]") {
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> u(0, 30);
    std::vector<Point> sites;
    for (int i = 0; i < 60; ++i) sites.push_back({u(rng), u(rng)});
    const std::vector<Ring> cells = voronoi_disk_cells(sites, 5.0, 64);
    REQUIRE(cells.size() == sites.size());
    double sum = 0;
    std::vector<MultiPolygon> shapes;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        REQUIRE(cells[i].size() >= 3);
        CHECK(point_in_ring(cells[i], sites[i]));
        for (std::size_t k = 0; k < cells[i].size(); ++k)
            CHECK(orient(cells[i][k], cells[i][(k + 1) % cells[i].size()], cells[i][(k + 2) % cells[i].size()]) >= -1e-9);
        sum += signed_area(cells[i]);
        shapes.push_back(mp(cells[i]));
    }
    std::vector<const MultiPolygon*> refs;
    for (auto& s : shapes) refs.push_back(&s);
    CHECK(area(merge_shapes(refs, 1e-9)) == Approx(sum).epsilon(1e-9));
    // A lone site is a disk.
    const std::vector<Ring> lone = voronoi_disk_cells({{0, 0}}, 1.0, 360);
    CHECK(signed_area(lone[0]) == Approx(3.14159).epsilon(1e-3));
}

TEST_CASE("geo: outline edges of a group drop the shared borders", "[geo][outline]") {
    // A 2 x 2 block of unit squares: the outline is the 2 x 2 square.
    std::vector<MultiPolygon> block{mp(square(0, 0, 1)), mp(square(1, 0, 1)), mp(square(0, 1, 1)), mp(square(1, 1, 1))};
    std::vector<const MultiPolygon*> refs;
    for (auto& s : block) refs.push_back(&s);
    const std::vector<Segment> edges = outline_edges(refs);
    CHECK(edges.size() == 8);
    CHECK(outline_length(edges) == Approx(8));
    const MultiPolygon merged = merge_shapes(refs);
    REQUIRE(merged.parts.size() == 1);
    CHECK(merged.parts[0].outer.size() == 4);  // collinear points dropped
    CHECK(area(merged) == Approx(4));

    // T-junction: a 2-wide rectangle on top of two unit squares; the shared
    // border is split differently on the two sides and still cancels.
    std::vector<MultiPolygon> t{mp(square(0, 0, 1)), mp(square(1, 0, 1)), mp({{0, 1}, {2, 1}, {2, 2}, {0, 2}})};
    refs.clear();
    for (auto& s : t) refs.push_back(&s);
    CHECK(outline_length(outline_edges(refs)) == Approx(8));  // the 2 x 2 perimeter
    CHECK(area(merge_shapes(refs)) == Approx(4));
}

TEST_CASE("geo: merging a ring of cells gives a polygon with a hole", "[geo][outline]") {
    // Eight unit squares around an empty centre.
    std::vector<MultiPolygon> ring;
    for (int x = 0; x < 3; ++x)
        for (int y = 0; y < 3; ++y)
            if (x != 1 || y != 1) ring.push_back(mp(square(x, y, 1)));
    std::vector<const MultiPolygon*> refs;
    for (auto& s : ring) refs.push_back(&s);
    const MultiPolygon merged = merge_shapes(refs);
    REQUIRE(merged.parts.size() == 1);
    REQUIRE(merged.parts[0].holes.size() == 1);
    CHECK(area(merged) == Approx(8));
    CHECK_FALSE(point_in_multipolygon(merged, {1.5, 1.5}));
    // Two squares touching at one corner stay two simple parts.
    std::vector<MultiPolygon> corner{mp(square(0, 0, 1)), mp(square(1, 1, 1))};
    refs = {&corner[0], &corner[1]};
    const MultiPolygon two = merge_shapes(refs);
    CHECK(two.parts.size() == 2);
    for (const auto& p : two.parts) CHECK(p.outer.size() == 4);
}

TEST_CASE("geo: region outlines on the schematic map", "[geo][outline][schematic]") {
    const MunicipalityMap& map = schematic();
    std::vector<std::string> twente(std::begin(kTwente), std::end(kTwente));
    std::vector<std::string> achterhoek(std::begin(kAchterhoek), std::end(kAchterhoek));
    const MultiPolygon tw = region_shape(map, twente);
    const MultiPolygon ah = region_shape(map, achterhoek);
    CHECK(tw.parts.size() == 1);
    CHECK(ah.parts.size() == 1);
    double sum_tw = 0;
    for (const auto& c : twente) sum_tw += area(map.find(c)->area);
    CHECK(area(tw) == Approx(sum_tw).epsilon(1e-6));
    // Region outline segments are the members' borders minus the inner ones:
    // shorter than all member borders together, and no segment runs through
    // the inside of the region (its midpoint is on the region's boundary,
    // so points just left of it are inside and just right outside).
    const std::vector<Segment> edges = region_outline_edges(map, twente);
    double members_total = 0;
    for (const auto& c : twente) {
        const MultiPolygon* m = &map.find(c)->area;
        members_total += outline_length(outline_edges({m}, 1e-7));
    }
    CHECK(outline_length(edges) < 0.5 * members_total);
    int bad = 0;
    for (const Segment& s : edges) {
        const Point mid = (s.a + s.b) * 0.5;
        const Point d = s.b - s.a;
        const double len = std::hypot(d.x, d.y);
        const Point left{mid.x - d.y / len * 1e-5, mid.y + d.x / len * 1e-5};
        const Point right{mid.x + d.y / len * 1e-5, mid.y - d.x / len * 1e-5};
        bad += !point_in_multipolygon(tw, left) || point_in_multipolygon(tw, right);
    }
    CHECK(bad == 0);
    // Midden-Twente from the seat table; unknown codes are ignored.
    std::vector<std::string> midden = seats().find_region("midden-twente")->members;
    midden.push_back("GM9999");
    const MultiPolygon mt = region_shape(map, midden);
    CHECK(mt.parts.size() == 1);
    CHECK(point_in_multipolygon(mt, {6.5861, 52.2333}));  // Goor
    CHECK_FALSE(point_in_multipolygon(mt, {6.6625, 52.3567}));  // Almelo
    CHECK(region_outline_edges(map, {}).empty());
}
