#include "map_view.h"

#include "map_canvas.h"
#include "map_load.h"
#include "map_model.h"
#include "map_panel.h"
#include "web_platform.h"

#include "core/geo/map_provenance.h"

#include "imgui.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace swm::web {

struct MapView::Impl {
    MapLoad load;
    MapModel model;
    MapChoices choices;
    MapCanvas canvas;
};

MapView::MapView() : impl_(std::make_unique<Impl>()) {}
MapView::~MapView() = default;

MapEvents MapView::draw(const MapInput& in) {
    Impl& m = *impl_;
    MapEvents ev;
    ev.redraw = m.load.request();
    if (auto arrived = m.load.take()) {
        m.model.build(arrived->map, std::move(arrived->provenance), in.dataset);
        m.canvas.refit();
    }
    const double t0 = now_ms();
    if (m.model.geometry) m.model.derive(in.dataset, in.filter);
    const float panel_w = in.presenting ? 0 : 380 * in.ui_scale;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild("##map", ImVec2(std::max(avail.x - panel_w - ImGui::GetStyle().ItemSpacing.x, 100.0f), avail.y), true, flags);
    ImGui::PopStyleVar();
    m.canvas.draw(in, m.model, m.load, m.choices, ev);
    ImGui::EndChild();
    if (m.model.geometry) m.canvas.drawn(now_ms() - t0);
    if (in.presenting) return ev;
    ImGui::SameLine();
    ImGui::BeginChild("##map_panel", ImVec2(0, avail.y), true);
    map_panel(in, m.model, m.choices, m.canvas, m.load, ev);
    ImGui::EndChild();
    // An upload in progress wants frames for its progress bar.
    if (m.load.busy()) ev.redraw = true;
    return ev;
}

MapViewState MapView::view() const {
    const Impl& m = *impl_;
    MapViewState out;
    out.colour = m.choices.colouring == MapColouring::scale ? MapColour::scale : MapColour::choropleth;
    for (std::size_t s = 0; s < kMapScaleCount; ++s)
        if (!m.choices.scale_on[s]) out.hidden_scales.push_back(kMapScales[s].code);
    if (const auto p = m.canvas.placement(m.model)) {
        out.zoom = std::clamp(p->zoom, 0.1, 1000.0);  // the contract's range (core/saved_view.cpp)
        if (p->centre) out.center = std::array<double, 2>{p->centre->x, p->centre->y};
    }
    return out;
}

void MapView::apply_view(const MapViewState& map) {
    Impl& m = *impl_;
    m.choices.colouring = map.colour == MapColour::choropleth ? MapColouring::shared_count : MapColouring::scale;
    m.choices.scale_on.fill(true);
    for (const auto& code : map.hidden_scales)
        for (std::size_t s = 0; s < kMapScaleCount; ++s)
            if (code == kMapScales[s].code) m.choices.scale_on[s] = false;
    std::optional<MapCanvas::Placement> placement;
    if (map.zoom || map.center) {
        placement.emplace();
        placement->zoom = map.zoom.value_or(1.0);
        if (map.center) placement->centre = geo::Point{(*map.center)[0], (*map.center)[1]};
    }
    m.canvas.place(placement);
}

nlohmann::json MapView::state() const {
    const Impl& m = *impl_;
    nlohmann::json out = m.load.state();
    out.update(m.canvas.state(m.model));
    const auto& source = m.model.provenance;
    out["schematic"] = m.model.geometry ? m.model.geometry->schematic : false;
    out["provenance"] = source ? geo::encode_map_provenance(*source) : nlohmann::json();
    out["credit"] = source ? geo::map_credit(*source, Lang::nl) : "";
    out["areas"] = m.model.geometry ? m.model.geometry->areas.size() : 0;
    out["colouring"] = m.choices.colouring == MapColouring::scale ? "scale" : "shared";
    out["selected_municipality"] = m.choices.selected;
    out["build_ms"] = m.model.build_ms;
    return out;
}

} // namespace swm::web
