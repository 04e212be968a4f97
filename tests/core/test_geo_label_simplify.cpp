// Label points inside awkward shapes; simplification keeps rings valid.
#include "geo_fixtures.h"

#include "core/geo/hit_test.h"
#include "core/geo/label_point.h"
#include "core/geo/simplify.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>

using namespace swm::geo;
using namespace swm::test;

namespace {
Ring circle(Point c, double r, int n) {
    Ring ring;
    for (int i = 0; i < n; ++i) ring.push_back({c.x + r * std::cos(2 * kPi * i / n), c.y + r * std::sin(2 * kPi * i / n)});
    return ring;
}

std::size_t distinct_points(const Ring& ring) {
    std::vector<std::pair<double, double>> v;
    for (Point p : ring) v.push_back({p.x, p.y});
    std::sort(v.begin(), v.end());
    return static_cast<std::size_t>(std::unique(v.begin(), v.end()) - v.begin());
}
} // namespace

TEST_CASE("geo: label point of a square is its centre", "[geo][label]") {
    const Point p = label_point(Polygon{square(0, 0, 10), {}});
    CHECK(p.x == Approx(5).margin(0.05));
    CHECK(p.y == Approx(5).margin(0.05));
}

TEST_CASE("geo: label point is inside C-shapes, rings and thin shapes", "[geo][label]") {
    // A C whose centroid and box centre lie in the gap.
    const Polygon c{{{0, 0}, {10, 0}, {10, 1}, {1, 1}, {1, 9}, {10, 9}, {10, 10}, {0, 10}}, {}};
    Point p = label_point(c);
    CHECK(point_in_polygon(c, p));
    CHECK(signed_distance(c, p) > 0.4);
    // A ring-shaped polygon (the centre is in the hole).
    const Polygon annulus{circle({0, 0}, 10, 64), {circle({0, 0}, 8, 64)}};
    p = label_point(annulus);
    CHECK(point_in_polygon(annulus, p));
    CHECK(signed_distance(annulus, p) > 0.8);
    // A long thin sliver.
    const Polygon sliver{{{0, 0}, {1000, 0}, {1000, 0.01}, {0, 0.01}}, {}};
    CHECK(point_in_polygon(sliver, label_point(sliver)));
    // In lon/lat magnitudes.
    const Polygon twente{{{6.4, 52.1}, {6.9, 52.1}, {6.9, 52.15}, {6.45, 52.15}, {6.45, 52.4}, {6.9, 52.4}, {6.9, 52.45}, {6.4, 52.45}}, {}};
    CHECK(point_in_polygon(twente, label_point(twente)));
}

TEST_CASE("geo: label point of random star polygons with holes is inside", "[geo][label]") {
    std::mt19937 rng(99);
    std::uniform_real_distribution<double> ur(2, 10);
    for (int round = 0; round < 30; ++round) {
        Ring outer;
        const int n = 8 + round * 3;
        for (int i = 0; i < n; ++i) {
            const double r = ur(rng), a = 2 * kPi * i / n;
            outer.push_back({r * std::cos(a), r * std::sin(a)});
        }
        const Polygon p{outer, {circle({0, 0}, 1.5, 12)}};
        CHECK(point_in_polygon(p, label_point(p)));
    }
}

TEST_CASE("geo: label point of a multipolygon lies in its largest part", "[geo][label]") {
    const MultiPolygon m{{Polygon{square(0, 0, 1), {}}, Polygon{square(10, 10, 5), {}}}};
    const Point p = label_point(m);
    CHECK(point_in_polygon(m.parts[1], p));
    CHECK(label_point(MultiPolygon{}).x == 0);
}

TEST_CASE("geo: simplification removes detail within the tolerance", "[geo][simplify]") {
    // A square with many points along its edges: back to the 4 corners.
    Ring dense;
    for (int i = 0; i < 100; ++i) dense.push_back({i / 10.0, 0.001 * (i % 2)});
    for (int i = 0; i < 100; ++i) dense.push_back({10, i / 10.0});
    for (int i = 0; i < 100; ++i) dense.push_back({10 - i / 10.0, 10});
    for (int i = 0; i < 100; ++i) dense.push_back({0, 10 - i / 10.0});
    const Ring s = simplify_ring(dense, 0.01);
    CHECK(s.size() == 4);
    CHECK(signed_area(s) == Approx(100).epsilon(1e-3));
    // Zero tolerance keeps everything (only exact duplicates go).
    CHECK(simplify_ring(dense, 0).size() == dense.size());
}

TEST_CASE("geo: simplification never collapses a ring below 3 distinct points", "[geo][simplify]") {
    std::mt19937 rng(5);
    for (double tol : {0.1, 1.0, 5.0, 50.0, 1e6}) {
        for (int round = 0; round < 20; ++round) {
            const Ring c = circle({round * 3.0, 0}, 2 + round, 40 + round);
            for (bool reversed : {false, true}) {
                Ring input = c;
                if (reversed) std::reverse(input.begin(), input.end());
                const Ring s = simplify_ring(input, tol);
                INFO("tolerance " << tol << " round " << round);
                CHECK(s.size() >= 3);
                CHECK(distinct_points(s) == s.size());
                CHECK(signed_area(s) != 0);
                CHECK((signed_area(s) > 0) == !reversed);  // orientation kept
            }
        }
    }
    // A triangle stays a triangle.
    CHECK(simplify_ring({{0, 0}, {1, 0}, {0, 1}}, 100).size() == 3);
}

TEST_CASE("geo: simplifying polygons and multipolygons drops only dots", "[geo][simplify]") {
    const Polygon p{circle({0, 0}, 10, 200), {circle({3, 3}, 2, 50), circle({-3, -3}, 0.01, 10)}};
    const Polygon s = simplify(p, {0.1, true});
    CHECK(s.outer.size() < 200);
    CHECK(s.outer.size() >= 3);
    REQUIRE(s.holes.size() == 1);  // the dot-sized hole went
    CHECK(s.holes[0].size() >= 3);
    CHECK(area(s) == Approx(area(p)).epsilon(0.02));
    // The largest part stays even when every part is smaller than the tolerance.
    const MultiPolygon m{{Polygon{square(0, 0, 1), {}}, Polygon{square(5, 5, 0.5), {}}}};
    const MultiPolygon sm = simplify(m, {10.0, true});
    REQUIRE(sm.parts.size() == 1);
    CHECK(bbox(sm).max_x <= 1);  // the unit square, possibly down to a triangle
    CHECK(sm.parts[0].outer.size() >= 3);
    CHECK(simplify(m, {10.0, false}).parts.size() == 2);
}
