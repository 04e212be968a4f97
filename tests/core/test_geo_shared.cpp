// Checks against the official 2024 municipal boundaries in the shared test
// material (SWM_SHARED_GEO_DIR). That folder is not part of the repository:
// where it is missing (a user's clone) these tests warn and pass.
#include "geo_fixtures.h"

#include "core/geo/geojson.h"
#include "core/geo/hit_test.h"
#include "core/geo/label_point.h"
#include "core/geo/rd_new.h"
#include "core/geo/region_outline.h"
#include "core/geo/simplify.h"
#include "core/geo/triangulate.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <sstream>

using namespace swm::geo;
using swm::Lang;
using namespace swm::test;

namespace {

#ifndef SWM_SHARED_GEO_DIR
#define SWM_SHARED_GEO_DIR "../shared/geo"
#endif

// The official map, parsed once; nullptr when the file is absent.
const MunicipalityMap* official() {
    static const std::optional<MunicipalityMap> map = []() -> std::optional<MunicipalityMap> {
        std::ifstream in(std::string(SWM_SHARED_GEO_DIR) + "/gemeenten-2024.wgs84.geojson", std::ios::binary);
        if (!in) return std::nullopt;
        std::stringstream ss;
        ss << in.rdbuf();
        GeoJsonResult r = parse_geojson(ss.str());
        if (!r.errors.empty()) FAIL(r.errors[0].describe(Lang::en));
        return r.map;
    }();
    return map ? &*map : nullptr;
}

#define REQUIRE_SHARED_MAP()                                                                        \
    const MunicipalityMap* map = official();                                                        \
    if (!map) {                                                                                     \
        WARN("no " SWM_SHARED_GEO_DIR "/gemeenten-2024.wgs84.geojson: skipped (test material only)"); \
        return;                                                                                     \
    }

// Brute force: do two non-adjacent edges of the shape cross properly?
bool self_crossing(const MultiPolygon& shape) {
    std::vector<std::pair<Point, Point>> edges;
    for (const auto& part : shape.parts) {
        std::vector<const Ring*> rings{&part.outer};
        for (const auto& h : part.holes) rings.push_back(&h);
        for (const Ring* r : rings)
            for (std::size_t i = 0; i < r->size(); ++i) edges.push_back({(*r)[i], (*r)[(i + 1) % r->size()]});
    }
    for (std::size_t i = 0; i < edges.size(); ++i)
        for (std::size_t j = i + 1; j < edges.size(); ++j) {
            const auto [a, b] = edges[i];
            const auto [c, d] = edges[j];
            if (orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0) return true;
        }
    return false;
}

} // namespace

TEST_CASE("geo: the official 2024 map imports completely", "[geo][shared]") {
    REQUIRE_SHARED_MAP();
    CHECK(map->municipalities.size() == 342);
    CHECK_FALSE(map->schematic);
    int multi = 0;
    for (const auto& m : map->municipalities) multi += m.area.parts.size() > 1;
    CHECK(multi == 10);
    const Municipality* hof = map->find("GM1735");
    REQUIRE(hof);
    CHECK(hof->name == "Hof van Twente");
    CHECK(point_in_multipolygon(hof->area, {6.5861, 52.2333}));  // Goor
}

TEST_CASE("geo: the shipped map is the source's municipalities with their vertices unchanged", "[geo][shared]") {
    REQUIRE_SHARED_MAP();
    const GeoJsonResult shipped = parse_geojson(read_default_map());
    REQUIRE(shipped.map);
    for (const Municipality& m : shipped.map->municipalities) {
        INFO(m.statcode << " " << m.name);
        const Municipality* source = map->find(m.statcode);
        REQUIRE(source);
        CHECK(source->name == m.name);
        // Not coarsened: the same vertices, rounded to 6 decimals (~0.1 m).
        REQUIRE(vertex_count(source->area) == vertex_count(m.area));
        REQUIRE(source->area.parts.size() == m.area.parts.size());
        for (std::size_t p = 0; p < m.area.parts.size(); ++p)
            for (std::size_t k = 0; k < m.area.parts[p].outer.size(); ++k) {
                CHECK(std::abs(source->area.parts[p].outer[k].x - m.area.parts[p].outer[k].x) <= 5e-7);
                CHECK(std::abs(source->area.parts[p].outer[k].y - m.area.parts[p].outer[k].y) <= 5e-7);
            }
    }
}

TEST_CASE("geo: every official municipality triangulates exactly and labels inside", "[geo][shared]") {
    REQUIRE_SHARED_MAP();
    int inexact = 0, outside = 0, crossing = 0;
    for (const auto& m : map->municipalities) {
        const Triangulation t = triangulate(m.area);
        // A ring crossing itself (Ommen has a tiny loop in this generalised
        // file) has no well-defined shoelace area; it must still fill.
        if (self_crossing(m.area)) {
            ++crossing;
            CHECK(t.area() > 0.9 * area(m.area));
        } else if (std::abs(t.area() - area(m.area)) > 1e-9 * area(m.area)) {
            ++inexact;
            WARN(m.statcode << " " << m.name << ": " << t.area() << " vs " << area(m.area));
        }
        if (!point_in_multipolygon(m.area, label_point(m.area))) ++outside;
    }
    CHECK(inexact == 0);
    CHECK(outside == 0);
    CHECK(crossing <= 3);
}

TEST_CASE("geo: official map through RD New and back stays within a metre", "[geo][shared]") {
    REQUIRE_SHARED_MAP();
    // Write Twente in RD New (as a PDOK download would be) and import it.
    MunicipalityMap rd;
    for (const auto& m : map->municipalities)
        if (m.statcode == "GM1735" || m.statcode == "GM0153" || m.statcode == "GM0164") rd.municipalities.push_back(m);
    for (auto& m : rd.municipalities) transform(m.area, [](Point p) { return wgs84_to_rd(p); });
    const std::string text = encode_geojson(rd, 3);
    for (const bool declared : {false, true}) {
        std::string doc = text;
        if (declared)
            doc.insert(1, R"("crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},)");
        const GeoJsonResult back = parse_geojson(doc);
        REQUIRE(back.map);
        CHECK(back.source_crs == Crs::rd_new);
        double worst = 0;
        for (std::size_t i = 0; i < back.map->municipalities.size(); ++i) {
            const Municipality& orig = *map->find(back.map->municipalities[i].statcode);
            const Ring& a = orig.area.parts[0].outer;
            const Ring& b = back.map->municipalities[i].area.parts[0].outer;
            REQUIRE(a.size() == b.size());
            for (std::size_t k = 0; k < a.size(); ++k) {
                const double dx = (a[k].x - b[k].x) * 68000, dy = (a[k].y - b[k].y) * 111000;
                worst = std::max(worst, std::hypot(dx, dy));
            }
        }
        CHECK(worst < 1.0);
    }
}

TEST_CASE("geo: the Twente region outline from official borders", "[geo][shared]") {
    REQUIRE_SHARED_MAP();
    const std::vector<std::string> twente{"GM0141", "GM0147", "GM1774", "GM0153", "GM0158", "GM0163", "GM0164",
                                          "GM1735", "GM0168", "GM0173", "GM1742", "GM0183", "GM1700", "GM0189"};
    const MultiPolygon region = region_shape(*map, twente);
    double sum = 0;
    for (const auto& c : twente) sum += area(map->find(c)->area);
    // Neighbouring borders in this file share their vertices, so the union
    // is one area without slivers.
    CHECK(region.parts.size() == 1);
    CHECK(area(region) == Approx(sum).epsilon(1e-6));
    CHECK(point_in_multipolygon(region, {6.5861, 52.2333}));       // Goor
    CHECK_FALSE(point_in_multipolygon(region, {6.1639, 52.2511}));  // Deventer
}

TEST_CASE("geo: simplifying the official map keeps every ring valid", "[geo][shared]") {
    REQUIRE_SHARED_MAP();
    std::size_t before = 0, after = 0;
    for (const auto& m : map->municipalities) {
        const MultiPolygon s = simplify(m.area, {0.01, true});
        before += vertex_count(m.area);
        after += vertex_count(s);
        REQUIRE_FALSE(s.parts.empty());
        for (const auto& part : s.parts) {
            CHECK(part.outer.size() >= 3);
            CHECK(signed_area(part.outer) > 0);
            for (const auto& h : part.holes) CHECK(signed_area(h) < 0);
        }
    }
    CHECK(after < before);
}

TEST_CASE("geo: hit testing the official map finds the right municipality", "[geo][shared]") {
    REQUIRE_SHARED_MAP();
    std::vector<const MultiPolygon*> refs;
    for (const auto& m : map->municipalities) refs.push_back(&m.area);
    const HitIndex index(refs);
    const struct {
        double lon, lat;
        const char* code;
    } probes[] = {{6.5861, 52.2333, "GM1735"}, {6.8937, 52.2215, "GM0153"}, {5.3872, 52.1552, "GM0307"},
                  {4.8835, 52.3745, "GM0363"}, {6.5682, 53.2194, "GM0014"}};
    for (const auto& p : probes) {
        const int i = index.find({p.lon, p.lat});
        REQUIRE(i >= 0);
        CHECK(map->municipalities[std::size_t(i)].statcode == p.code);
    }
    CHECK(index.find({2.0, 52.0}) == -1);  // North Sea
}
