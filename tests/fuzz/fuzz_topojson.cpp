// A boundary file in TopoJSON, through the entry point the import uses
// (parse_map_data tells GeoJSON and TopoJSON apart) and the TopoJSON reader
// directly, then what the host and UI do with the map.
#include "tests/fuzz/map_checks.h"

#include "core/geo/topojson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = swm::fuzz::text_of(data, size);
    swm::fuzz::check_imported_map(swm::geo::parse_topojson(text));
    swm::fuzz::check_imported_map(swm::geo::parse_map_data(text));
    return 0;
}
