#include "core/geo/simplify.h"

#include <cmath>
#include <utility>

namespace swm::geo {
namespace {

double segment_distance_sq(Point p, Point a, Point b) {
    Point d = b - a;
    double len = dot(d, d);
    double t = len > 0 ? dot(p - a, d) / len : 0.0;
    t = t < 0 ? 0 : (t > 1 ? 1 : t);
    Point e = p - (a + d * t);
    return dot(e, e);
}

// Marks the points to keep between first and last (exclusive), iteratively
// with an explicit stack so that huge rings cannot overflow the call stack.
void douglas_peucker(const Ring& pts, std::size_t first, std::size_t last, double tol_sq,
                     std::vector<char>& keep) {
    std::vector<std::pair<std::size_t, std::size_t>> stack{{first, last}};
    while (!stack.empty()) {
        auto [a, b] = stack.back();
        stack.pop_back();
        double max_d = -1;
        std::size_t index = a;
        for (std::size_t i = a + 1; i < b; ++i) {
            double d = segment_distance_sq(pts[i], pts[a], pts[b]);
            if (d > max_d) {
                max_d = d;
                index = i;
            }
        }
        if (index != a && max_d > tol_sq) {
            keep[index] = 1;
            stack.push_back({a, index});
            stack.push_back({index, b});
        }
    }
}

// The smallest valid ring: the first point, the point farthest from it and
// the point farthest from the line between those two.
Ring triangle_of(const Ring& ring) {
    std::size_t far = 0;
    double best = -1;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        Point d = ring[i] - ring[0];
        if (dot(d, d) > best) {
            best = dot(d, d);
            far = i;
        }
    }
    std::size_t third = 0;
    best = -1;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        double d = std::abs(orient(ring[0], ring[far], ring[i]));
        if (d > best) {
            best = d;
            third = i;
        }
    }
    std::size_t idx[3] = {0, far, third};
    // Keep the ring's order so the orientation is preserved.
    if (idx[1] > idx[2]) std::swap(idx[1], idx[2]);
    return {ring[idx[0]], ring[idx[1]], ring[idx[2]]};
}

} // namespace

Ring simplify_ring(const Ring& input, double tolerance) {
    Ring ring = without_duplicates(input);
    if (ring.size() <= 3 || !(tolerance > 0)) return ring;
    const double original_area = signed_area(ring);

    // A closed ring has no natural end points: anchor at point 0 and the
    // point farthest from it, and simplify the two chains between them.
    std::size_t far = 0;
    double best = -1;
    for (std::size_t i = 1; i < ring.size(); ++i) {
        Point d = ring[i] - ring[0];
        if (dot(d, d) > best) {
            best = dot(d, d);
            far = i;
        }
    }
    Ring closed(ring);
    closed.push_back(ring[0]);
    std::vector<char> keep(closed.size(), 0);
    keep[0] = keep[far] = keep[closed.size() - 1] = 1;
    const double tol_sq = tolerance * tolerance;
    douglas_peucker(closed, 0, far, tol_sq, keep);
    douglas_peucker(closed, far, closed.size() - 1, tol_sq, keep);

    Ring out;
    for (std::size_t i = 0; i + 1 < closed.size(); ++i)
        if (keep[i]) out.push_back(closed[i]);
    if (out.size() < 3) out = triangle_of(ring);

    const double new_area = signed_area(out);
    // Folded or flattened: better the detail than a broken ring.
    if (new_area == 0 || (new_area > 0) != (original_area > 0)) return ring;
    return out;
}

Polygon simplify(const Polygon& polygon, const SimplifyOptions& options) {
    Polygon out;
    out.outer = simplify_ring(polygon.outer, options.tolerance);
    for (const auto& hole : polygon.holes) {
        if (options.drop_small) {
            BBox b = bbox(hole);
            if (b.width() < options.tolerance && b.height() < options.tolerance) continue;
        }
        Ring h = simplify_ring(hole, options.tolerance);
        if (h.size() >= 3) out.holes.push_back(std::move(h));
    }
    return out;
}

MultiPolygon simplify(const MultiPolygon& shape, const SimplifyOptions& options) {
    MultiPolygon out;
    std::size_t largest = 0;
    double largest_area = -1;
    for (std::size_t i = 0; i < shape.parts.size(); ++i) {
        double a = area(shape.parts[i]);
        if (a > largest_area) {
            largest_area = a;
            largest = i;
        }
    }
    for (std::size_t i = 0; i < shape.parts.size(); ++i) {
        const Polygon& part = shape.parts[i];
        if (options.drop_small && i != largest) {
            BBox b = bbox(part);
            if (b.width() < options.tolerance && b.height() < options.tolerance) continue;
        }
        out.parts.push_back(simplify(part, options));
    }
    return out;
}

} // namespace swm::geo
