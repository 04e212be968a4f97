// Map benchmark (not a test): times the geo core on a real GeoJSON file.
//
//   g++ -std=c++17 -O2 -I. bench/geo_bench.cpp core/geo/*.cpp -o /tmp/geo_bench
//   /tmp/geo_bench ../shared/geo/gemeenten-2024.wgs84.geojson --densify 16
//
// --densify N splits every edge into N pieces (PDOK's full-detail files have
// hundreds of thousands of vertices; the shared generalised file ~8,000), and
// the densified map is encoded to GeoJSON again so that parsing is measured
// at that size too. Every figure is the median of --runs runs (default 5).
#include "core/geo/geojson.h"
#include "core/geo/hit_test.h"
#include "core/geo/label_point.h"
#include "core/geo/region_outline.h"
#include "core/geo/simplify.h"
#include "core/geo/triangulate.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace swm::geo;

namespace {

double median_ms(int runs, const std::function<void()>& f) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        const auto t1 = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// New points zig-zag by 2 % of their spacing off the edge: exactly
// collinear points would be dropped by the triangulation's clean-up and
// flatter the figures, real detailed borders are not straight.
Ring densify(const Ring& ring, int n) {
    Ring out;
    out.reserve(ring.size() * static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const Point a = ring[i], b = ring[(i + 1) % ring.size()];
        const Point d = b - a;
        const Point normal{-d.y * 0.02 / n, d.x * 0.02 / n};
        for (int k = 0; k < n; ++k) out.push_back(a + d * (double(k) / n) + normal * (k == 0 ? 0.0 : (k % 2 ? 1.0 : -1.0)));
    }
    return out;
}

MunicipalityMap densify(const MunicipalityMap& map, int n) {
    MunicipalityMap out = map;
    for (auto& m : out.municipalities)
        for (auto& part : m.area.parts) {
            part.outer = densify(part.outer, n);
            for (auto& h : part.holes) h = densify(h, n);
        }
    return out;
}

std::size_t vertices(const MunicipalityMap& map) {
    std::size_t n = 0;
    for (const auto& m : map.municipalities) n += vertex_count(m.area);
    return n;
}

// Keeps results alive so the optimiser cannot drop the work.
volatile double g_sink = 0;

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE.geojson [--densify N] [--runs R]\n", argv[0]);
        return 2;
    }
    const std::string path = argv[1];
    int factor = 1, runs = 5;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string opt = argv[i];
        if (opt == "--densify") factor = std::max(1, std::atoi(argv[i + 1]));
        else if (opt == "--runs") runs = std::max(1, std::atoi(argv[i + 1]));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", path.c_str());
        return 1;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string original = ss.str();

    GeoJsonResult first = parse_geojson(original);
    if (!first.map) {
        std::fprintf(stderr, "%s\n", first.errors.empty() ? "parse failed" : first.errors[0].describe(swm::Lang::en).c_str());
        return 1;
    }
    std::printf("file: %s (%.1f kB, %zu municipalities, %zu vertices)\n", path.c_str(), original.size() / 1024.0,
                first.map->municipalities.size(), vertices(*first.map));
    std::printf("parse original: %.2f ms\n", median_ms(runs, [&] { g_sink = double(parse_geojson(original).errors.size()); }));

    const MunicipalityMap map = factor > 1 ? densify(*first.map, factor) : *first.map;
    const std::string text = encode_geojson(map);
    std::printf("densify x%d: %zu vertices, GeoJSON %.1f MB\n", factor, vertices(map), text.size() / 1048576.0);
    std::printf("encode GeoJSON: %.2f ms\n", median_ms(runs, [&] { g_sink = double(encode_geojson(map).size()); }));
    std::printf("parse GeoJSON: %.2f ms\n", median_ms(runs, [&] { g_sink = double(parse_geojson(text).errors.size()); }));

    std::size_t triangles = 0;
    std::printf("triangulate all: %.2f ms", median_ms(runs, [&] {
                    triangles = 0;
                    for (const auto& m : map.municipalities) triangles += triangulate(m.area).indices.size() / 3;
                }));
    double tri_area = 0, poly_area = 0;
    for (const auto& m : map.municipalities) {
        tri_area += triangulate(m.area).area();
        poly_area += area(m.area);
    }
    std::printf(" (%zu triangles, area ratio %.9f)\n", triangles, tri_area / poly_area);

    std::vector<const MultiPolygon*> refs;
    for (const auto& m : map.municipalities) refs.push_back(&m.area);
    std::printf("hit index build: %.3f ms\n", median_ms(runs, [&] { g_sink = double(HitIndex(refs).size()); }));
    const HitIndex index(refs);
    const BBox box = map.bbox();
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> ux(box.min_x, box.max_x), uy(box.min_y, box.max_y);
    std::vector<Point> points;
    for (int i = 0; i < 10000; ++i) points.push_back({ux(rng), uy(rng)});
    int hits = 0;
    std::printf("hit test 10,000 points, grid + bbox prefilter: %.2f ms", median_ms(runs, [&] {
                    hits = 0;
                    for (Point p : points) hits += index.find(p) >= 0;
                }));
    std::printf(" (%d inside)\n", hits);
    std::vector<BBox> boxes;
    for (const auto* r : refs) boxes.push_back(bbox(*r));
    std::printf("hit test 10,000 points, bbox prefilter only: %.2f ms\n", median_ms(runs, [&] {
                    int h = 0;
                    for (Point p : points)
                        for (std::size_t i = 0; i < refs.size(); ++i)
                            if (boxes[i].contains(p) && point_in_multipolygon(*refs[i], p)) {
                                ++h;
                                break;
                            }
                    g_sink = h;
                }));

    for (double tol : {0.0001, 0.001, 0.01}) {
        std::size_t kept = 0;
        const double ms = median_ms(runs, [&] {
            kept = 0;
            for (const auto& m : map.municipalities) kept += vertex_count(simplify(m.area, {tol, true}));
        });
        std::printf("simplify tolerance %g deg (~%.0f m): %.2f ms (%zu -> %zu vertices)\n", tol, tol * 111000, ms,
                    vertices(map), kept);
    }
    std::printf("label points: %.2f ms\n", median_ms(runs, [&] {
                    double s = 0;
                    for (const auto& m : map.municipalities) s += label_point(m.area).x;
                    g_sink = s;
                }));
    const std::vector<std::string> all_codes = [&] {
        std::vector<std::string> v;
        for (const auto& m : map.municipalities) v.push_back(m.statcode);
        return v;
    }();
    std::printf("outline of all municipalities (country border): %.2f ms\n",
                median_ms(runs, [&] { g_sink = double(region_outline_edges(map, all_codes).size()); }));
    return 0;
}
