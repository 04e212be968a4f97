#include "core/strategy.h"

namespace swm {

const LayerDescription* Strategy::layer(TaskLayer wanted) const {
    for (const auto& l : layers) {
        if (l.layer == wanted) return &l;
    }
    return nullptr;
}

bool operator==(const Strategy& a, const Strategy& b) {
    return a.title == b.title && a.subtitle == b.subtitle && a.tagline == b.tagline && a.source == b.source &&
           a.goals_heading == b.goals_heading && a.goals == b.goals && a.principles_heading == b.principles_heading &&
           a.principles == b.principles && a.layers == b.layers && a.approach == b.approach &&
           a.developments_heading == b.developments_heading && a.developments == b.developments &&
           a.colofon == b.colofon && a.notes == b.notes;
}

} // namespace swm
