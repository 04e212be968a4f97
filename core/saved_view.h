// A saved view: what is on screen (which view, its filters, selection, map
// zoom and colouring, the snapshot compared with), named so it can be opened
// again; and a deck: an ordered list of saved views with a title per slide,
// for presenting in a council session. The host stores both, the UI reads
// and writes their state, the URL fragment carries the same state.
#pragma once
#include "core/dataset.h"
#include "core/enum_codes.h"
#include "core/validation_error.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace swm {

// The views of the UI, as codes in a view state's "view".
inline constexpr const char* kViewCodes[] = {"register", "detail", "analysis", "map", "strategy", "council"};

enum class SavedViewKind { view, deck };

template <>
struct EnumTraits<SavedViewKind> {
    static constexpr std::string_view label_prefix = "saved_view_kind";
    static constexpr std::array<std::pair<SavedViewKind, std::string_view>, 2> codes = {{
        {SavedViewKind::view, "view"},
        {SavedViewKind::deck, "deck"},
    }};
};

// A saved view or deck as stored and sent: {"id", "name", "kind", "state",
// "revision"}; `state` is a view state or a deck, checked below.
struct SavedView {
    int64_t id = 0;  // given by the host; 0 in a request to create one
    std::string name;
    SavedViewKind kind = SavedViewKind::view;
    nlohmann::json state = nlohmann::json::object();
    int64_t revision = 1;

    // For a deck: the saved views its slides show, in order.
    std::vector<int64_t> slide_view_ids() const;

    friend bool operator==(const SavedView& a, const SavedView& b) {
        return a.id == b.id && a.name == b.name && a.kind == b.kind && a.state == b.state && a.revision == b.revision;
    }
};

// Checks a view state (docs/data-format.md, "Saved views"):
//   {"view": code, "filter": filter, "selected": number|null,
//    "map": {"colour": "scale"|"choropleth", "zoom": number, "center": [x, y],
//            "hidden_scales": [scale codes]},
//    "compare": snapshot id|null, "section": text}
// Only "view" is required; unknown keys are errors so a typo is not lost.
ValidationErrors validate_view_state(const nlohmann::json& state, const Dataset& dataset);

// Checks a deck: {"slides": [{"title": text, "view_id": id}, ...]} with at
// least one slide, each naming a saved view among `view_ids`.
ValidationErrors validate_deck(const nlohmann::json& deck, const std::vector<long long>& view_ids);

// Checks a whole saved view or deck as a client sends it:
// {"name", "kind": "view"|"deck", "state"}; fields named from its root.
ValidationErrors validate_saved_view(const nlohmann::json& saved, const Dataset& dataset,
                                     const std::vector<long long>& view_ids);

} // namespace swm
