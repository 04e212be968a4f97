// The strategy's layering of municipal tasks (goal 2): each layer asks for
// its own kind of partnership, pragmatic at the bottom, principled at the top.
#pragma once
#include "core/enum_codes.h"

namespace swm {

enum class TaskLayer {
    bedrijfsvoering,
    uitvoering,
    beleid,
    strategie,
};

template <>
struct EnumTraits<TaskLayer> {
    static constexpr std::string_view label_prefix = "layer";
    static constexpr std::array<std::pair<TaskLayer, std::string_view>, 4> codes = {{
        {TaskLayer::bedrijfsvoering, "bedrijfsvoering"},
        {TaskLayer::uitvoering, "uitvoering"},
        {TaskLayer::beleid, "beleid"},
        {TaskLayer::strategie, "strategie"},
    }};
};

} // namespace swm
