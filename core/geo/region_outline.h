// Outlines of regions (Twente, Achterhoek, Midden-Twente, ...) on a map:
// the borders of the member municipalities that are not shared by two
// members. Which codes make a region is the caller's (the domain's) business.
#pragma once
#include "core/geo/municipality_map.h"
#include "core/geo/outline.h"

#include <string>
#include <vector>

namespace swm::geo {

// Outline segments in WGS84, the region on their left. Codes not on the map
// are ignored.
std::vector<Segment> region_outline_edges(const MunicipalityMap& map, const std::vector<std::string>& codes);

// The same as closed polygons (with holes where the region encloses a
// non-member), e.g. to fill the region or to hit-test it.
MultiPolygon region_shape(const MunicipalityMap& map, const std::vector<std::string>& codes);

} // namespace swm::geo
