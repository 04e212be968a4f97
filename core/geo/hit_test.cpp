#include "core/geo/hit_test.h"

#include <algorithm>
#include <cmath>

namespace swm::geo {

bool point_in_ring(const Ring& ring, Point p) {
    // Crossing number with half-open edges (an endpoint counts only for the
    // edge where it is the lower end).
    bool inside = false;
    const std::size_t n = ring.size();
    if (n < 3) return false;
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        Point a = ring[i], b = ring[j];
        if ((a.y > p.y) != (b.y > p.y)) {
            // Same endpoint order whichever way the edge runs, so that two
            // neighbours sharing the edge compute the identical crossing.
            if (a.y > b.y) std::swap(a, b);
            const double x = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y);
            if (p.x < x) inside = !inside;
        }
    }
    return inside;
}

bool point_in_polygon(const Polygon& polygon, Point p) {
    if (!point_in_ring(polygon.outer, p)) return false;
    for (const auto& hole : polygon.holes)
        if (point_in_ring(hole, p)) return false;
    return true;
}

bool point_in_multipolygon(const MultiPolygon& shape, Point p) {
    for (const auto& part : shape.parts)
        if (point_in_polygon(part, p)) return true;
    return false;
}

HitIndex::HitIndex(const std::vector<const MultiPolygon*>& shapes) {
    for (const MultiPolygon* s : shapes) {
        BBox b = s ? bbox(*s) : BBox{};
        shapes_.push_back({s, b});
        extent_.extend(b);
    }
    if (extent_.empty() || shapes_.empty()) return;
    // About one shape per cell on average keeps the candidate lists short.
    const int side = std::clamp(static_cast<int>(std::ceil(std::sqrt(double(shapes_.size())) * 2)), 1, 256);
    cols_ = rows_ = side;
    cells_.assign(static_cast<std::size_t>(cols_ * rows_), {});
    const double cw = extent_.width() / cols_, ch = extent_.height() / rows_;
    for (std::size_t i = 0; i < shapes_.size(); ++i) {
        const BBox& b = shapes_[i].box;
        if (b.empty()) continue;
        auto col = [&](double x) {
            return cw > 0 ? std::clamp(static_cast<int>((x - extent_.min_x) / cw), 0, cols_ - 1) : 0;
        };
        auto row = [&](double y) {
            return ch > 0 ? std::clamp(static_cast<int>((y - extent_.min_y) / ch), 0, rows_ - 1) : 0;
        };
        for (int r = row(b.min_y); r <= row(b.max_y); ++r)
            for (int c = col(b.min_x); c <= col(b.max_x); ++c)
                cells_[static_cast<std::size_t>(r * cols_ + c)].push_back(static_cast<int>(i));
    }
}

int HitIndex::cell_of(Point p) const {
    if (cols_ == 0 || !extent_.contains(p)) return -1;
    const double cw = extent_.width() / cols_, ch = extent_.height() / rows_;
    const int c = cw > 0 ? std::min(static_cast<int>((p.x - extent_.min_x) / cw), cols_ - 1) : 0;
    const int r = ch > 0 ? std::min(static_cast<int>((p.y - extent_.min_y) / ch), rows_ - 1) : 0;
    return r * cols_ + c;
}

int HitIndex::find(Point p) const {
    const int cell = cell_of(p);
    if (cell < 0) return -1;
    for (int i : cells_[static_cast<std::size_t>(cell)]) {
        const Entry& e = shapes_[static_cast<std::size_t>(i)];
        if (e.box.contains(p) && point_in_multipolygon(*e.shape, p)) return i;
    }
    return -1;
}

} // namespace swm::geo
