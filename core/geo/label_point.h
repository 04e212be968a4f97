// Where to put a municipality's name: the pole of inaccessibility, the inside
// point farthest from the boundary (the polylabel idea: subdivide the bounding
// box into squares and refine the ones that could still hold a better point).
// Unlike the centroid it is inside even for C-shaped areas and away from thin
// parts; if the search finds nothing (degenerate input) the centroid of the
// largest fill triangle is used, which is inside by construction.
#pragma once
#include "core/geo/polygon.h"

namespace swm::geo {

// precision: stop refining when a square could improve the distance by less
// than this (in coordinate units); <= 0 picks 1/1000 of the box's larger side.
Point label_point(const Polygon& polygon, double precision = 0.0);
// The label point of the part with the largest area.
Point label_point(const MultiPolygon& shape, double precision = 0.0);

// Signed distance from p to the polygon's boundary: > 0 inside, < 0 outside.
double signed_distance(const Polygon& polygon, Point p);

} // namespace swm::geo
