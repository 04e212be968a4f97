// The GeoJSON reader on an already parsed document, shared with the TopoJSON
// reader (which turns a topology into a FeatureCollection first). Kept out of
// geojson.h so its users do not pull in nlohmann.
#pragma once
#include "core/geo/geojson.h"

#include <nlohmann/json_fwd.hpp>

namespace swm::geo {

GeoJsonResult read_feature_collection(const nlohmann::json& doc, const GeoJsonOptions& options);

} // namespace swm::geo
