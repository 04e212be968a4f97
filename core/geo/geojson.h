// GeoJSON codec for the municipality map.
//
// Import: a FeatureCollection of municipalities as CBS/PDOK publish it
// (properties `statcode` "GM1735" and `statnaam`; the older `gemeentecode` /
// `gemeentenaam` and `GM_CODE` / `GM_NAAM` are accepted too), Polygon and
// MultiPolygon with holes, in WGS84 or RD New (EPSG:28992). The coordinate
// system comes from the legacy `crs` member when present, else from the
// coordinate ranges (RD New northings are >= 289,000, latitudes <= 90, so
// the two never overlap). Every problem is reported with its JSON path, in
// Dutch and English; hostile input gives errors, never a crash.
//
// Export: WGS84 (RFC 7946), one Feature per municipality with id and
// properties statcode/statnaam, plus a top-level "schematic" member.
#pragma once
#include "core/geo/geo_error.h"
#include "core/geo/municipality_map.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace swm::geo {

enum class Crs { wgs84, rd_new };

struct GeoJsonOptions {
    // Refuse more positions than this: memory stays bounded whatever is sent.
    std::size_t max_positions = 5'000'000;
    // Stop listing after this many errors; a broken file would list thousands.
    std::size_t max_errors = 20;
};

struct GeoJsonResult {
    std::optional<MunicipalityMap> map;  // set exactly when errors is empty
    GeoErrors errors;
    Crs source_crs = Crs::wgs84;  // what the input was in (output is WGS84)
};

GeoJsonResult parse_geojson(std::string_view text, const GeoJsonOptions& options = {});

// decimals: 6 is ~0.1 m, plenty for a map and a third of the size of
// full double precision.
std::string encode_geojson(const MunicipalityMap& map, int decimals = 6);

} // namespace swm::geo
