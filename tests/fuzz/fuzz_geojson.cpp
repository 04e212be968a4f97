// A boundary file as a user imports it (POST /api/geo/import, import-map):
// GeoJSON in WGS84 or RD New, then what the host and UI do with the map.
#include "tests/fuzz/map_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    swm::fuzz::check_imported_map(swm::geo::parse_geojson(swm::fuzz::text_of(data, size)));
    return 0;
}
