// Outlines of groups of areas that tile the plane (municipalities, schematic
// cells): the edges not shared by two members form the outline of the group,
// e.g. a region's border without the municipal borders inside it.
//
// Edges count as shared when they lie on the same line (within eps) and run
// in opposite directions, over the part where they overlap; so neighbours
// whose vertices differ (T-junctions, a vertex more on one side) still
// cancel. eps <= 0 picks 1e-9 of the extent: float noise, not generalisation.
#pragma once
#include "core/geo/polygon.h"

#include <vector>

namespace swm::geo {

struct Segment {
    Point a;
    Point b;
};

// Directed outline segments (the union's interior on their left).
std::vector<Segment> outline_edges(const std::vector<const MultiPolygon*>& shapes, double eps = 0);

// Joins directed segments end to start into closed rings. Where several
// continue from one point (areas touching at a corner) it turns so that each
// ring encloses one face, so no ring touches itself.
std::vector<Ring> chain_rings(const std::vector<Segment>& segments, double eps = 0);

// The union of non-overlapping shapes as polygons with holes.
MultiPolygon merge_shapes(const std::vector<const MultiPolygon*>& shapes, double eps = 0);

// Polygons from rings: counter-clockwise rings become outer rings, clockwise
// ones holes of the smallest outer ring that contains them.
MultiPolygon assemble_polygons(std::vector<Ring> rings);

} // namespace swm::geo
