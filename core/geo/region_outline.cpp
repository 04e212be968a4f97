#include "core/geo/region_outline.h"

namespace swm::geo {
namespace {

std::vector<const MultiPolygon*> members(const MunicipalityMap& map, const std::vector<std::string>& codes) {
    std::vector<const MultiPolygon*> out;
    for (const auto& code : codes)
        if (const Municipality* m = map.find(code)) out.push_back(&m->area);
    return out;
}

// Degrees: 1e-7 is ~1 cm, well above float noise and below any real border
// detail, so borders digitised from the same line cancel.
constexpr double kEps = 1e-7;

} // namespace

std::vector<Segment> region_outline_edges(const MunicipalityMap& map, const std::vector<std::string>& codes) {
    return outline_edges(members(map, codes), kEps);
}

MultiPolygon region_shape(const MunicipalityMap& map, const std::vector<std::string>& codes) {
    return merge_shapes(members(map, codes), kEps);
}

} // namespace swm::geo
