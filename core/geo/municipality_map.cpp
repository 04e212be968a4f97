#include "core/geo/municipality_map.h"

#include <algorithm>

namespace swm::geo {

const Municipality* MunicipalityMap::find(std::string_view statcode) const {
    for (const auto& m : municipalities)
        if (m.statcode == statcode) return &m;
    return nullptr;
}

BBox MunicipalityMap::bbox() const {
    BBox b;
    for (const auto& m : municipalities) b.extend(geo::bbox(m.area));
    return b;
}

bool is_statcode(std::string_view code) {
    return code.size() == 6 && code[0] == 'G' && code[1] == 'M' &&
           std::all_of(code.begin() + 2, code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

GeoErrors check_known_codes(const MunicipalityMap& map, const std::vector<std::string>& allowed) {
    GeoErrors errors;
    for (std::size_t i = 0; i < map.municipalities.size(); ++i) {
        const auto& m = map.municipalities[i];
        if (std::find(allowed.begin(), allowed.end(), m.statcode) != allowed.end()) continue;
        errors.push_back({"features[" + std::to_string(i) + "].properties.statcode",
                          "onbekende gemeente '" + m.statcode + "' (" + m.name + ")",
                          "unknown municipality '" + m.statcode + "' (" + m.name + ")"});
    }
    return errors;
}

} // namespace swm::geo
