// The built-in default map: areas computed from the seat table, because
// official boundaries may not be shipped. Every town of a municipality (seat
// and places) is a site; each site gets its Voronoi cell cut to a disk of
// `radius_km`, and a municipality is the union of its sites' cells. So each
// area sits in its true position, contains its seat, touches its real
// neighbours roughly where they meet, and the map's outline follows the
// towns. The borders are invented: the map is flagged `schematic`.
#pragma once
#include "core/geo/municipality_map.h"
#include "core/geo/seats.h"

#include <string_view>

namespace swm::geo {

struct SchematicOptions {
    // Reach of a town: how far the map extends beyond the outermost towns
    // and the largest gap between towns that is still filled.
    double radius_km = 7.0;
    int circle_segments = 72;
};

MunicipalityMap build_schematic_map(const SeatTable& table, const SchematicOptions& options = {});

// parse_seat_table + build_schematic_map; on errors an empty map and the
// errors in *errors (when given).
MunicipalityMap schematic_map_from_json(std::string_view seats_json, GeoErrors* errors = nullptr,
                                        const SchematicOptions& options = {});

} // namespace swm::geo
