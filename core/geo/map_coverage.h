// Whether an imported map can stand in for the default: it must hold every
// municipality the register names, or a partner would vanish from the map.
// Municipalities beyond the register (a file of the whole country) are fine:
// they are drawn as context. A register municipality that is missing while a
// feature carries its name under another code is reported at that feature,
// since the code is then what is wrong ("GM9999 for Enschede").
#pragma once
#include "core/geo/geo_error.h"
#include "core/geo/municipality_map.h"

#include <string>
#include <vector>

namespace swm::geo {

struct RequiredMunicipality {
    std::string statcode;
    std::string name;
    std::vector<std::string> aliases;  // other names a file may use ("Hengelo (O.)")
};

GeoErrors check_coverage(const MunicipalityMap& map, const std::vector<RequiredMunicipality>& required);

} // namespace swm::geo
