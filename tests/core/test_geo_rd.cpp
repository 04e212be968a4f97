// RD New <-> WGS84 against published reference points, and the projection.
#include "core/geo/projection.h"
#include "core/geo/rd_new.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace swm::geo;

namespace {
// Metres between two lon/lat points (equirectangular is exact enough at 1 m).
double metres(Point a, Point b) {
    const double lat = (a.y + b.y) / 2 * 3.14159265358979323846 / 180;
    const double dx = (a.x - b.x) * 111320.0 * std::cos(lat), dy = (a.y - b.y) * 111320.0;
    return std::sqrt(dx * dx + dy * dy);
}
} // namespace

TEST_CASE("geo: RD New to WGS84 at published reference points", "[geo][rd]") {
    struct Ref {
        const char* name;
        double x, y, lat, lon;
    };
    // The origin, and the towers in the published RD coordinate examples.
    const Ref refs[] = {
        {"Amersfoort, Onze Lieve Vrouwetoren", 155000.0, 463000.0, 52.15517440, 5.38720621},
        {"Groningen, Martinitoren", 233883.131, 582065.167, 53.21938317, 6.56820053},
        {"Amsterdam, Westertoren", 120700.723, 487525.501, 52.37453253, 4.88352559},
    };
    for (const Ref& r : refs) {
        INFO(r.name);
        const Point w = rd_to_wgs84({r.x, r.y});
        CHECK(metres(w, {r.lon, r.lat}) < 1.0);
        const Point rd = wgs84_to_rd({r.lon, r.lat});
        CHECK(std::hypot(rd.x - r.x, rd.y - r.y) < 1.0);
    }
    const Point origin = rd_to_wgs84({kRdX0, kRdY0});
    CHECK(origin.y == Approx(52.15517440).margin(1e-9));
    CHECK(origin.x == Approx(5.38720621).margin(1e-9));
}

TEST_CASE("geo: RD -> WGS84 -> RD round trip stays within 1 m over the country", "[geo][rd]") {
    double worst = 0;
    for (double x = 0; x <= 280000; x += 20000)
        for (double y = 300000; y <= 620000; y += 20000) {
            const Point back = wgs84_to_rd(rd_to_wgs84({x, y}));
            worst = std::max(worst, std::hypot(back.x - x, back.y - y));
        }
    CHECK(worst < 1.0);
    // Around Goor (Hof van Twente) it is far better than that.
    const Point goor = wgs84_to_rd({6.5861, 52.2333});
    CHECK(std::hypot(wgs84_to_rd(rd_to_wgs84(goor)).x - goor.x, wgs84_to_rd(rd_to_wgs84(goor)).y - goor.y) < 0.01);
    CHECK(kRdDomain.contains(goor));
}

TEST_CASE("geo: the local projection keeps Twente's proportions", "[geo][projection]") {
    const LocalProjection p(6.6, 52.2);
    // 0.1 degree of latitude is ~11.1 km, 0.1 degree of longitude at 52.2 N ~6.8 km.
    const Point north = p.forward({6.6, 52.3});
    const Point east = p.forward({6.7, 52.2});
    CHECK(north.y == Approx(11.13).epsilon(0.005));
    CHECK(east.x == Approx(6.82).epsilon(0.005));
    // Against RD New (a conformal projection in metres): distances agree to 1 %.
    const Point a{6.4, 52.0}, b{6.9, 52.4};
    const Point ra = wgs84_to_rd(a), rb = wgs84_to_rd(b);
    const Point pa = p.forward(a), pb = p.forward(b);
    const double rd_km = std::hypot(rb.x - ra.x, rb.y - ra.y) / 1000;
    CHECK(std::hypot(pb.x - pa.x, pb.y - pa.y) == Approx(rd_km).epsilon(0.01));
    // Exact inverse.
    const Point back = p.inverse(p.forward({6.123, 51.987}));
    CHECK(back.x == Approx(6.123).margin(1e-12));
    CHECK(back.y == Approx(51.987).margin(1e-12));
}

TEST_CASE("geo: screen transform fits the world box and keeps the aspect ratio", "[geo][projection]") {
    const BBox world{-10, -20, 10, 20};
    const ScreenTransform t = ScreenTransform::fit(world, 400, 400, 0);
    CHECK(t.scale == Approx(10));
    const Point top_left = t.to_screen({-10, 20});
    CHECK(top_left.x == Approx(100));
    CHECK(top_left.y == Approx(0));
    const Point w = t.to_world({200, 200});
    CHECK(w.x == Approx(0).margin(1e-12));
    CHECK(w.y == Approx(0).margin(1e-12));
}
