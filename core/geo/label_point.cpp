#include "core/geo/label_point.h"

#include "core/geo/hit_test.h"
#include "core/geo/triangulate.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace swm::geo {
namespace {

double segment_distance_sq(Point p, Point a, Point b) {
    Point d = b - a;
    double len = dot(d, d);
    double t = len > 0 ? std::clamp(dot(p - a, d) / len, 0.0, 1.0) : 0.0;
    Point q = a + d * t;
    Point e = p - q;
    return dot(e, e);
}

double ring_distance_sq(const Ring& ring, Point p) {
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        best = std::min(best, segment_distance_sq(p, ring[j], ring[i]));
    return best;
}

struct Cell {
    Point c;
    double h;      // half the side
    double d;      // signed distance of the centre
    double bound;  // best distance any point of the square could have
};

Cell make_cell(const Polygon& polygon, Point c, double h) {
    double d = signed_distance(polygon, c);
    return {c, h, d, d + h * std::sqrt(2.0)};
}

Point largest_triangle_centroid(const Polygon& polygon) {
    std::vector<Point> v = flatten(polygon);
    std::vector<std::uint32_t> idx = triangulate(polygon);
    double best = -1;
    Point out = polygon.outer.empty() ? Point{} : polygon.outer[0];
    for (std::size_t i = 0; i + 2 < idx.size(); i += 3) {
        Point a = v[idx[i]], b = v[idx[i + 1]], c = v[idx[i + 2]];
        double area2 = std::abs(orient(a, b, c));
        if (area2 > best) {
            best = area2;
            out = {(a.x + b.x + c.x) / 3, (a.y + b.y + c.y) / 3};
        }
    }
    return out;
}

} // namespace

double signed_distance(const Polygon& polygon, Point p) {
    if (polygon.outer.size() < 3) return -std::numeric_limits<double>::infinity();
    double d2 = ring_distance_sq(polygon.outer, p);
    for (const auto& hole : polygon.holes)
        if (hole.size() >= 2) d2 = std::min(d2, ring_distance_sq(hole, p));
    double d = std::sqrt(d2);
    return point_in_polygon(polygon, p) ? d : -d;
}

Point label_point(const Polygon& polygon, double precision) {
    if (polygon.outer.empty()) return {};
    const BBox box = bbox(polygon.outer);
    const double size = std::max(box.width(), box.height());
    if (!(size > 0) || !std::isfinite(size)) return polygon.outer[0];
    if (precision <= 0) precision = size / 1000.0;

    // Square cells over the box; at most ~64 per side so that a long thin
    // polygon does not start with millions of them.
    const double cell_size = std::max(std::min(box.width(), box.height()), size / 64.0);
    auto worse = [](const Cell& a, const Cell& b) { return a.bound < b.bound; };
    std::priority_queue<Cell, std::vector<Cell>, decltype(worse)> queue(worse);

    // The box centre is the first guess; any inside square beats it if it is outside.
    Cell best = make_cell(polygon, box.center(), 0);
    const double h = cell_size / 2;
    for (double x = box.min_x; x < box.max_x; x += cell_size)
        for (double y = box.min_y; y < box.max_y; y += cell_size)
            queue.push(make_cell(polygon, {x + h, y + h}, h));

    // Bounded work even for hostile input; 10^4 squares is far more than a
    // municipality needs at 1/1000 precision.
    int budget = 10000;
    while (!queue.empty() && budget-- > 0) {
        Cell cell = queue.top();
        queue.pop();
        if (cell.d > best.d) best = cell;
        if (cell.bound - best.d <= precision) continue;
        const double h = cell.h / 2;
        queue.push(make_cell(polygon, {cell.c.x - h, cell.c.y - h}, h));
        queue.push(make_cell(polygon, {cell.c.x + h, cell.c.y - h}, h));
        queue.push(make_cell(polygon, {cell.c.x - h, cell.c.y + h}, h));
        queue.push(make_cell(polygon, {cell.c.x + h, cell.c.y + h}, h));
    }
    if (best.d > 0 && point_in_polygon(polygon, best.c)) return best.c;
    return largest_triangle_centroid(polygon);
}

Point label_point(const MultiPolygon& shape, double precision) {
    const Polygon* largest = nullptr;
    double best = -1;
    for (const auto& part : shape.parts) {
        double a = area(part);
        if (a > best) {
            best = a;
            largest = &part;
        }
    }
    return largest ? label_point(*largest, precision) : Point{};
}

} // namespace swm::geo
