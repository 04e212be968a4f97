// Names on a map without overlap: each name is tried at its anchor and at a
// few positions shifted up, down and sideways by at most about one and a
// half lines; the first position whose box stays inside the view and clear
// of every obstacle (legend, buttons, credit) and of every name placed
// before it wins, else the name is left out. Requests come in priority
// order (Hof van Twente first, then the register's municipalities, the
// largest first, then the context), so a name is only ever dropped for a
// more important one. Works in any y-down screen units (CSS pixels in the
// UI, viewBox units in the report).
#pragma once
#include "core/geo/bbox.h"

#include <vector>

namespace swm::geo {

struct LabelRequest {
    Point anchor;  // where the name belongs: the centre of its box when unshifted
    double width = 0;
    double height = 0;
};

struct LabelPlacement {
    bool shown = false;
    BBox box;  // where it is drawn, when shown
    Point centre() const { return box.center(); }
};

struct LabelLayoutOptions {
    double gap = 2;  // kept free between two names, and around obstacles
};

std::vector<LabelPlacement> layout_labels(const std::vector<LabelRequest>& requests, const std::vector<BBox>& obstacles,
                                          const BBox& view, const LabelLayoutOptions& options = {});

} // namespace swm::geo
