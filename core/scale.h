// The geographic scale of a partnership, as the 2014 overview abbreviates it
// in front of each row ("MT: Werkplein ..."). A partnership without one is
// "not geographically clustered" (std::nullopt), which the seed counts.
#pragma once
#include "core/enum_codes.h"

#include <optional>

namespace swm {

enum class Scale {
    midden_twente,        // MT
    twente,               // Tw
    twente_achterhoek,    // Tw+A: the seed's "Tw plus A"
    zuid_twente,          // Zt
    west_twente,          // Wt
    achterhoek,           // A
};

template <>
struct EnumTraits<Scale> {
    static constexpr std::string_view label_prefix = "scale";
    static constexpr std::array<std::pair<Scale, std::string_view>, 6> codes = {{
        {Scale::midden_twente, "MT"},
        {Scale::twente, "Tw"},
        {Scale::twente_achterhoek, "Tw+A"},
        {Scale::zuid_twente, "Zt"},
        {Scale::west_twente, "Wt"},
        {Scale::achterhoek, "A"},
    }};
};

// Code and label key for "no scale", used by filters and analysis where the
// absence of a scale is a value of its own.
inline constexpr std::string_view kNoScaleCode = "none";

std::string scale_code(const std::optional<Scale>& scale);
std::string scale_label(const std::optional<Scale>& scale, Lang lang);

// Tw+A is a combination of two regions, not a region an organisation can
// belong to.
bool is_region(Scale scale);

} // namespace swm
