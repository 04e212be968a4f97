// Triangulation must cover each polygon exactly once: the triangle areas add
// up to the polygon's area, every triangle is counter-clockwise, and sample
// points inside the polygon fall in exactly one triangle.
#include "geo_fixtures.h"

#include "core/geo/hit_test.h"
#include "core/geo/triangulate.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>

using namespace swm::geo;
using namespace swm::test;

namespace {

struct Cover {
    double area = 0;
    bool all_ccw = true;
    std::size_t triangles = 0;
};

Cover cover_of(const Polygon& p) {
    const std::vector<Point> v = flatten(p);
    const std::vector<std::uint32_t> idx = triangulate(p);
    Cover c;
    REQUIRE(idx.size() % 3 == 0);
    for (std::size_t i = 0; i < idx.size(); i += 3) {
        REQUIRE(idx[i] < v.size());
        REQUIRE(idx[i + 1] < v.size());
        REQUIRE(idx[i + 2] < v.size());
        double a = orient(v[idx[i]], v[idx[i + 1]], v[idx[i + 2]]) / 2;
        if (a < 0) c.all_ccw = false;
        c.area += a;
    }
    c.triangles = idx.size() / 3;
    return c;
}

bool in_triangle(Point a, Point b, Point c, Point p) {
    return orient(a, b, p) > 0 && orient(b, c, p) > 0 && orient(c, a, p) > 0;
}

// Points inside the polygon are in exactly one triangle; outside in none.
void check_samples(const Polygon& p, unsigned seed, int samples = 400) {
    const std::vector<Point> v = flatten(p);
    const std::vector<std::uint32_t> idx = triangulate(p);
    const BBox b = bbox(p);
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> ux(b.min_x, b.max_x), uy(b.min_y, b.max_y);
    int wrong = 0;
    for (int s = 0; s < samples; ++s) {
        const Point q{ux(rng), uy(rng)};
        int hits = 0;
        for (std::size_t i = 0; i < idx.size(); i += 3) hits += in_triangle(v[idx[i]], v[idx[i + 1]], v[idx[i + 2]], q);
        const int expected = point_in_polygon(p, q) ? 1 : 0;
        if (hits != expected) ++wrong;
    }
    CHECK(wrong == 0);
}

void check_exact(const Polygon& p, unsigned seed = 1) {
    Cover c = cover_of(p);
    CHECK(c.all_ccw);
    CHECK(c.area == Approx(area(p)).epsilon(1e-9));
    check_samples(p, seed);
}

Ring star(std::mt19937& rng, int points, Point c, double r_min, double r_max) {
    std::uniform_real_distribution<double> ur(r_min, r_max);
    Ring ring;
    for (int i = 0; i < points; ++i) {
        const double a = 2 * kPi * i / points;
        const double r = ur(rng);
        ring.push_back({c.x + r * std::cos(a), c.y + r * std::sin(a)});
    }
    return ring;
}

} // namespace

TEST_CASE("geo: triangulating a square, a triangle and an L", "[geo][triangulate]") {
    CHECK(cover_of(Polygon{square(0, 0, 1), {}}).triangles == 2);
    CHECK(cover_of(Polygon{{{0, 0}, {1, 0}, {0, 1}}, {}}).triangles == 1);
    check_exact(Polygon{{{0, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 2}, {0, 2}}, {}});
    // Clockwise input gives counter-clockwise triangles too.
    check_exact(Polygon{{{0, 2}, {1, 2}, {1, 1}, {2, 1}, {2, 0}, {0, 0}}, {}});
}

TEST_CASE("geo: triangulating concave polygons (comb, spiral-like C)", "[geo][triangulate]") {
    // A comb with 10 teeth: many reflex vertices.
    Ring comb{{0, 0}, {20, 0}};
    for (int i = 10; i > 0; --i) {
        comb.push_back({2.0 * i, 5});
        comb.push_back({2.0 * i - 1, 5});
        comb.push_back({2.0 * i - 1, 1});
        comb.push_back({2.0 * i - 2, 1});
    }
    check_exact(Polygon{comb, {}});
    // C shape.
    check_exact(Polygon{{{0, 0}, {10, 0}, {10, 2}, {2, 2}, {2, 8}, {10, 8}, {10, 10}, {0, 10}}, {}});
}

TEST_CASE("geo: triangulating polygons with holes", "[geo][triangulate]") {
    check_exact(Polygon{square(0, 0, 10), {square(2, 2, 2)}});
    check_exact(Polygon{square(0, 0, 10), {square(1, 1, 2), square(5, 5, 3), square(1, 6, 2), square(6, 1, 2)}});
    // Holes whose leftmost points share x with other vertices.
    check_exact(Polygon{square(0, 0, 10), {square(2, 2, 2), square(2, 6, 2), square(6, 2, 2)}});
    // A hole touching nothing but close to the outer ring, and a concave hole.
    check_exact(Polygon{square(0, 0, 10), {{{0.5, 0.5}, {0.5, 9}, {9, 9}, {9, 8}, {1.5, 8}, {1.5, 0.5}}}});
    // A C-shaped outer ring with a hole in each arm.
    check_exact(Polygon{{{0, 0}, {10, 0}, {10, 3}, {3, 3}, {3, 7}, {10, 7}, {10, 10}, {0, 10}},
                        {square(5, 1, 1), square(5, 8, 1), square(1, 4, 1)}});
}

TEST_CASE("geo: triangulating random star polygons, with and without holes", "[geo][triangulate]") {
    std::mt19937 rng(12345);
    for (int round = 0; round < 40; ++round) {
        const int n = 5 + round * 7;  // up to ~280 points: exercises the z-order path
        Polygon p{star(rng, n, {0, 0}, 3, 10), {}};
        check_exact(p, static_cast<unsigned>(round));
        // Holes inside the inner radius cannot touch the outer ring.
        Polygon holed{star(rng, n, {0, 0}, 6, 10),
                      {star(rng, 5 + round % 9, {-1.2, 0}, 0.3, 1.0), star(rng, 7, {1.5, 1.0}, 0.2, 0.9)}};
        for (auto& h : holed.holes) std::reverse(h.begin(), h.end());
        check_exact(holed, static_cast<unsigned>(round) + 1000);
    }
}

TEST_CASE("geo: a large ring uses the hashed ear test and stays exact", "[geo][triangulate]") {
    std::mt19937 rng(7);
    Polygon p{star(rng, 5000, {52, 6}, 0.5, 1.0), {star(rng, 300, {52, 6}, 0.1, 0.3)}};
    Cover c = cover_of(p);
    CHECK(c.all_ccw);
    CHECK(c.area == Approx(area(p)).epsilon(1e-9));
}

TEST_CASE("geo: degenerate input gives no or partial triangles, never a crash", "[geo][triangulate]") {
    CHECK(triangulate(Polygon{}).empty());
    CHECK(triangulate(Polygon{{{0, 0}, {1, 1}}, {}}).empty());
    CHECK(triangulate(Polygon{{{0, 0}, {1, 1}, {2, 2}, {3, 3}}, {}}).empty());  // collinear
    CHECK(triangulate(Polygon{{{0, 0}, {0, 0}, {0, 0}, {0, 0}}, {}}).empty());
    CHECK(triangulate(Polygon{{{0, 0}, {NAN, 0}, {1, 1}}, {}}).empty());
    // Duplicated points and a zero-width spike still fill the real area.
    Polygon spiky{{{0, 0}, {4, 0}, {4, 0}, {4, 4}, {2, 4}, {2, 8}, {2, 4}, {0, 4}}, {}};
    CHECK(cover_of(spiky).area == Approx(16));
    // A bow tie (self-intersecting) must not hang or crash.
    (void)triangulate(Polygon{{{0, 0}, {2, 2}, {2, 0}, {0, 2}}, {}});
    // A hole outside the outer ring is ignored.
    CHECK(cover_of(Polygon{square(0, 0, 1), {square(5, 5, 1)}}).area == Approx(1));
}

TEST_CASE("geo: triangulating a multipolygon offsets the indices per part", "[geo][triangulate]") {
    MultiPolygon m{{Polygon{square(0, 0, 1), {}}, Polygon{square(2, 0, 2), {square(2.5, 0.5, 1)}}}};
    Triangulation t = triangulate(m);
    CHECK(t.vertices.size() == 12);
    CHECK(t.area() == Approx(area(m)));
    for (std::uint32_t i : t.indices) CHECK(i < t.vertices.size());
}
