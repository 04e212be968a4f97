#include "map_style.h"

#include "theme.h"

#include <algorithm>

namespace swm::web {
namespace {

ImU32 mix(ImU32 a, ImU32 b, float t) {
    const ImVec4 x = ImGui::ColorConvertU32ToFloat4(a), y = ImGui::ColorConvertU32ToFloat4(b);
    return ImGui::ColorConvertFloat4ToU32(
        ImVec4(x.x + (y.x - x.x) * t, x.y + (y.y - x.y) * t, x.z + (y.z - x.z) * t, x.w + (y.w - x.w) * t));
}

// Fill order: the smaller regions first, so Tw only colours what no
// narrower scale claims.
constexpr std::array<int, kMapScaleCount> kPriority = {0, 2, 3, 4, 1};

// ColorBrewer "Blues", light to dark: readable with dark names on all four.
constexpr std::array<ImU32, 4> kCountColours = {IM_COL32(0xc6, 0xdb, 0xef, 255), IM_COL32(0x9e, 0xca, 0xe1, 255),
                                                IM_COL32(0x6b, 0xae, 0xd6, 255), IM_COL32(0x42, 0x92, 0xc6, 255)};
constexpr ImU32 kZeroColour = IM_COL32(0xf0, 0xf1, 0xf3, 255);

int nth_scale(unsigned memberships, const std::array<bool, kMapScaleCount>& on, int n) {
    for (int s : kPriority)
        if (on[std::size_t(s)] && (memberships & (1u << s)) && n-- == 0) return s;
    return -1;
}

} // namespace

ImU32 scale_fill(std::size_t s) { return mix(scale_colour(kMapScales[s].code), IM_COL32(255, 255, 255, 255), 0.45f); }
ImU32 scale_line(std::size_t s) { return mix(scale_colour(kMapScales[s].code), IM_COL32(0, 0, 0, 255), 0.2f); }
ImU32 fade(ImU32 c, float amount) { return mix(c, kMapBackground, amount); }

int primary_scale(unsigned memberships, const std::array<bool, kMapScaleCount>& on) {
    return nth_scale(memberships, on, 0);
}

int secondary_scale(unsigned memberships, const std::array<bool, kMapScaleCount>& on) {
    const int second = nth_scale(memberships, on, 1);
    // Tw under a narrower scale is implied by it; stripes would only add noise.
    return second == 1 ? -1 : second;
}

std::vector<CountClass> shared_count_classes(const std::vector<int>& counts, int hvt) {
    int top = 0;
    for (std::size_t i = 0; i < counts.size(); ++i)
        if (int(i) != hvt) top = std::max(top, counts[i]);
    std::vector<CountClass> out{{0, 0, kZeroColour, "0"}};
    const int width = std::max(1, (top + 3) / 4);
    for (int k = 0, from = 1; k < 4 && from <= top; ++k, from += width) {
        const int to = std::min(top, from + width - 1);
        out.push_back({from, to, kCountColours[std::size_t(k)],
                       from == to ? std::to_string(from) : std::to_string(from) + "–" + std::to_string(to)});
    }
    return out;
}

} // namespace swm::web
