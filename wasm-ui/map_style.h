// The map's colours and classes: scale colours (from theme.h's colour-blind
// safe set, lightened for fills so names stay readable), the choropleth
// classes of shared partnerships, and the neutral tones around them.
#pragma once
#include "core/scale.h"

#include "imgui.h"

#include <array>
#include <string>
#include <vector>

namespace swm::web {

enum class MapColouring { scale, shared_count };

struct MapScale {
    Scale scale;
    const char* code;
    bool outline_in_count_view;  // the regions drawn as outlines in every view
};

// The scales that are regions, in legend order.
inline constexpr std::size_t kMapScaleCount = 5;
inline constexpr std::array<MapScale, kMapScaleCount> kMapScales = {{
    {Scale::midden_twente, "MT", true},
    {Scale::twente, "Tw", true},
    {Scale::zuid_twente, "Zt", false},
    {Scale::west_twente, "Wt", true},
    {Scale::achterhoek, "A", true},
}};

inline constexpr ImU32 kMapBackground = IM_COL32(0xf4, 0xf6, 0xf8, 255);
inline constexpr ImU32 kMapContextFill = IM_COL32(0xe4, 0xe7, 0xeb, 255);
inline constexpr ImU32 kMapContextBorder = IM_COL32(0xfb, 0xfc, 0xfd, 255);
inline constexpr ImU32 kMapContextText = IM_COL32(0x6b, 0x74, 0x80, 255);
inline constexpr ImU32 kMapNeutralFill = IM_COL32(0xd2, 0xd7, 0xde, 255);
inline constexpr ImU32 kMapBorder = IM_COL32(0xff, 0xff, 0xff, 255);
inline constexpr ImU32 kMapBorderDark = IM_COL32(0x5c, 0x67, 0x75, 255);
inline constexpr ImU32 kMapRegionLine = IM_COL32(0x33, 0x3d, 0x4a, 255);
inline constexpr ImU32 kMapHoverLine = IM_COL32(0x1d, 0x26, 0x33, 255);
inline constexpr ImU32 kMapHalo = IM_COL32(0xff, 0xff, 0xff, 235);
inline constexpr ImU32 kMapHofFill = IM_COL32(0xf0, 0xe4, 0x42, 255);  // Okabe-Ito yellow
inline constexpr ImU32 kMapLegendFill = IM_COL32(0xff, 0xff, 0xff, 235);
inline constexpr ImU32 kMapLegendLine = IM_COL32(0xc9, 0xcf, 0xd8, 255);
inline constexpr ImU32 kMapBadgeFill = IM_COL32(0xff, 0xf4, 0xd6, 245);
inline constexpr ImU32 kMapBadgeLine = IM_COL32(0xc9, 0x8a, 0x00, 255);

ImU32 scale_fill(std::size_t s);
ImU32 scale_line(std::size_t s);
// `c` moved towards the background by `amount` (0..1): for what is not selected.
ImU32 fade(ImU32 c, float amount);

// Which enabled scale colours a municipality (the most specific one: MT,
// Zt, Wt and A before Tw), and which second one stripes it; -1 for none.
int primary_scale(unsigned memberships, const std::array<bool, kMapScaleCount>& on);
int secondary_scale(unsigned memberships, const std::array<bool, kMapScaleCount>& on);

// Choropleth of shared partnerships: 0 apart, then up to four classes of
// equal width up to the largest count (Hof van Twente, partner in all, is
// left out of the scale and drawn in its own colour).
struct CountClass {
    int from;
    int to;
    ImU32 colour;
    std::string label;
};
std::vector<CountClass> shared_count_classes(const std::vector<int>& counts, int hvt);

} // namespace swm::web
