// One problem found while reading map data (GeoJSON, TopoJSON, the seat
// table): where it is, as a JSON path like "features[3].geometry", and what
// it is, in Dutch and English. The texts live here rather than in the i18n
// table because they are composed with values (types, counts, codes).
#pragma once
#include "core/i18n.h"

#include <string>
#include <vector>

namespace swm::geo {

struct GeoError {
    std::string path;  // empty for the document as a whole
    std::string nl;
    std::string en;

    // "features[3].geometry: type 'LineString' wordt niet ondersteund"
    std::string describe(Lang lang) const {
        const std::string& text = lang == Lang::en ? en : nl;
        return path.empty() ? text : path + ": " + text;
    }
};

using GeoErrors = std::vector<GeoError>;

} // namespace swm::geo
