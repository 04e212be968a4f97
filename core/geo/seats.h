// The seat table behind the default map (assets/map/seats.json): for each
// municipality its code, name, seat (town hall town) and a few more places,
// all as lat/lon, plus the regions it belongs to. These are plain facts that
// anybody can write down; the map's areas are computed from them
// (schematic_map.h), so no official boundary data is shipped.
#pragma once
#include "core/geo/geo_error.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace swm::geo {

struct Place {
    std::string name;
    double lat = 0.0;
    double lon = 0.0;
};

struct SeatEntry {
    std::string statcode;
    std::string name;
    Place seat;
    // Other towns and villages: they make the schematic area follow the
    // real spread of the municipality instead of being one convex cell.
    std::vector<Place> places;
};

struct RegionEntry {
    std::string id;    // "midden-twente"
    std::string name;  // "Midden-Twente"
    std::vector<std::string> members;  // statcodes
};

struct SeatTable {
    std::vector<SeatEntry> municipalities;
    std::vector<RegionEntry> regions;

    const SeatEntry* find(std::string_view statcode) const;
    const RegionEntry* find_region(std::string_view id) const;
};

struct SeatTableResult {
    std::optional<SeatTable> table;  // set when errors is empty
    GeoErrors errors;
};

SeatTableResult parse_seat_table(std::string_view json);

} // namespace swm::geo
