#include "core/geo/polygon.h"

#include <algorithm>
#include <cmath>

namespace swm::geo {

double signed_area(const Ring& ring) {
    const std::size_t n = ring.size();
    if (n < 3) return 0.0;
    // Relative to the first vertex: keeps precision for coordinates far from 0
    // (RD New northings are ~4e5, their squares would swamp the difference).
    const Point o = ring[0];
    double sum = 0.0;
    for (std::size_t i = 1; i + 1 < n; ++i) sum += cross(ring[i] - o, ring[i + 1] - o);
    return sum / 2.0;
}

double area(const Polygon& polygon) {
    double a = std::abs(signed_area(polygon.outer));
    for (const auto& hole : polygon.holes) a -= std::abs(signed_area(hole));
    return a;
}

double area(const MultiPolygon& shape) {
    double a = 0.0;
    for (const auto& part : shape.parts) a += area(part);
    return a;
}

BBox bbox(const Ring& ring) {
    BBox b;
    for (Point p : ring) b.extend(p);
    return b;
}

BBox bbox(const Polygon& polygon) { return bbox(polygon.outer); }

BBox bbox(const MultiPolygon& shape) {
    BBox b;
    for (const auto& part : shape.parts) b.extend(bbox(part));
    return b;
}

std::size_t vertex_count(const Polygon& polygon) {
    std::size_t n = polygon.outer.size();
    for (const auto& hole : polygon.holes) n += hole.size();
    return n;
}

std::size_t vertex_count(const MultiPolygon& shape) {
    std::size_t n = 0;
    for (const auto& part : shape.parts) n += vertex_count(part);
    return n;
}

void normalize(Polygon& polygon) {
    if (signed_area(polygon.outer) < 0) std::reverse(polygon.outer.begin(), polygon.outer.end());
    for (auto& hole : polygon.holes)
        if (signed_area(hole) > 0) std::reverse(hole.begin(), hole.end());
}

void normalize(MultiPolygon& shape) {
    for (auto& part : shape.parts) normalize(part);
}

Ring without_duplicates(const Ring& ring) {
    Ring out;
    out.reserve(ring.size());
    for (Point p : ring)
        if (out.empty() || out.back() != p) out.push_back(p);
    while (out.size() > 1 && out.front() == out.back()) out.pop_back();
    return out;
}

} // namespace swm::geo
