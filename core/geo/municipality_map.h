// The map of municipalities the monitor shows: per municipality its CBS code
// ("GM1735"), name and area in WGS84 (x = lon, y = lat). Either imported from
// GeoJSON (official boundaries) or the schematic default built from seats.
#pragma once
#include "core/geo/geo_error.h"
#include "core/geo/polygon.h"

#include <string>
#include <string_view>
#include <vector>

namespace swm::geo {

struct Municipality {
    std::string statcode;
    std::string name;
    MultiPolygon area;
};

struct MunicipalityMap {
    std::vector<Municipality> municipalities;
    // True for the built-in map made from seats, whose borders are invented:
    // the UI then says "schematisch".
    bool schematic = false;

    const Municipality* find(std::string_view statcode) const;
    BBox bbox() const;
};

// "GM0141"-style codes: "GM" and four digits.
bool is_statcode(std::string_view code);

// One error per municipality whose code is not in `allowed` (e.g. the
// municipalities the register knows); path "features[i].properties.statcode".
GeoErrors check_known_codes(const MunicipalityMap& map, const std::vector<std::string>& allowed);

} // namespace swm::geo
