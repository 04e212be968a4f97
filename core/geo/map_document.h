// The map as one document: a GeoJSON FeatureCollection of municipalities
// (geojson.h) with its provenance as the member "provenance"
// (map_provenance.h). This is what the monitor ships, stores, serves at
// GET /api/geo and embeds in the offline snapshot; an imported file is read
// the same way (GeoJSON or TopoJSON, usually without provenance).
#pragma once
#include "core/geo/geojson.h"
#include "core/geo/map_provenance.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace swm::geo {

struct MapDocument {
    std::optional<MunicipalityMap> map;       // set exactly when errors is empty
    std::optional<MapProvenance> provenance;  // the document's own, when it has one
    GeoErrors errors;
    Crs source_crs = Crs::wgs84;
};

MapDocument read_map_document(std::string_view text, const GeoJsonOptions& options = {});
// The same on a document already parsed (the UI parses the text once).
MapDocument decode_map_document(const nlohmann::json& doc, const GeoJsonOptions& options = {});

std::string encode_map_document(const MunicipalityMap& map, const MapProvenance& provenance);

} // namespace swm::geo
