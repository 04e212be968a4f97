// Polygon types shared by import, triangulation, hit testing and the map.
//
// Rings are stored OPEN: the last point is not a copy of the first (GeoJSON's
// closing position is dropped on import and added again on export), so every
// algorithm can treat ring[i] -> ring[(i + 1) % n] as the edges without a
// special case. After normalize(), outer rings run counter-clockwise and holes
// clockwise in a y-up system (x = lon, y = lat), the RFC 7946 convention.
#pragma once
#include "core/geo/bbox.h"
#include "core/geo/point.h"

#include <vector>

namespace swm::geo {

using Ring = std::vector<Point>;

struct Polygon {
    Ring outer;
    std::vector<Ring> holes;
};

struct MultiPolygon {
    std::vector<Polygon> parts;
};

// Shoelace formula: > 0 for counter-clockwise rings.
double signed_area(const Ring& ring);
// Outer area minus the holes (absolute values, whatever the orientation).
double area(const Polygon& polygon);
double area(const MultiPolygon& shape);

BBox bbox(const Ring& ring);
BBox bbox(const Polygon& polygon);
BBox bbox(const MultiPolygon& shape);

std::size_t vertex_count(const Polygon& polygon);
std::size_t vertex_count(const MultiPolygon& shape);

// Outer rings counter-clockwise, holes clockwise.
void normalize(Polygon& polygon);
void normalize(MultiPolygon& shape);

// Drops consecutive duplicates and a closing copy of the first point.
Ring without_duplicates(const Ring& ring);

// Applies f(Point) -> Point to every vertex (projection, RD -> WGS84, ...).
template <class F>
void transform(MultiPolygon& shape, F&& f) {
    for (auto& part : shape.parts) {
        for (auto& p : part.outer) p = f(p);
        for (auto& hole : part.holes)
            for (auto& p : hole) p = f(p);
    }
}

} // namespace swm::geo
