// The GeoJSON reader on an already parsed document, shared with the TopoJSON
// reader (which turns a topology into a FeatureCollection first). Kept out of
// geojson.h so its users do not pull in nlohmann.
#pragma once
#include "core/geo/geojson.h"

#include <nlohmann/json_fwd.hpp>

namespace swm::geo {

GeoJsonResult read_feature_collection(const nlohmann::json& doc, const GeoJsonOptions& options);
// GeoJSON or TopoJSON (topojson.h's parse_map_data on a parsed document).
GeoJsonResult read_map_data(const nlohmann::json& doc, const GeoJsonOptions& options);

// The FeatureCollection encode_geojson writes, before it is dumped, so that
// a document can add members of its own (map_document.h).
nlohmann::ordered_json geojson_object(const MunicipalityMap& map, int decimals = 6);

} // namespace swm::geo
