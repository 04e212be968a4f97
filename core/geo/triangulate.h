// Triangulation of polygons with holes, to fill them with the GPU (or any
// triangle rasteriser). Ear clipping with holes joined to the outer ring by
// bridges, a z-order curve to keep the ear test fast on large rings, and
// fallbacks (drop degenerate points, cut local self-intersections, split along
// a diagonal) so that imperfect real-world rings still fill. O(n log n) to
// O(n^2); meant to run once per map and be cached.
#pragma once
#include "core/geo/polygon.h"

#include <cstdint>
#include <vector>

namespace swm::geo {

// The polygon's vertices in the order that triangulate() indexes: the outer
// ring, then each hole in turn.
std::vector<Point> flatten(const Polygon& polygon);

// Triangles as index triples into flatten(polygon), each counter-clockwise
// (y up). Empty for a polygon with fewer than 3 usable points.
std::vector<std::uint32_t> triangulate(const Polygon& polygon);

struct Triangulation {
    std::vector<Point> vertices;           // all parts flattened, in order
    std::vector<std::uint32_t> indices;    // triples into vertices
    // Sum of the triangle areas; equals area(shape) when the fill is exact.
    double area() const;
};

Triangulation triangulate(const MultiPolygon& shape);

} // namespace swm::geo
