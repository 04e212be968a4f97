#include "map_paint.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace swm::web {

std::size_t fill_area(ImDrawList* dl, const MapLod& lod, const geo::ScreenTransform& t, ImU32 colour) {
    if (lod.indices.empty()) return 0;
    const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
    dl->PrimReserve(int(lod.indices.size()), int(lod.vertices.size()));
    const ImDrawIdx base = static_cast<ImDrawIdx>(dl->_VtxCurrentIdx);
    for (const geo::Point& p : lod.vertices) dl->PrimWriteVtx(to_screen(t, p), uv, colour);
    for (std::uint32_t i : lod.indices) dl->PrimWriteIdx(static_cast<ImDrawIdx>(base + i));
    return lod.vertices.size();
}

void outline_area(ImDrawList* dl, const MapLod& lod, const geo::ScreenTransform& t, ImU32 colour, float thickness) {
    ImVector<ImVec2> points;
    for (const auto& ring : lod.rings) {
        points.resize(0);
        for (const geo::Point& p : ring) points.push_back(to_screen(t, p));
        dl->AddPolyline(points.Data, points.Size, colour, ImDrawFlags_Closed, thickness);
    }
}

void draw_segments(ImDrawList* dl, const std::vector<geo::Segment>& segments, const geo::ScreenTransform& t,
                   ImU32 colour, float thickness) {
    for (const auto& s : segments) dl->AddLine(to_screen(t, s.a), to_screen(t, s.b), colour, thickness);
}

void hatch_area(ImDrawList* dl, const MapLod& lod, const geo::ScreenTransform& t, ImU32 colour, float spacing,
                float thickness) {
    // Lines x + y = c in screen space; each crosses the rings an even number
    // of times, and the pieces between the 1st-2nd, 3rd-4th, ... crossing
    // are inside (even-odd rule, holes included).
    struct Edge { ImVec2 a, b; };
    std::vector<Edge> edges;
    float lo = 1e30f, hi = -1e30f;
    for (const auto& ring : lod.rings)
        for (std::size_t i = 0; i < ring.size(); ++i) {
            const Edge e{to_screen(t, ring[i]), to_screen(t, ring[(i + 1) % ring.size()])};
            edges.push_back(e);
            lo = std::min(lo, e.a.x + e.a.y);
            hi = std::max(hi, e.a.x + e.a.y);
        }
    std::vector<float> xs;
    for (float c = std::ceil(lo / spacing) * spacing; c < hi; c += spacing) {
        xs.clear();
        for (const auto& e : edges) {
            const float ua = e.a.x + e.a.y - c, ub = e.b.x + e.b.y - c;
            if ((ua < 0) == (ub < 0)) continue;
            xs.push_back(e.a.x + (e.b.x - e.a.x) * (ua / (ua - ub)));
        }
        std::sort(xs.begin(), xs.end());
        for (std::size_t i = 0; i + 1 < xs.size(); i += 2)
            dl->AddLine(ImVec2(xs[i], c - xs[i]), ImVec2(xs[i + 1], c - xs[i + 1]), colour, thickness);
    }
}

void halo_text(ImDrawList* dl, ImFont* font, float size, ImVec2 centre, ImU32 colour, ImU32 halo, const char* text) {
    const ImVec2 extent = font->CalcTextSizeA(size, 1e9f, 0, text);
    const ImVec2 at(std::round(centre.x - extent.x / 2), std::round(centre.y - extent.y / 2));
    for (int dx = -1; dx <= 1; ++dx)
        for (int dy = -1; dy <= 1; ++dy)
            if (dx || dy) dl->AddText(font, size, ImVec2(at.x + dx, at.y + dy), halo, text);
    dl->AddText(font, size, at, colour, text);
}

void scale_bar(ImDrawList* dl, ImVec2 origin, double px_per_km, float target_px, ImU32 colour, const char* unit) {
    double km = 1;
    for (double candidate : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0})
        if (candidate * px_per_km <= target_px) km = candidate;
    if (km * px_per_km < 4) return;  // zoomed out beyond any sensible bar
    const float len = float(km * px_per_km);
    const float tick = 5.0f;
    dl->AddLine(ImVec2(origin.x, origin.y - tick), origin, colour, 2);
    dl->AddLine(origin, ImVec2(origin.x + len, origin.y), colour, 2);
    dl->AddLine(ImVec2(origin.x + len, origin.y), ImVec2(origin.x + len, origin.y - tick), colour, 2);
    char label[32];
    std::snprintf(label, sizeof label, "%g %s", km, unit);
    dl->AddText(ImVec2(origin.x + len + 6, origin.y - ImGui::GetFontSize() + 2), colour, label);
}

} // namespace swm::web
