// What is on screen as a document: the view, its filters, the partnership
// shown, the map's colouring and placement, the snapshot compared with and
// a part of the view. Saved views store it, the URL fragment carries it,
// a presentation's slides show it (docs/data-format.md, "Saved views").
// Decoding checks the shape; validate_view_state (saved_view.h) the rules.
#pragma once
#include "core/json_codec.h"
#include "core/partnership_filter.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace swm {

enum class MapColour { scale, choropleth };

template <>
struct EnumTraits<MapColour> {
    static constexpr std::string_view label_prefix = "map_colour";
    static constexpr std::array<std::pair<MapColour, std::string_view>, 2> codes = {{
        {MapColour::scale, "scale"},
        {MapColour::choropleth, "choropleth"},
    }};
};

struct MapViewState {
    MapColour colour = MapColour::scale;
    std::optional<double> zoom;                   // absent: fitted to the region
    std::optional<std::array<double, 2>> center;  // in the map's kilometres
    std::vector<std::string> hidden_scales;       // scale codes, "none" included

    friend bool operator==(const MapViewState& a, const MapViewState& b) {
        return a.colour == b.colour && a.zoom == b.zoom && a.center == b.center && a.hidden_scales == b.hidden_scales;
    }
};

struct ViewState {
    std::string view = "register";  // one of kViewCodes (saved_view.h)
    PartnershipFilter filter;
    std::optional<int> selected;
    std::optional<MapViewState> map;
    std::optional<int64_t> compare;  // snapshot id
    std::string section;

    friend bool operator==(const ViewState& a, const ViewState& b) {
        return a.view == b.view && a.filter == b.filter && a.selected == b.selected && a.map == b.map &&
               a.compare == b.compare && a.section == b.section;
    }
};

// Only what is set, so a saved state and a link stay short and readable.
nlohmann::json encode_view_state(const ViewState& s);
Decoded<ViewState> decode_view_state(const nlohmann::json& j);

} // namespace swm
