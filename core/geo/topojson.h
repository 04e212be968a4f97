// TopoJSON import: the compact form in which neighbouring municipalities
// share their border arcs (as many web maps ship CBS data). The topology is
// decoded (quantisation, delta encoding, reversed arcs) into a Feature-
// Collection and then read exactly like GeoJSON, so the same validation and
// coordinate-system detection apply; errors in the topology itself have
// TopoJSON paths ("arcs[12]", "objects.gemeenten.geometries[3].arcs").
#pragma once
#include "core/geo/geojson.h"

#include <string>
#include <string_view>

namespace swm::geo {

// object: the member of "objects" holding the municipalities; empty means
// the only one, or else the first that is a GeometryCollection.
GeoJsonResult parse_topojson(std::string_view text, const GeoJsonOptions& options = {},
                             const std::string& object = "");

// GeoJSON or TopoJSON, told apart by the top-level "type".
GeoJsonResult parse_map_data(std::string_view text, const GeoJsonOptions& options = {});

} // namespace swm::geo
