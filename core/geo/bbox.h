// Axis-aligned bounding box: the cheap prefilter in front of every exact test.
#pragma once
#include "core/geo/point.h"

#include <algorithm>
#include <limits>

namespace swm::geo {

struct BBox {
    // Starts inverted so that the first extend() sets it; empty() tells.
    double min_x = std::numeric_limits<double>::infinity();
    double min_y = std::numeric_limits<double>::infinity();
    double max_x = -std::numeric_limits<double>::infinity();
    double max_y = -std::numeric_limits<double>::infinity();

    bool empty() const { return !(min_x <= max_x && min_y <= max_y); }
    double width() const { return empty() ? 0.0 : max_x - min_x; }
    double height() const { return empty() ? 0.0 : max_y - min_y; }
    Point center() const { return {(min_x + max_x) / 2, (min_y + max_y) / 2}; }

    void extend(Point p) {
        min_x = std::min(min_x, p.x);
        min_y = std::min(min_y, p.y);
        max_x = std::max(max_x, p.x);
        max_y = std::max(max_y, p.y);
    }
    void extend(const BBox& b) {
        if (b.empty()) return;
        extend(Point{b.min_x, b.min_y});
        extend(Point{b.max_x, b.max_y});
    }
    // Closed box: points on the border count, so the prefilter never rejects
    // a point that the exact test would accept.
    bool contains(Point p) const {
        return p.x >= min_x && p.x <= max_x && p.y >= min_y && p.y <= max_y;
    }
    bool intersects(const BBox& b) const {
        return !(b.min_x > max_x || b.max_x < min_x || b.min_y > max_y || b.max_y < min_y);
    }
    BBox expanded(double margin) const {
        if (empty()) return *this;
        return {min_x - margin, min_y - margin, max_x + margin, max_y + margin};
    }
};

} // namespace swm::geo
