// The map's canvas: the boundaries painted with the register's colours,
// names where they fit, the selected partnership's lines, the legend box,
// scale bar, credit and zoom buttons over it; pan and zoom by mouse, wheel
// and keys, hover and click on a municipality.
#pragma once
#include "map_load.h"
#include "map_model.h"
#include "map_view.h"

#include "imgui.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace swm::web {

class MapCanvas {
public:
    // Draws into the rest of the current window; until there is a map,
    // what `load` is doing.
    void draw(const MapInput& in, const MapModel& model, const MapLoad& load, MapChoices& choices, MapEvents& ev);
    // A new map: fitted again, nothing hovered.
    void refit();

    // Where the legend goes: beside the map, or heading the side panel
    // (map_panel.h), which reports its size there.
    bool legend_in_panel() const { return legend_in_panel_; }
    void legend_measured(ImVec2 size, MapEvents& ev);

    // The camera as a view state keeps it (core/view_state.h): nullopt when
    // fitted and untouched; and an applied one, taken over once the map is
    // fitted.
    struct Placement {
        double zoom = 1;
        std::optional<geo::Point> centre;
    };
    std::optional<Placement> placement(const MapModel& model) const;
    void place(std::optional<Placement> p);

    double zoom() const { return zoom_; }
    // Hover, labels, legend box and frame times, for tests and benchmarks.
    nlohmann::json state(const MapModel& model) const;
    // The last draw's time, for state().
    void drawn(double ms);

private:
    double zoom_ = 1;
    geo::Point centre_;
    bool fitted_ = false;
    std::optional<Placement> placement_;
    bool presenting_ = false;
    int hovered_ = -1;
    geo::Point drag_anchor_;  // km under the mouse when a drag began

    geo::ScreenTransform transform_;
    ImVec2 legend_size_{0, 0};
    float legend_reserve_ = 0;  // canvas width kept free for the legend
    float right_reserve_ = 0;   // ... for the zoom buttons
    float bottom_reserve_ = 0;  // canvas height kept free for the credit and the hint
    bool legend_in_panel_ = false;
    ImVec2 legend_min_{0, 0}, legend_max_{0, 0};  // on the canvas; empty when in the panel
    std::vector<geo::BBox> obstacles_;  // what names must keep clear of, this frame
    nlohmann::json labels_ = nlohmann::json::array();       // the register's label points
    nlohmann::json label_boxes_ = nlohmann::json::array();  // every name drawn, where
    double draw_ms_ = 0, draw_ms_total_ = 0;
    long draws_ = 0;
    std::size_t vertices_drawn_ = 0;
    int lod_ = 0;

    void handle_input(const MapModel& model, ImVec2 p0, ImVec2 size, bool hovered_canvas, float ui);
    void paint(const MapInput& in, const MapModel& model, const MapChoices& choices, ImDrawList* dl, ImVec2 p0, ImVec2 size);
    void paint_names(const MapInput& in, const MapModel& model, ImDrawList* dl, const std::vector<int>& visible);
    void overlays(const MapInput& in, const MapModel& model, MapChoices& choices, ImVec2 p0, ImVec2 size, MapEvents& ev);
    void tooltip(const MapInput& in, const MapModel& model) const;
    void place_legend(const MapInput& in, const MapModel& model, ImVec2 p0, ImVec2 size);
    void legend_box(const MapInput& in, const MapModel& model, MapChoices& choices, MapEvents& ev);
    void credit(const MapInput& in, const MapModel& model, ImVec2 p0, ImVec2 size) const;
    std::vector<geo::BBox> overlay_boxes(const MapInput& in, const MapModel& model, ImVec2 p0, ImVec2 size) const;
    ImVec2 credit_size(const MapInput& in, const MapModel& model) const;
    geo::ScreenTransform view_transform(const MapModel& model, ImVec2 p0, ImVec2 size) const;
    ImVec2 view_centre(ImVec2 p0, ImVec2 size) const;
    void zoom_at(const MapModel& model, ImVec2 screen, double factor, ImVec2 p0, ImVec2 size);
    ImU32 fill_colour(int i, const MapInput& in, const MapModel& model, const MapChoices& choices) const;
};

} // namespace swm::web
