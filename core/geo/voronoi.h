// Voronoi cells of points in the plane, each cut to a disk around its point:
// the tiling behind the schematic map. Every cell is convex, contains its
// site, and two neighbouring cells share their border exactly (both cut the
// same bisector, computed once per pair), so the union has no gaps or
// overlaps between cells; the disks give the tiling an outline that follows
// the sites instead of a bounding box.
#pragma once
#include "core/geo/polygon.h"

#include <vector>

namespace swm::geo {

// Counter-clockwise cells, one per site, in site order. Sites must be
// distinct; O(n^2), meant for at most a few hundred sites.
std::vector<Ring> voronoi_disk_cells(const std::vector<Point>& sites, double radius, int circle_segments = 72);

// The part of a convex counter-clockwise ring where dot(normal, p) <= offset.
Ring clip_half_plane(const Ring& convex, Point normal, double offset);

// The part of a convex counter-clockwise ring inside the circle, with arcs
// approximated by points at multiples of 2*pi/segments around the centre.
// The centre must lie inside the ring.
Ring clip_to_circle(const Ring& convex, Point centre, double radius, int segments);

} // namespace swm::geo
