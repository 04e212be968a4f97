// Fewer vertices for small zoom levels: Douglas-Peucker per ring.
//
// Every ring keeps at least 3 distinct, non-collinear points and its
// orientation; a ring that simplification would fold over (area sign flips or
// vanishes) is kept as it was. Rings are simplified one by one, so two
// neighbours may open a sliver up to `tolerance` wide along their border:
// invisible when the tolerance is below a pixel, which is what it is for.
#pragma once
#include "core/geo/polygon.h"

namespace swm::geo {

// Points of `ring` kept within `tolerance` (coordinate units) of the original.
Ring simplify_ring(const Ring& ring, double tolerance);

struct SimplifyOptions {
    double tolerance = 0.0;
    // Drop holes and parts whose bounding box is smaller than the tolerance
    // in both directions: they would be a dot. The largest part always stays.
    bool drop_small = true;
};

Polygon simplify(const Polygon& polygon, const SimplifyOptions& options);
MultiPolygon simplify(const MultiPolygon& shape, const SimplifyOptions& options);

} // namespace swm::geo
