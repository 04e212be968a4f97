#include "core/geo/voronoi.h"

#include "core/geo/pi.h"

#include <algorithm>
#include <cmath>

namespace swm::geo {
namespace {

void push_distinct(Ring& ring, Point p) {
    if (ring.empty() || ring.back() != p) ring.push_back(p);
}

} // namespace

Ring clip_half_plane(const Ring& convex, Point normal, double offset) {
    Ring out;
    const std::size_t n = convex.size();
    for (std::size_t i = 0; i < n; ++i) {
        const Point a = convex[i], b = convex[(i + 1) % n];
        const double da = dot(normal, a) - offset, db = dot(normal, b) - offset;
        if (da <= 0) push_distinct(out, a);
        if ((da < 0 && db > 0) || (da > 0 && db < 0)) push_distinct(out, a + (b - a) * (da / (da - db)));
    }
    while (out.size() > 1 && out.front() == out.back()) out.pop_back();
    return out;
}

Ring clip_to_circle(const Ring& convex, Point c, double r, int segments) {
    struct Event {
        Point p;
        int kind;  // 0 vertex inside, 1 entering the disk, 2 leaving it
    };
    std::vector<Event> events;
    const std::size_t n = convex.size();
    const double r2 = r * r;
    for (std::size_t i = 0; i < n; ++i) {
        const Point a = convex[i], b = convex[(i + 1) % n];
        const Point d = b - a, f = a - c;
        const bool a_in = dot(f, f) <= r2;
        if (a_in) events.push_back({a, 0});
        // |f + t d|^2 = r^2 for t in (0, 1)
        const double qa = dot(d, d), qb = 2 * dot(f, d), qc = dot(f, f) - r2;
        const double disc = qb * qb - 4 * qa * qc;
        if (qa == 0 || disc <= 0) continue;
        const double sq = std::sqrt(disc);
        const double t1 = (-qb - sq) / (2 * qa), t2 = (-qb + sq) / (2 * qa);
        if (t1 > 0 && t1 < 1) events.push_back({a + d * t1, 1});
        if (t2 > 0 && t2 < 1) events.push_back({a + d * t2, 2});
    }
    const double step = 2 * kPi / segments;
    if (std::none_of(events.begin(), events.end(), [](const Event& e) { return e.kind != 0; })) {
        if (!events.empty()) return convex;  // wholly inside the disk
        Ring circle;                         // the disk is wholly inside
        for (int k = 0; k < segments; ++k) circle.push_back({c.x + r * std::cos(k * step), c.y + r * std::sin(k * step)});
        return circle;
    }
    Ring out;
    for (std::size_t i = 0; i < events.size(); ++i) {
        push_distinct(out, events[i].p);
        if (events[i].kind != 2) continue;
        // Follow the circle counter-clockwise to where the ring re-enters.
        std::size_t j = (i + 1) % events.size();
        while (events[j].kind != 1) j = (j + 1) % events.size();
        double from = std::atan2(events[i].p.y - c.y, events[i].p.x - c.x);
        double to = std::atan2(events[j].p.y - c.y, events[j].p.x - c.x);
        while (to <= from) to += 2 * kPi;
        // Points on a fixed angular grid, none closer than a third of a step
        // to the arc's ends (no slivers next to the cut).
        for (double k = std::floor(from / step) + 1; k * step < to; k += 1) {
            const double angle = k * step;
            if (angle - from < step / 3 || to - angle < step / 3) continue;
            out.push_back({c.x + r * std::cos(angle), c.y + r * std::sin(angle)});
        }
    }
    while (out.size() > 1 && out.front() == out.back()) out.pop_back();
    return out;
}

std::vector<Ring> voronoi_disk_cells(const std::vector<Point>& sites, double radius, int segments) {
    std::vector<Ring> cells;
    segments = std::max(segments, 8);
    for (std::size_t i = 0; i < sites.size(); ++i) {
        const Point s = sites[i];
        // A square around the disk to start from.
        const double m = radius * 1.5;
        Ring cell{{s.x - m, s.y - m}, {s.x + m, s.y - m}, {s.x + m, s.y + m}, {s.x - m, s.y + m}};
        for (std::size_t j = 0; j < sites.size() && cell.size() >= 3; ++j) {
            if (j == i) continue;
            const Point t = sites[j];
            const Point d = t - s;
            // Farther than the diameter: the bisector misses the disk.
            if (dot(d, d) >= 4 * radius * radius) continue;
            // The bisector of the pair computed in one fixed order, so both
            // cells cut along bit-identical lines.
            const Point lo = i < j ? s : t, hi = i < j ? t : s;
            const Point normal = hi - lo;
            const double offset = (dot(hi, hi) - dot(lo, lo)) / 2;
            cell = i < j ? clip_half_plane(cell, normal, offset)
                         : clip_half_plane(cell, Point{-normal.x, -normal.y}, -offset);
        }
        cells.push_back(cell.size() >= 3 ? clip_to_circle(cell, s, radius, segments) : Ring{});
    }
    return cells;
}

} // namespace swm::geo
