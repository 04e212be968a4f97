// What importing a map file came to, and its answer to POST /api/geo/import:
// {"municipalities", "vertices", "crs": "wgs84" | "rd_new", "schematic",
//  "provenance"}. A refused file answers in core/api_error.h's shape instead.
#pragma once
#include "core/geo/geo_error.h"
#include "core/geo/geojson.h"
#include "core/geo/map_provenance.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>

namespace swm::geo {

// The largest boundary file the monitor imports: PDOK serves its detailed
// municipal boundaries at tens of MB. The host's body limit for
// POST /api/geo/import and the UI's file picker both use it.
constexpr std::size_t kMaxMapImportBytes = std::size_t(64) << 20;

struct MapImport {
    GeoErrors errors;  // empty: imported
    std::size_t municipalities = 0;
    std::size_t vertices = 0;
    Crs source_crs = Crs::wgs84;
    bool schematic = false;  // the file says its borders are not official
    MapProvenance provenance;
};

nlohmann::json encode_map_import(const MapImport& r);
// DELETE /api/geo/import's answer: {"provenance"} of the shipped map, now shown.
nlohmann::json encode_map_reset(const MapProvenance& shipped);
// The import's answer as the UI reads it; nullopt for a body not of this shape.
std::optional<MapImport> decode_map_import(const nlohmann::json& j);

} // namespace swm::geo
