// Areas, boxes, orientation and hit testing on shapes with known answers.
#include "geo_fixtures.h"

#include "core/geo/hit_test.h"
#include "core/geo/polygon.h"

#include <catch2/catch.hpp>

using namespace swm::geo;
using namespace swm::test;

namespace {
// An L: 2x2 square minus its top-right 1x1 quarter; area 3.
Ring l_shape() { return {{0, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 2}, {0, 2}}; }
} // namespace

TEST_CASE("geo: signed area of squares, L-shapes and orientation", "[geo]") {
    CHECK(signed_area(square(0, 0, 2)) == Approx(4.0));
    Ring cw = square(0, 0, 2);
    std::reverse(cw.begin(), cw.end());
    CHECK(signed_area(cw) == Approx(-4.0));
    CHECK(signed_area(l_shape()) == Approx(3.0));
    CHECK(signed_area(Ring{{0, 0}, {1, 1}}) == 0.0);
    // Far from the origin (RD New magnitudes) the result stays exact.
    CHECK(signed_area(square(255000, 470000, 1000)) == Approx(1e6));
}

TEST_CASE("geo: area of polygons with holes and of multipolygons", "[geo]") {
    Polygon p{square(0, 0, 10), {square(1, 1, 2), square(5, 5, 3)}};
    CHECK(area(p) == Approx(100 - 4 - 9));
    // Orientation of the input does not matter for area().
    std::reverse(p.holes[0].begin(), p.holes[0].end());
    CHECK(area(p) == Approx(87));
    MultiPolygon m{{p, Polygon{l_shape(), {}}}};
    CHECK(area(m) == Approx(90));
    CHECK(vertex_count(m) == 4 + 4 + 4 + 6);
}

TEST_CASE("geo: bounding boxes", "[geo]") {
    BBox empty;
    CHECK(empty.empty());
    BBox b = bbox(MultiPolygon{{Polygon{square(1, 2, 3), {}}, Polygon{square(-5, 0, 1), {}}}});
    CHECK(b.min_x == -5);
    CHECK(b.min_y == 0);
    CHECK(b.max_x == 4);
    CHECK(b.max_y == 5);
    CHECK(b.contains({4, 5}));
    CHECK_FALSE(b.contains({4.01, 5}));
    CHECK(b.intersects(BBox{4, 5, 6, 6}));
    CHECK_FALSE(b.intersects(BBox{4.5, 5, 6, 6}));
}

TEST_CASE("geo: normalize makes outer rings counter-clockwise and holes clockwise", "[geo]") {
    Ring outer = square(0, 0, 4);
    std::reverse(outer.begin(), outer.end());
    Polygon p{outer, {square(1, 1, 1)}};
    normalize(p);
    CHECK(signed_area(p.outer) > 0);
    CHECK(signed_area(p.holes[0]) < 0);
    CHECK(without_duplicates(Ring{{0, 0}, {0, 0}, {1, 0}, {1, 1}, {0, 0}}).size() == 3);
}

TEST_CASE("geo: point in polygon with holes", "[geo]") {
    Polygon p{square(0, 0, 10), {square(2, 2, 3)}};
    CHECK(point_in_polygon(p, {1, 1}));
    CHECK(point_in_polygon(p, {7, 7}));
    CHECK_FALSE(point_in_polygon(p, {3, 3}));   // in the hole
    CHECK_FALSE(point_in_polygon(p, {11, 5}));  // outside
    CHECK_FALSE(point_in_polygon(p, {-1, 5}));
    Polygon l{l_shape(), {}};
    CHECK(point_in_polygon(l, {0.5, 1.5}));
    CHECK_FALSE(point_in_polygon(l, {1.5, 1.5}));  // the missing quarter
}

TEST_CASE("geo: point in multipolygon, including an island inside a hole", "[geo]") {
    MultiPolygon m{{Polygon{square(0, 0, 10), {square(2, 2, 6)}}, Polygon{square(4, 4, 2), {}}}};
    CHECK(point_in_multipolygon(m, {1, 1}));
    CHECK_FALSE(point_in_multipolygon(m, {3, 3}));  // hole
    CHECK(point_in_multipolygon(m, {5, 5}));        // island in the hole
    CHECK_FALSE(point_in_multipolygon(m, {20, 5}));
}

TEST_CASE("geo: a point on a shared edge belongs to exactly one neighbour", "[geo]") {
    // Two squares sharing the edge x = 1, and a third sharing y = 1.
    MultiPolygon a{{Polygon{square(0, 0, 1), {}}}};
    MultiPolygon b{{Polygon{square(1, 0, 1), {}}}};
    MultiPolygon c{{Polygon{square(0, 1, 1), {}}}};
    for (Point p : {Point{1, 0.5}, Point{0.5, 1}, Point{1, 1}, Point{0.3, 1}, Point{1, 0.25}}) {
        int hits = point_in_multipolygon(a, p) + point_in_multipolygon(b, p) + point_in_multipolygon(c, p);
        CHECK(hits <= 1);
    }
    CHECK(point_in_multipolygon(a, {1, 0.5}) + point_in_multipolygon(b, {1, 0.5}) == 1);
    // A slanted shared edge, listed in opposite directions by the two sides.
    Ring left{{0, 0}, {3, 0}, {1, 3}, {0, 3}};
    Ring right{{3, 0}, {4, 0}, {4, 3}, {1, 3}};
    const Point on_edge{2, 1.5};
    CHECK(point_in_ring(left, on_edge) + point_in_ring(right, on_edge) == 1);
}

TEST_CASE("geo: HitIndex finds the shape under a point", "[geo]") {
    std::vector<MultiPolygon> shapes;
    for (int i = 0; i < 10; ++i)
        for (int j = 0; j < 10; ++j) shapes.push_back(MultiPolygon{{Polygon{square(i, j, 1), {}}}});
    std::vector<const MultiPolygon*> refs;
    for (auto& s : shapes) refs.push_back(&s);
    HitIndex index(refs);
    CHECK(index.find({0.5, 0.5}) == 0);
    CHECK(index.find({3.5, 7.5}) == 37);
    CHECK(index.find({9.99, 9.99}) == 99);
    CHECK(index.find({10.5, 5}) == -1);
    CHECK(index.find({-0.5, 5}) == -1);
    HitIndex empty;
    CHECK(empty.find({0, 0}) == -1);
}
