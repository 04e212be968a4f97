#include "core/organisation.h"

#include <algorithm>

namespace swm {

bool Organisation::in_region(Scale region) const {
    if (region == Scale::twente_achterhoek) return in_region(Scale::twente) || in_region(Scale::achterhoek);
    return std::find(regions.begin(), regions.end(), region) != regions.end();
}

} // namespace swm
