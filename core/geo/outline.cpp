#include "core/geo/outline.h"

#include "core/geo/hit_test.h"
#include "core/geo/pi.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <utility>

namespace swm::geo {
namespace {

double auto_eps(const BBox& box, double eps) {
    if (eps > 0) return eps;
    double size = std::max(box.width(), box.height());
    return size > 0 ? size * 1e-9 : 1e-12;
}

// Buckets of a uniform grid, keyed by cell coordinates.
class Grid {
public:
    Grid(const BBox& extent, double cell) : extent_(extent), cell_(cell > 0 ? cell : 1.0) {}

    template <class F>
    void for_cells(const BBox& b, F&& f) const {
        const std::int64_t x0 = coord(b.min_x - extent_.min_x), x1 = coord(b.max_x - extent_.min_x);
        const std::int64_t y0 = coord(b.min_y - extent_.min_y), y1 = coord(b.max_y - extent_.min_y);
        for (std::int64_t y = y0; y <= y1; ++y)
            for (std::int64_t x = x0; x <= x1; ++x) f((y << 32) ^ x);
    }

private:
    BBox extent_;
    double cell_;
    std::int64_t coord(double v) const {
        double c = std::floor(v / cell_);
        return static_cast<std::int64_t>(std::clamp(c, 0.0, 1e9));
    }
};

struct Edge {
    Point a, b;
};

void collect_edges(const std::vector<const MultiPolygon*>& shapes, std::vector<Edge>& edges, BBox& extent) {
    auto add_ring = [&](const Ring& ring, bool want_ccw) {
        if (ring.size() < 3) return;
        const bool ccw = signed_area(ring) > 0;
        const std::size_t n = ring.size();
        for (std::size_t i = 0; i < n; ++i) {
            Point a = ring[i], b = ring[(i + 1) % n];
            if (a == b) continue;
            if (ccw == want_ccw) edges.push_back({a, b});
            else edges.push_back({b, a});
            extent.extend(a);
        }
    };
    for (const MultiPolygon* s : shapes) {
        if (!s) continue;
        for (const auto& part : s->parts) {
            add_ring(part.outer, true);
            for (const auto& hole : part.holes) add_ring(hole, false);
        }
    }
}

// Clockwise angle from direction u to direction w in (0, 2*pi]: the smaller,
// the more the path turns right.
double clockwise_angle(Point u, Point w) {
    double a = std::atan2(-cross(u, w), dot(u, w));
    return a <= 0 ? a + 2 * kPi : a;
}

} // namespace

std::vector<Segment> outline_edges(const std::vector<const MultiPolygon*>& shapes, double eps) {
    std::vector<Edge> edges;
    BBox extent;
    collect_edges(shapes, edges, extent);
    std::vector<Segment> out;
    if (edges.empty()) return out;
    eps = auto_eps(extent, eps);

    double total = 0;
    for (const Edge& e : edges) total += std::hypot(e.b.x - e.a.x, e.b.y - e.a.y);
    // Cells of about two average edges, but at most 256 per side so that one
    // long edge among many short ones does not cover millions of cells.
    const double size = std::max(extent.width(), extent.height());
    Grid grid(extent.expanded(eps),
              std::max({total / static_cast<double>(edges.size()) * 2, size / 256, eps * 16}));
    std::unordered_map<std::int64_t, std::vector<std::uint32_t>> buckets;
    auto edge_box = [&](const Edge& e) {
        BBox b;
        b.extend(e.a);
        b.extend(e.b);
        return b.expanded(eps);
    };
    for (std::uint32_t i = 0; i < edges.size(); ++i)
        grid.for_cells(edge_box(edges[i]), [&](std::int64_t key) { buckets[key].push_back(i); });

    std::vector<std::uint32_t> candidates;
    std::vector<std::pair<double, double>> covered;
    for (std::uint32_t i = 0; i < edges.size(); ++i) {
        const Edge& e = edges[i];
        const Point d = e.b - e.a;
        const double len2 = dot(d, d);
        const double len = std::sqrt(len2);
        candidates.clear();
        grid.for_cells(edge_box(e), [&](std::int64_t key) {
            auto it = buckets.find(key);
            if (it != buckets.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
        });
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

        covered.clear();
        for (std::uint32_t j : candidates) {
            if (j == i) continue;
            const Edge& f = edges[j];
            if (dot(f.b - f.a, d) >= 0) continue;  // same direction: not a shared border
            // Both ends of f on e's line?
            if (std::abs(cross(d, f.a - e.a)) > eps * len || std::abs(cross(d, f.b - e.a)) > eps * len) continue;
            double t0 = dot(f.a - e.a, d) / len2, t1 = dot(f.b - e.a, d) / len2;
            if (t0 > t1) std::swap(t0, t1);
            t0 = std::max(t0, 0.0);
            t1 = std::min(t1, 1.0);
            if ((t1 - t0) * len > eps) covered.push_back({t0, t1});
        }
        // What is left of [0, 1] after the covered intervals.
        std::sort(covered.begin(), covered.end());
        double t = 0.0;
        auto emit = [&](double from, double to) {
            if ((to - from) * len > eps) out.push_back({from == 0.0 ? e.a : e.a + d * from, to == 1.0 ? e.b : e.a + d * to});
        };
        for (auto [c0, c1] : covered) {
            if (c0 > t) emit(t, c0);
            t = std::max(t, c1);
        }
        if (t < 1.0) emit(t, 1.0);
    }
    return out;
}

std::vector<Ring> chain_rings(const std::vector<Segment>& segments, double eps) {
    std::vector<Ring> rings;
    if (segments.empty()) return rings;
    BBox extent;
    for (const Segment& s : segments) {
        extent.extend(s.a);
        extent.extend(s.b);
    }
    eps = auto_eps(extent, eps);

    // Cluster end points closer than eps into vertices.
    Grid grid(extent.expanded(eps), eps * 4);
    std::unordered_map<std::int64_t, std::vector<std::uint32_t>> buckets;
    std::vector<Point> vertices;
    auto vertex_of = [&](Point p) -> std::uint32_t {
        BBox b;
        b.extend(p);
        std::uint32_t found = UINT32_MAX;
        grid.for_cells(b.expanded(eps), [&](std::int64_t key) {
            if (found != UINT32_MAX) return;
            auto it = buckets.find(key);
            if (it == buckets.end()) return;
            for (std::uint32_t v : it->second) {
                if (std::abs(vertices[v].x - p.x) <= eps && std::abs(vertices[v].y - p.y) <= eps) {
                    found = v;
                    return;
                }
            }
        });
        if (found != UINT32_MAX) return found;
        const auto v = static_cast<std::uint32_t>(vertices.size());
        vertices.push_back(p);
        grid.for_cells(b, [&](std::int64_t key) { buckets[key].push_back(v); });
        return v;
    };

    struct Link {
        std::uint32_t from, to;
    };
    std::vector<Link> links;
    std::vector<std::vector<std::uint32_t>> outgoing;
    for (const Segment& s : segments) {
        std::uint32_t a = vertex_of(s.a), b = vertex_of(s.b);
        if (a == b) continue;
        if (outgoing.size() < vertices.size()) outgoing.resize(vertices.size());
        outgoing[a].push_back(static_cast<std::uint32_t>(links.size()));
        links.push_back({a, b});
    }
    outgoing.resize(vertices.size());

    std::vector<char> used(links.size(), 0);
    for (std::uint32_t first = 0; first < links.size(); ++first) {
        if (used[first]) continue;
        std::vector<std::uint32_t> path{links[first].from};
        used[first] = 1;
        std::uint32_t cur = first;
        // At most every link once: the walk always ends. A chain that cannot
        // return to its start (broken input) is closed by the ring anyway.
        for (std::size_t step = 0; step <= links.size(); ++step) {
            const std::uint32_t v = links[cur].to;
            const Point back = vertices[links[cur].from] - vertices[v];
            std::uint32_t best = UINT32_MAX;
            double best_angle = 1e9;
            auto consider = [&](std::uint32_t l) {
                double angle = clockwise_angle(back, vertices[links[l].to] - vertices[v]);
                if (angle < best_angle) {
                    best_angle = angle;
                    best = l;
                }
            };
            for (std::uint32_t l : outgoing[v])
                if (!used[l]) consider(l);
            if (v == links[first].from) consider(first);
            if (best == UINT32_MAX || best == first) break;
            used[best] = 1;
            path.push_back(v);
            cur = best;
        }
        Ring ring;
        for (std::uint32_t v : path) ring.push_back(vertices[v]);
        // Drop points that lie on the line through their neighbours (left
        // over where a neighbour's vertex split an outline edge).
        Ring clean;
        for (std::size_t i = 0; i < ring.size(); ++i) {
            Point p = clean.empty() ? ring[(i + ring.size() - 1) % ring.size()] : clean.back();
            Point q = ring[(i + 1) % ring.size()];
            Point d = q - p;
            double len = std::sqrt(dot(d, d));
            if (len > 0 && std::abs(cross(d, ring[i] - p)) <= eps * len && dot(ring[i] - p, d) > 0 &&
                dot(q - ring[i], d) > 0)
                continue;
            clean.push_back(ring[i]);
        }
        if (clean.size() >= 3 && std::abs(signed_area(clean)) > eps * eps) rings.push_back(std::move(clean));
    }
    return rings;
}

MultiPolygon assemble_polygons(std::vector<Ring> rings) {
    MultiPolygon out;
    std::vector<Ring> holes;
    for (auto& r : rings) {
        if (signed_area(r) > 0) out.parts.push_back({std::move(r), {}});
        else holes.push_back(std::move(r));
    }
    std::vector<double> areas;
    for (const auto& part : out.parts) areas.push_back(signed_area(part.outer));
    for (auto& hole : holes) {
        // The middle of the hole's longest edge: never on another ring for a
        // valid tiling, unlike a vertex that may touch the outer ring.
        std::size_t k = 0;
        double longest = -1;
        for (std::size_t i = 0; i < hole.size(); ++i) {
            Point d = hole[(i + 1) % hole.size()] - hole[i];
            if (dot(d, d) > longest) {
                longest = dot(d, d);
                k = i;
            }
        }
        const Point probe = (hole[k] + hole[(k + 1) % hole.size()]) * 0.5;
        int owner = -1;
        for (std::size_t i = 0; i < out.parts.size(); ++i)
            if (point_in_ring(out.parts[i].outer, probe) && (owner < 0 || areas[i] < areas[std::size_t(owner)]))
                owner = static_cast<int>(i);
        if (owner >= 0) out.parts[std::size_t(owner)].holes.push_back(std::move(hole));
    }
    return out;
}

MultiPolygon merge_shapes(const std::vector<const MultiPolygon*>& shapes, double eps) {
    if (eps <= 0) {
        BBox extent;
        for (const MultiPolygon* s : shapes)
            if (s) extent.extend(bbox(*s));
        eps = auto_eps(extent, eps);
    }
    return assemble_polygons(chain_rings(outline_edges(shapes, eps), eps));
}

} // namespace swm::geo
