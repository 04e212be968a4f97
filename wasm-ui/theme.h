// The look of the monitor: a calm light theme for office screens and
// projectors, and a high-contrast variant for the back of a council room.
#pragma once
#include "imgui.h"

namespace swm::web {

enum class Theme { light, high_contrast };

void apply_theme(Theme theme, float ui_scale);

// Colours with a meaning, shared by views and charts.
struct Palette {
    ImU32 accent;      // Hof van Twente, selection, links
    ImU32 text;
    ImU32 muted;       // secondary text, axes
    ImU32 grid;        // chart grid lines, outlines
    ImU32 error;
    ImU32 ok;
    ImU32 inferred;    // values the source does not state (afgeleid, gekozen)
    ImU32 background;
    ImU32 panel;
};
const Palette& palette();

// A colour per scale code (MT, Tw, Tw+A, Zt, Wt, A, none), distinguishable
// for colour-blind viewers (Okabe-Ito) and on a washed-out projector.
ImU32 scale_colour(const char* scale_code);

} // namespace swm::web
