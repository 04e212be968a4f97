// The map view: Twente, the Achterhoek and the register's other
// municipalities, coloured by scale or by the number of partnerships shared
// with Hof van Twente, with pan and zoom, hover, selection and the import of
// official boundaries. Self-contained: the app passes in what the register
// holds and gets back what the user chose.
#pragma once
#include "core/dataset.h"
#include "core/i18n.h"
#include "core/partnership_filter.h"
#include "core/view_state.h"

#include <nlohmann/json_fwd.hpp>

#include <memory>
#include <optional>
#include <string>

namespace swm::web {

struct MapInput {
    const Dataset& dataset;
    const PartnershipFilter& filter;  // the register's filters apply on the map too
    int selected_partnership = 0;     // 0: none
    Lang lang = Lang::nl;
    float ui_scale = 1.0f;
    bool presenting = false;          // a slide: no side panel, zoom buttons or keyboard
    bool can_edit = true;             // false when read-only or a snapshot: no loading of boundaries
};

struct MapEvents {
    std::optional<int> select_partnership;           // 0: clear the selection
    std::optional<int> open_partnership;             // show its details
    std::optional<std::string> select_municipality;  // statcode, "" when cleared
    bool redraw = false;                             // more frames wanted (loading)
};

class MapView {
public:
    MapView();
    ~MapView();
    MapView(const MapView&) = delete;
    MapView& operator=(const MapView&) = delete;

    // Draws the map and its side panel into the rest of the current window.
    MapEvents draw(const MapInput& in);
    // What tests and benchmarks read: load state, selection, label points in
    // CSS pixels, the time the last frames took.
    nlohmann::json state() const;
    // The map's part of a view state (core/view_state.h): colouring, zoom
    // (1: fitted to the register's municipalities), centre (RD km) and
    // hidden scales; and back. Without zoom and centre the map is fitted.
    MapViewState view() const;
    void apply_view(const MapViewState& map);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace swm::web
