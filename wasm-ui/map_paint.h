// Drawing the prepared map geometry with an ImDrawList: filled triangles,
// border lines, hatching, halo labels and a scale bar. Everything takes the
// km -> pixel transform of the frame; nothing here keeps state.
#pragma once
#include "map_geometry.h"

#include "imgui.h"

namespace swm::web {

// Fills one level of detail of an area; returns the vertices submitted.
std::size_t fill_area(ImDrawList* dl, const MapLod& lod, const geo::ScreenTransform& t, ImU32 colour);

void outline_area(ImDrawList* dl, const MapLod& lod, const geo::ScreenTransform& t, ImU32 colour, float thickness);

void draw_segments(ImDrawList* dl, const std::vector<geo::Segment>& segments, const geo::ScreenTransform& t,
                   ImU32 colour, float thickness);

// Diagonal stripes over an area (a second colour where two scales overlap).
void hatch_area(ImDrawList* dl, const MapLod& lod, const geo::ScreenTransform& t, ImU32 colour, float spacing,
                float thickness);

// Text centred on `centre` with a light halo, readable on any fill.
void halo_text(ImDrawList* dl, ImFont* font, float size, ImVec2 centre, ImU32 colour, ImU32 halo, const char* text);

// A bar of a round length (1, 2, 5, 10, ... km) about `target_px` long,
// with its label, standing on `origin` (bottom left).
void scale_bar(ImDrawList* dl, ImVec2 origin, double px_per_km, float target_px, ImU32 colour, const char* unit);

inline ImVec2 to_screen(const geo::ScreenTransform& t, geo::Point km) {
    const geo::Point p = t.to_screen(km);
    return ImVec2(float(p.x), float(p.y));
}

} // namespace swm::web
