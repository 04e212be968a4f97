// The fonts of the UI: Inter (Debian's fonts-inter, embedded at build), in a
// body and a heading weight, rasterised at the device pixel ratio so text is
// crisp on high-DPI screens and projectors.
#pragma once
#include "imgui.h"

namespace swm::web {

struct FontSet {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* title = nullptr;
};

// Rebuilds the atlas for `pixel_ratio` x `ui_scale`; the caller recreates the
// GL texture afterwards.
void build_fonts(float pixel_ratio, float ui_scale);
const FontSet& fonts();

} // namespace swm::web
