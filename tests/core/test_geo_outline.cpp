// Outlines of groups of areas: the shared borders cancel, so a region's
// outline (Twente, the Achterhoek, Midden-Twente) is what is left of its
// members' borders.
#include "geo_fixtures.h"

#include "core/geo/geojson.h"
#include "core/geo/hit_test.h"
#include "core/geo/outline.h"
#include "core/geo/region_outline.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace swm::geo;
using swm::Lang;
using namespace swm::test;

namespace {

const MunicipalityMap& shipped_outline_map() {
    static const MunicipalityMap map = [] {
        GeoJsonResult r = parse_geojson(read_default_map());
        INFO((r.errors.empty() ? "" : r.errors[0].describe(Lang::en)));
        REQUIRE(r.map);
        return *r.map;
    }();
    return map;
}

MultiPolygon mp(Ring r) { return MultiPolygon{{Polygon{std::move(r), {}}}}; }

double outline_length(const std::vector<Segment>& segments) {
    double sum = 0;
    for (const Segment& s : segments) sum += std::hypot(s.b.x - s.a.x, s.b.y - s.a.y);
    return sum;
}

} // namespace

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

TEST_CASE("geo: region outlines on the shipped map", "[geo][outline]") {
    const MunicipalityMap& map = shipped_outline_map();
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
    // Midden-Twente; unknown codes are ignored.
    const std::vector<std::string> midden{"GM0147", "GM0158", "GM0164", "GM1735", "GM9999"};
    const MultiPolygon mt = region_shape(map, midden);
    CHECK(mt.parts.size() == 1);
    CHECK(point_in_multipolygon(mt, {6.5861, 52.2333}));  // Goor
    CHECK_FALSE(point_in_multipolygon(mt, {6.6625, 52.3567}));  // Almelo
    CHECK(region_outline_edges(map, {}).empty());
}
