#include "core/scale.h"

namespace swm {

std::string scale_code(const std::optional<Scale>& scale) {
    return std::string(scale ? to_code(*scale) : kNoScaleCode);
}

std::string scale_label(const std::optional<Scale>& scale, Lang lang) {
    if (scale) return label(*scale, lang);
    return tr("scale.none", lang);
}

bool is_region(Scale scale) { return scale != Scale::twente_achterhoek; }

} // namespace swm
