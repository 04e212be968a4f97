// Which area is under the mouse: point-in-polygon with holes and multiple
// parts, and an index over a whole map that prefilters by bounding box.
//
// Boundary rule: half-open crossing test, so a point exactly on an edge shared
// by two neighbours belongs to exactly one of them, never to both or neither.
#pragma once
#include "core/geo/polygon.h"

#include <vector>

namespace swm::geo {

bool point_in_ring(const Ring& ring, Point p);
// Inside the outer ring and in none of the holes.
bool point_in_polygon(const Polygon& polygon, Point p);
bool point_in_multipolygon(const MultiPolygon& shape, Point p);

// Built once per map; find() then costs a grid lookup plus exact tests of the
// few shapes whose box contains the point.
class HitIndex {
public:
    HitIndex() = default;
    explicit HitIndex(const std::vector<const MultiPolygon*>& shapes);

    // Index of the first shape containing p, or -1.
    int find(Point p) const;
    std::size_t size() const { return shapes_.size(); }

private:
    struct Entry {
        const MultiPolygon* shape;
        BBox box;
    };
    std::vector<Entry> shapes_;
    BBox extent_;
    int cols_ = 0;
    int rows_ = 0;
    std::vector<std::vector<int>> cells_;  // shape indices whose box meets the cell

    int cell_of(Point p) const;
};

} // namespace swm::geo
