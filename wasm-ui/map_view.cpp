#include "map_view.h"

#include "api_client.h"
#include "fonts.h"
#include "map_geometry.h"
#include "map_paint.h"
#include "map_style.h"
#include "theme.h"
#include "widgets.h"

#include "core/api_error.h"
#include "core/geo/label_layout.h"
#include "core/geo/map_document.h"
#include "core/geo/map_import.h"
#include "core/text.h"

#include "imgui.h"

#include <emscripten.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <unordered_map>

namespace swm::web {
namespace {

using nlohmann::json;

// The host refuses bodies above 1 MiB (native-host/http_server.h); larger
// files go through `samenwerkingsmonitor import-map`.
constexpr double kMaxUploadBytes = 1 << 20;
constexpr double kMaxZoom = 400;

EM_JS(void, js_pick_map_file, (double max_bytes), { window.swmBridge.pickTextFile('swm_map_file_chosen', max_bytes); });

std::string url_encode(const std::string& s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') out += char(c);
        else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

ImVec2 add(ImVec2 a, ImVec2 b) { return ImVec2(a.x + b.x, a.y + b.y); }

} // namespace

namespace {
// The file picker's answer goes to the map view that asked.
std::function<void(const char*, const char*, double)> g_file_chosen;
}

struct MapView::Impl {
    enum class Load { none, loading, ready, failed };
    Load load = Load::none;
    std::string load_error;
    std::optional<geo::MunicipalityMap> pending;  // arrived, geometry not built yet
    std::optional<MapGeometry> geometry;
    std::unordered_map<std::string, int> index;  // statcode -> area
    std::optional<geo::MapProvenance> provenance;  // of the map shown
    std::optional<geo::MapProvenance> pending_provenance;

    bool import_busy = false;
    std::string import_note;  // i18n key of the last import's outcome
    std::string import_arg;   // its {0}
    json import_refusal;      // the host's error body of a refused file (core/api_error.h)
    bool import_failed = false;

    double zoom = 1;
    geo::Point centre;
    bool fitted = false;
    geo::BBox focus_km;  // the register's municipalities: the fitted view
    double min_zoom = 0.5;  // far enough out to see the whole map
    MapColouring colouring = MapColouring::scale;
    std::array<bool, kMapScaleCount> scale_on{true, true, true, true, true};
    // Zoom and centre of an applied view, taken over once the map is fitted.
    struct Placement {
        double zoom = 1;
        std::optional<geo::Point> centre;
    };
    std::optional<Placement> placement;
    bool presenting = false;
    int hovered = -1;
    std::string selected;  // statcode

    // Derived from the register each frame.
    std::vector<int> counts;
    std::vector<unsigned> memberships;
    std::vector<bool> in_register;
    int shown_total = 0;
    int hvt = -1;
    std::array<std::vector<int>, kMapScaleCount> region_members;
    std::array<std::vector<geo::Segment>, kMapScaleCount> region_edges;

    geo::ScreenTransform transform;
    ImVec2 legend_size{0, 0};
    float legend_reserve = 0;  // canvas width kept free for the legend
    float right_reserve = 0;   // ... for the zoom buttons
    float bottom_reserve = 0;  // canvas height kept free for the credit and the hint
    bool legend_in_panel = false;  // no room beside the map: the legend heads the side panel
    ImVec2 legend_rect_min{0, 0}, legend_rect_max{0, 0};  // on the canvas; empty when in the panel
    std::vector<geo::BBox> obstacles;  // what names must keep clear of, this frame
    geo::Point drag_anchor;  // km under the mouse when a drag began
    json labels = json::array();       // the register's label points (anchors)
    json label_boxes = json::array();  // every name drawn, where
    double parse_ms = 0, build_ms = 0;  // the last map's GeoJSON parse and preparation
    double draw_ms = 0, draw_ms_total = 0;
    long draws = 0;
    std::size_t vertices_drawn = 0;
    int lod = 0;

    std::vector<CountClass> count_classes;

    Impl() {
        g_file_chosen = [this](const char* name, const char* text, double size) { file_chosen(name, text, size); };
    }
    ~Impl() { g_file_chosen = nullptr; }

    void request_map(MapEvents& ev);
    void build(const Dataset& dataset);
    void derive(const MapInput& in);
    void canvas(const MapInput& in, MapEvents& ev);
    void handle_input(ImVec2 p0, ImVec2 size, bool hovered_canvas, float ui);
    void paint(const MapInput& in, ImDrawList* dl, ImVec2 p0, ImVec2 size);
    void overlays(const MapInput& in, ImVec2 p0, ImVec2 size, MapEvents& ev);
    void tooltip(const MapInput& in);
    void panel(const MapInput& in, MapEvents& ev);
    void panel_source(const MapInput& in);
    void legend(const MapInput& in, ImVec2 p0, ImVec2 size, MapEvents& ev);
    void legend_contents(const MapInput& in);
    void place_legend(const MapInput& in, ImVec2 p0, ImVec2 size);
    void labels_paint(const MapInput& in, ImDrawList* dl, const std::vector<int>& visible);
    void credit(const MapInput& in, ImVec2 p0, ImVec2 size);
    // Where legend, buttons, hint, scale bar and credit are on the canvas.
    std::vector<geo::BBox> overlay_boxes(const MapInput& in, ImVec2 p0, ImVec2 size) const;
    ImVec2 credit_size(const MapInput& in) const;
    void panel_selection(const MapInput& in, MapEvents& ev);
    void file_chosen(const char* name, const char* text, double size);
    void reset_to_shipped();
    geo::ScreenTransform view_transform(ImVec2 p0, ImVec2 size) const;
    ImVec2 view_centre(ImVec2 p0, ImVec2 size) const;
    void zoom_at(ImVec2 screen, double factor, ImVec2 p0, ImVec2 size);
    ImU32 fill_colour(int i, const MapInput& in) const;
};

void MapView::Impl::request_map(MapEvents& ev) {
    if (load == Load::loading) {
        ev.redraw = true;
        return;
    }
    if (load != Load::none) return;
    load = Load::loading;
    api_get("/api/geo", [this](int status, const std::string& body) {
        if (status != 200) {
            load = Load::failed;
            load_error = status == 0 ? "-" : std::to_string(status);
            return;
        }
        const double t0 = emscripten_get_now();
        geo::MapDocument doc = geo::read_map_document(body);
        parse_ms = emscripten_get_now() - t0;
        if (!doc.map || !doc.provenance) {
            load = Load::failed;
            load_error = doc.errors.empty() ? "provenance" : doc.errors.front().describe(Lang::nl);
            return;
        }
        pending_provenance = std::move(doc.provenance);
        pending = std::move(doc.map);
        load = Load::ready;
    });
    ev.redraw = true;
}

void MapView::Impl::build(const Dataset& dataset) {
    if (!pending) return;
    geo::BBox focus;
    for (const auto& m : pending->municipalities)
        if (const Organisation* o = dataset.organisation(m.statcode); o && o->kind == OrganisationKind::gemeente)
            focus.extend(geo::bbox(m.area));
    const double t0 = emscripten_get_now();
    geometry = build_map_geometry(*pending, focus);
    provenance = std::move(pending_provenance);
    pending.reset();
    index.clear();
    focus_km = geo::BBox{};
    for (std::size_t i = 0; i < geometry->areas.size(); ++i) {
        index[geometry->areas[i].statcode] = int(i);
        if (const Organisation* o = dataset.organisation(geometry->areas[i].statcode); o && o->kind == OrganisationKind::gemeente)
            focus_km.extend(geometry->areas[i].box);
    }
    geo::BBox all_km;
    for (const auto& a : geometry->areas) all_km.extend(a.box);
    if (focus_km.empty()) focus_km = all_km;
    min_zoom = std::min(0.5, 0.8 * std::min(focus_km.width() / all_km.width(), focus_km.height() / all_km.height()));
    for (auto& members : region_members) members.clear();
    for (auto& edges : region_edges) edges.clear();
    fitted = false;
    hovered = -1;
    build_ms = emscripten_get_now() - t0;
}

void MapView::Impl::derive(const MapInput& in) {
    const auto& areas = geometry->areas;
    counts.assign(areas.size(), 0);
    memberships.assign(areas.size(), 0);
    in_register.assign(areas.size(), false);
    shown_total = 0;
    for (const auto& p : in.dataset.partnerships) {
        if (!matches(in.filter, p, in.dataset)) continue;
        ++shown_total;
        for (const auto& id : p.partners_counted(in.filter.stated_only))
            if (auto it = index.find(id); it != index.end()) ++counts[std::size_t(it->second)];
    }
    std::array<std::vector<int>, kMapScaleCount> members;
    for (const auto& o : in.dataset.organisations) {
        auto it = index.find(o.id);
        if (it == index.end() || o.kind != OrganisationKind::gemeente) continue;
        in_register[std::size_t(it->second)] = true;
        for (std::size_t s = 0; s < kMapScaleCount; ++s)
            if (o.in_region(kMapScales[s].scale)) {
                memberships[std::size_t(it->second)] |= 1u << s;
                members[s].push_back(it->second);
            }
    }
    // Region outlines are the costly part: recomputed only when a
    // membership changed.
    for (std::size_t s = 0; s < kMapScaleCount; ++s) {
        std::sort(members[s].begin(), members[s].end());
        if (members[s] == region_members[s]) continue;
        region_members[s] = members[s];
        region_edges[s] = group_outline(*geometry, members[s]);
    }
    auto h = index.find(std::string(kHofVanTwenteId));
    hvt = h == index.end() ? -1 : h->second;
    std::vector<int> register_counts;
    for (std::size_t i = 0; i < counts.size(); ++i) register_counts.push_back(in_register[i] ? counts[i] : 0);
    count_classes = shared_count_classes(register_counts, hvt);
}

// The map is fitted between the legend on the left, the zoom buttons on the
// right and the credit and hint at the bottom.
ImVec2 MapView::Impl::view_centre(ImVec2 p0, ImVec2 size) const {
    return ImVec2(p0.x + legend_reserve + (size.x - legend_reserve - right_reserve) / 2,
                  p0.y + (size.y - bottom_reserve) / 2);
}

geo::ScreenTransform MapView::Impl::view_transform(ImVec2 p0, ImVec2 size) const {
    const geo::ScreenTransform fit = geo::ScreenTransform::fit(
        focus_km, std::max(size.x - legend_reserve - right_reserve, 50.0f), std::max(size.y - bottom_reserve, 50.0f), 16);
    const ImVec2 c = view_centre(p0, size);
    geo::ScreenTransform t;
    t.scale = fit.scale * zoom;
    t.offset_x = c.x - centre.x * t.scale;
    t.offset_y = c.y + centre.y * t.scale;
    return t;
}

// Zooms by `factor` keeping the point under `screen` where it is.
void MapView::Impl::zoom_at(ImVec2 screen, double factor, ImVec2 p0, ImVec2 size) {
    const geo::Point world = view_transform(p0, size).to_world({screen.x, screen.y});
    zoom = std::clamp(zoom * factor, min_zoom, kMaxZoom);
    const double s = view_transform(p0, size).scale;
    const ImVec2 c = view_centre(p0, size);
    centre.x = world.x - (screen.x - c.x) / s;
    centre.y = world.y + (screen.y - c.y) / s;
}

void MapView::Impl::handle_input(ImVec2 p0, ImVec2 size, bool hovered_canvas, float ui) {
    ImGuiIO& io = ImGui::GetIO();
    if (!fitted) {
        centre = focus_km.center();
        zoom = 1;
        if (placement) {
            zoom = std::clamp(placement->zoom, min_zoom, kMaxZoom);
            if (placement->centre) centre = *placement->centre;
            placement.reset();
        }
        fitted = true;
    }
    if (hovered_canvas && io.MouseWheel != 0) zoom_at(io.MousePos, std::pow(1.25, io.MouseWheel), p0, size);
    // The point grabbed stays under the mouse, however the moves were
    // spread over frames.
    if (ImGui::IsItemActivated())
        drag_anchor = view_transform(p0, size).to_world({io.MouseClickedPos[0].x, io.MouseClickedPos[0].y});
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3 * ui)) {
        const double s = view_transform(p0, size).scale;
        const ImVec2 c = view_centre(p0, size);
        centre.x = drag_anchor.x - (io.MousePos.x - c.x) / s;
        centre.y = drag_anchor.y + (io.MousePos.y - c.y) / s;
    }
    if (io.WantTextInput || presenting) return;  // a slide's keys are the presenter's
    // DOM key codes (web_platform.cpp): arrows, + and - on both keyboards, 0.
    const double step = 0.15 * std::min(size.x, size.y) / view_transform(p0, size).scale;
    const ImVec2 middle = view_centre(p0, size);
    if (ImGui::IsKeyPressed(37)) centre.x -= step;
    if (ImGui::IsKeyPressed(39)) centre.x += step;
    if (ImGui::IsKeyPressed(38)) centre.y += step;
    if (ImGui::IsKeyPressed(40)) centre.y -= step;
    if (ImGui::IsKeyPressed(187) || ImGui::IsKeyPressed(107)) zoom_at(middle, 1.5, p0, size);
    if (ImGui::IsKeyPressed(189) || ImGui::IsKeyPressed(109)) zoom_at(middle, 1 / 1.5, p0, size);
    if (ImGui::IsKeyPressed(48) || ImGui::IsKeyPressed(96)) fitted = false;
}

ImU32 MapView::Impl::fill_colour(int i, const MapInput& in) const {
    const std::size_t k = std::size_t(i);
    if (!in_register[k]) return kMapContextFill;
    ImU32 c = kMapNeutralFill;
    if (colouring == MapColouring::shared_count) {
        c = i == hvt ? kMapHofFill : count_classes.front().colour;
        for (const auto& cls : count_classes)
            if (counts[k] >= cls.from && counts[k] <= cls.to) c = cls.colour;
    } else if (int s = primary_scale(memberships[k], scale_on); s >= 0) {
        c = scale_fill(std::size_t(s));
    }
    if (in.selected_partnership == 0) return c;
    const Partnership* p = in.dataset.partnership(in.selected_partnership);
    const std::string& id = geometry->areas[k].statcode;
    const bool partner = p && (in.filter.stated_only ? p->has_stated_partner(id) : p->has_partner(id));
    return partner ? c : fade(c, 0.7f);
}

void MapView::Impl::paint(const MapInput& in, ImDrawList* dl, ImVec2 p0, ImVec2 size) {
    const auto& areas = geometry->areas;
    const geo::ScreenTransform& t = transform;
    const float ui = in.ui_scale;
    lod = MapGeometry::lod_for(t.scale);
    const geo::BBox view{t.to_world({p0.x, p0.y + size.y}).x, t.to_world({p0.x, p0.y + size.y}).y,
                         t.to_world({p0.x + size.x, p0.y}).x, t.to_world({p0.x + size.x, p0.y}).y};
    std::vector<int> visible;
    for (std::size_t i = 0; i < areas.size(); ++i)
        if (areas[i].box.intersects(view)) visible.push_back(int(i));

    vertices_drawn = 0;
    for (int i : visible) vertices_drawn += fill_area(dl, areas[std::size_t(i)].lods[std::size_t(lod)], t, fill_colour(i, in));
    if (colouring == MapColouring::scale) {
        // A second enabled scale on a municipality: stripes in its colour.
        for (int i : visible) {
            const int s = secondary_scale(memberships[std::size_t(i)], scale_on);
            if (s >= 0 && in_register[std::size_t(i)])
                hatch_area(dl, areas[std::size_t(i)].lods[std::size_t(lod)], t, scale_fill(std::size_t(s)), 9 * ui, 3 * ui);
        }
    }
    for (int i : visible)
        outline_area(dl, areas[std::size_t(i)].lods[std::size_t(lod)], t,
                     in_register[std::size_t(i)] ? kMapBorder : kMapContextBorder, 1.0f * ui);

    // Regions: the largest first, so the smaller ones stay visible on top.
    for (std::size_t s : {std::size_t(1), std::size_t(4), std::size_t(0), std::size_t(2), std::size_t(3)}) {
        if (colouring == MapColouring::scale ? !scale_on[s] : !kMapScales[s].outline_in_count_view) continue;
        const ImU32 colour = colouring == MapColouring::scale ? scale_line(s) : kMapRegionLine;
        draw_segments(dl, region_edges[s], t, colour, (s == 1 || s == 4 ? 3.0f : 2.0f) * ui);
    }
    // Hof van Twente is always marked; selection and hover on top.
    if (hvt >= 0) outline_area(dl, areas[std::size_t(hvt)].lods[std::size_t(lod)], t, palette().text, 3.0f * ui);
    if (int sel = selected.empty() ? -1 : (index.count(selected) ? index.at(selected) : -1); sel >= 0)
        outline_area(dl, areas[std::size_t(sel)].lods[std::size_t(lod)], t, palette().accent, 3.5f * ui);
    if (hovered >= 0) outline_area(dl, areas[std::size_t(hovered)].lods[std::size_t(lod)], t, kMapHoverLine, 2.0f * ui);

    // The selected partnership: lines from Hof van Twente to each partner.
    if (const Partnership* p = in.selected_partnership ? in.dataset.partnership(in.selected_partnership) : nullptr;
        p && hvt >= 0) {
        const ImVec2 from = to_screen(t, areas[std::size_t(hvt)].label);
        for (const auto& id : p->partners) {
            auto it = index.find(id);
            if (it == index.end() || it->second == hvt) continue;
            // A partner the overview does not name: thinner, in the colour
            // of inferred data, and left out when only stated ones count.
            const bool stated = p->has_stated_partner(id);
            if (!stated && in.filter.stated_only) continue;
            const ImU32 colour = stated ? palette().accent : palette().inferred;
            const ImVec2 to = to_screen(t, areas[std::size_t(it->second)].label);
            dl->AddLine(from, to, kMapHalo, (stated ? 5.0f : 3.5f) * ui);
            dl->AddLine(from, to, colour, (stated ? 2.5f : 1.25f) * ui);
            dl->AddCircleFilled(to, 5.0f * ui, colour);
            dl->AddCircle(to, 5.0f * ui, kMapHalo, 0, 1.5f * ui);
        }
        dl->AddCircleFilled(from, 6.0f * ui, palette().text);
    }

    labels_paint(in, dl, visible);
}

// Names where they fit, never over each other or over the legend, buttons
// and credit (core/geo/label_layout.h): Hof van Twente first and larger, then
// the register's municipalities, the largest on screen first, then the
// context. The register's label points are listed for tests either way.
void MapView::Impl::labels_paint(const MapInput& in, ImDrawList* dl, const std::vector<int>& visible) {
    const auto& areas = geometry->areas;
    const geo::ScreenTransform& t = transform;
    const FontSet& f = fonts();
    struct Name {
        int area;
        ImFont* font;
        float px;
    };
    std::vector<Name> names;
    std::vector<geo::LabelRequest> requests;
    std::vector<int> order = visible;
    auto rank = [&](int i) { return i == hvt ? 0 : in_register[std::size_t(i)] ? 1 : 2; };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (rank(a) != rank(b)) return rank(a) < rank(b);
        return areas[std::size_t(a)].box.width() * areas[std::size_t(a)].box.height() >
               areas[std::size_t(b)].box.width() * areas[std::size_t(b)].box.height();
    });
    labels = json::array();
    for (int i : order) {
        const MapArea& a = areas[std::size_t(i)];
        const bool reg = in_register[std::size_t(i)];
        const ImVec2 at = to_screen(t, a.label);
        if (reg)
            labels.push_back({{"code", a.statcode}, {"name", a.name}, {"x", at.x}, {"y", at.y},
                              {"count", counts[std::size_t(i)]}, {"shown", false}});
        ImFont* font = i == hvt ? f.bold : f.body;
        const float px = ImGui::GetFontSize() * (i == hvt ? 1.1f : reg ? 0.95f : 0.85f);
        const ImVec2 extent = font->CalcTextSizeA(px, 1e9f, 0, a.name.c_str());
        const float room = float(a.box.width() * t.scale) * (reg ? 1.5f : 0.9f);
        if (extent.x > room && i != hvt) continue;
        names.push_back({i, font, px});
        // The halo reaches a pixel beyond the glyphs.
        requests.push_back({{at.x, at.y}, extent.x + 2.0, extent.y + 2.0});
    }
    const ImVec2 c0 = dl->GetClipRectMin(), c1 = dl->GetClipRectMax();
    const auto placed = geo::layout_labels(requests, obstacles, {c0.x, c0.y, c1.x, c1.y}, {2.0 * in.ui_scale});
    json boxes = json::array();
    for (std::size_t k = 0; k < names.size(); ++k) {
        if (!placed[k].shown) continue;
        const MapArea& a = areas[std::size_t(names[k].area)];
        const bool reg = in_register[std::size_t(names[k].area)];
        const geo::Point c = placed[k].centre();
        halo_text(dl, names[k].font, names[k].px, ImVec2(float(c.x), float(c.y)), reg ? palette().text : kMapContextText,
                  kMapHalo, a.name.c_str());
        const geo::BBox& b = placed[k].box;
        boxes.push_back({{"code", a.statcode}, {"box", {b.min_x, b.min_y, b.max_x, b.max_y}}});
        for (auto& l : labels)
            if (l["code"] == a.statcode) l["shown"] = true;
    }
    label_boxes = std::move(boxes);
}

// The overlays' boxes, for the names to keep clear of; the same positions
// as overlays() draws them at.
std::vector<geo::BBox> MapView::Impl::overlay_boxes(const MapInput& in, ImVec2 p0, ImVec2 size) const {
    const float ui = in.ui_scale;
    const float line = ImGui::GetFontSize();
    auto box = [](ImVec2 a, ImVec2 b) { return geo::BBox{a.x, a.y, b.x, b.y}; };
    std::vector<geo::BBox> out;
    if (!legend_in_panel) out.push_back(box(legend_rect_min, legend_rect_max));
    // Scale bar and its label, bottom left.
    out.push_back(box(add(p0, ImVec2(12 * ui, size.y - 20 * ui - line)), add(p0, ImVec2(200 * ui, size.y - 8 * ui))));
    const ImVec2 cs = credit_size(in);
    const float hint_h = presenting ? 0 : line + 10 * ui;
    out.push_back(box(add(p0, ImVec2(size.x - cs.x - 12 * ui, size.y - hint_h - cs.y - 10 * ui)),
                      add(p0, ImVec2(size.x, size.y))));
    if (!presenting) {
        const float bw = ImGui::GetFrameHeight();
        const float h = 3 * bw + 2 * ImGui::GetStyle().ItemSpacing.y;
        out.push_back(box(add(p0, ImVec2(size.x - bw - 12 * ui, 12 * ui)), add(p0, ImVec2(size.x - 12 * ui, 12 * ui + h))));
    }
    if (geometry->schematic) {
        const ImVec2 ts = ImGui::CalcTextSize(tr("map.schematic_badge", in.lang));
        out.push_back(box(add(p0, ImVec2(12 * ui, 12 * ui)), add(p0, ImVec2(32 * ui + ts.x, 24 * ui + ts.y))));
    }
    return out;
}

ImVec2 MapView::Impl::credit_size(const MapInput& in) const {
    if (!provenance) return ImVec2(0, 0);
    const float px = ImGui::GetFontSize() * 0.85f;
    const ImVec2 ts = fonts().body->CalcTextSizeA(px, 1e9f, 0, geo::map_credit(*provenance, in.lang).c_str());
    return ImVec2(ts.x + 12 * in.ui_scale, ts.y + 6 * in.ui_scale);
}

// The boundaries' credit, bottom right on the map (so also on every slide
// and in the offline snapshot): "Bron: CBS/PDOK (Kadaster), CC BY 4.0, ...".
void MapView::Impl::credit(const MapInput& in, ImVec2 p0, ImVec2 size) {
    if (!provenance) return;
    const float ui = in.ui_scale;
    const float px = ImGui::GetFontSize() * 0.85f;
    const ImVec2 cs = credit_size(in);
    const float hint_h = presenting ? 0 : ImGui::GetFontSize() + 10 * ui;
    const ImVec2 a = add(p0, ImVec2(size.x - cs.x - 12 * ui, size.y - hint_h - cs.y - 8 * ui));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, add(a, cs), kMapLegendFill, 3 * ui);
    dl->AddText(fonts().body, px, add(a, ImVec2(6 * ui, 3 * ui)), palette().text, geo::map_credit(*provenance, in.lang).c_str());
}

void MapView::Impl::overlays(const MapInput& in, ImVec2 p0, ImVec2 size, MapEvents& ev) {
    const float ui = in.ui_scale;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Lang lang = in.lang;
    if (geometry->schematic) {
        const char* text = tr("map.schematic_badge", lang);
        const ImVec2 pad(10 * ui, 6 * ui);
        const ImVec2 ts = ImGui::CalcTextSize(text);
        const ImVec2 a = add(p0, ImVec2(12 * ui, 12 * ui));
        dl->AddRectFilled(a, add(a, add(ts, ImVec2(pad.x * 2, pad.y * 2))), kMapBadgeFill, 4 * ui);
        dl->AddRect(a, add(a, add(ts, ImVec2(pad.x * 2, pad.y * 2))), kMapBadgeLine, 4 * ui, 0, 1.5f * ui);
        dl->AddText(add(a, pad), palette().text, text);
    }
    scale_bar(dl, add(p0, ImVec2(16 * ui, size.y - 16 * ui)), transform.scale, 120 * ui, palette().text,
              tr("map.km", lang));
    credit(in, p0, size);
    if (presenting) {  // no keys or buttons to offer on a slide
        legend(in, p0, size, ev);
        return;
    }
    const char* hint = tr("map.keys_hint", lang);
    const ImVec2 hs = ImGui::CalcTextSize(hint);
    if (size.x - hs.x - 12 * ui > 200 * ui)  // clear of the scale bar
        dl->AddText(add(p0, ImVec2(size.x - hs.x - 12 * ui, size.y - hs.y - 10 * ui)), palette().muted, hint);

    // Zoom buttons, top right, over the canvas.
    const float bw = ImGui::GetFrameHeight();
    ImGui::SetCursorScreenPos(add(p0, ImVec2(size.x - bw - 12 * ui, 12 * ui)));
    ImGui::BeginGroup();
    const ImVec2 middle = view_centre(p0, size);
    if (ImGui::Button("+", ImVec2(bw, bw))) zoom_at(middle, 1.5, p0, size);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("map.zoom_in", lang));
    if (ImGui::Button("-", ImVec2(bw, bw))) zoom_at(middle, 1 / 1.5, p0, size);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("map.zoom_out", lang));
    if (ImGui::Button("[ ]", ImVec2(bw, bw))) fitted = false;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("map.zoom_fit", lang));
    ImGui::EndGroup();
    legend(in, p0, size, ev);
}

void MapView::Impl::tooltip(const MapInput& in) {
    if (hovered < 0) return;
    const MapArea& a = geometry->areas[std::size_t(hovered)];
    const int n = counts[std::size_t(hovered)];
    ImGui::BeginTooltip();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(a.name.c_str());
    ImGui::PopFont();
    std::string line;
    if (hovered == hvt) line = fill(tr("map.hover_hvt", in.lang), {std::to_string(shown_total)});
    else if (!in_register[std::size_t(hovered)]) line = tr("map.hover_context", in.lang);
    else line = fill(tr(n == 1 ? "map.shared_one" : "map.shared_many", in.lang), {std::to_string(n)});
    ImGui::TextUnformatted(line.c_str());
    if (in_register[std::size_t(hovered)]) ImGui::TextDisabled("%s", tr("map.click_hint", in.lang));
    ImGui::EndTooltip();
}

void MapView::Impl::canvas(const MapInput& in, MapEvents& ev) {
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImVec2 size = ImGui::GetContentRegionAvail();
    size.x = std::max(size.x, 50.0f);
    size.y = std::max(size.y, 50.0f);
    ImGui::InvisibleButton("##map_canvas", size, ImGuiButtonFlags_MouseButtonLeft);
    ImGui::SetItemAllowOverlap();
    const bool hovered_canvas = ImGui::IsItemHovered();
    const bool released = ImGui::IsItemDeactivated();
    const bool dragging = ImGui::IsItemActive();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p0, add(p0, size), kMapBackground);
    if (!geometry) {
        const char* text = load == Load::failed ? tr("map.load_failed", in.lang) : tr("map.loading", in.lang);
        dl->AddText(add(p0, ImVec2(20 * in.ui_scale, 20 * in.ui_scale)), palette().text, text);
        if (load == Load::failed) dl->AddText(add(p0, ImVec2(20 * in.ui_scale, 50 * in.ui_scale)), palette().error, load_error.c_str());
        return;
    }
    place_legend(in, p0, size);
    handle_input(p0, size, hovered_canvas, in.ui_scale);
    transform = view_transform(p0, size);
    obstacles = overlay_boxes(in, p0, size);
    const ImGuiIO& io = ImGui::GetIO();
    hovered = -1;
    const bool over_legend = io.MousePos.x >= legend_rect_min.x && io.MousePos.x <= legend_rect_max.x &&
                             io.MousePos.y >= legend_rect_min.y && io.MousePos.y <= legend_rect_max.y;
    if (hovered_canvas && !over_legend) hovered = geometry->hits.find(transform.to_world({io.MousePos.x, io.MousePos.y}));
    if (released && io.MouseDragMaxDistanceSqr[0] < 16 * in.ui_scale * in.ui_scale) {
        const bool pick = hovered >= 0 && in_register[std::size_t(hovered)];
        selected = pick ? geometry->areas[std::size_t(hovered)].statcode : "";
        ev.select_municipality = selected;
    }
    dl->PushClipRect(p0, add(p0, size), true);
    paint(in, dl, p0, size);
    overlays(in, p0, size, ev);
    dl->PopClipRect();
    if (hovered >= 0 && !dragging) tooltip(in);
}

MapView::MapView() : impl_(std::make_unique<Impl>()) {}
MapView::~MapView() = default;

MapEvents MapView::draw(const MapInput& in) {
    Impl& m = *impl_;
    MapEvents ev;
    m.request_map(ev);
    m.build(in.dataset);
    const double t0 = emscripten_get_now();
    if (m.geometry) m.derive(in);
    m.presenting = in.presenting;
    const float panel_w = in.presenting ? 0 : 380 * in.ui_scale;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild("##map", ImVec2(std::max(avail.x - panel_w - ImGui::GetStyle().ItemSpacing.x, 100.0f), avail.y), true, flags);
    ImGui::PopStyleVar();
    m.canvas(in, ev);
    ImGui::EndChild();
    const double t1 = emscripten_get_now();
    if (m.geometry) {
        m.draw_ms = t1 - t0;
        m.draw_ms_total += m.draw_ms;
        ++m.draws;
    }
    if (in.presenting) return ev;
    ImGui::SameLine();
    ImGui::BeginChild("##map_panel", ImVec2(0, avail.y), true);
    m.panel(in, ev);
    ImGui::EndChild();
    return ev;
}

void MapView::Impl::panel(const MapInput& in, MapEvents& ev) {
    ImGui::PushFont(fonts().title);
    ImGui::TextUnformatted(tr("map.title", in.lang));
    ImGui::PopFont();
    ImGui::TextUnformatted(tr("map.colour_by", in.lang));
    int mode = int(colouring);
    ImGui::RadioButton(tr("map.mode_scale", in.lang), &mode, 0);
    target("map.mode.scale");
    ImGui::SameLine();
    ImGui::RadioButton(tr("map.mode_shared", in.lang), &mode, 1);
    target("map.mode.shared");
    colouring = MapColouring(mode);
    ImGui::Separator();
    if (legend_in_panel) {
        ImGui::BeginGroup();
        legend_contents(in);
        ImGui::EndGroup();
        const ImVec2 measured(ImGui::GetItemRectSize());
        if (measured.x != legend_size.x || measured.y != legend_size.y) ev.redraw = true;
        legend_size = measured;
        ImGui::Separator();
    }
    panel_selection(in, ev);
    ImGui::Separator();
    panel_source(in);
}

void MapView::Impl::panel_source(const MapInput& in) {
    const Lang lang = in.lang;
    ImGui::PushTextWrapPos(0);
    if (geometry && geometry->schematic) {
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(tr("map.schematic_title", lang));
        ImGui::PopFont();
        ImGui::TextUnformatted(tr("map.schematic_notice", lang));
    }
    if (provenance) {
        ImGui::TextUnformatted(geo::describe_map_source(*provenance, lang, provenance->imported_at.substr(0, 10)).c_str());
        ImGui::TextDisabled("%s", geo::map_credit(*provenance, lang).c_str());
    }
    if (in.can_edit) ImGui::TextDisabled("%s", tr("map.import_howto", lang));
    ImGui::PopTextWrapPos();
    if (!in.can_edit) return;  // a read-only monitor or a snapshot keeps its map
    ImGui::BeginDisabled(import_busy);
    if (ImGui::Button(tr("map.load_official", lang))) js_pick_map_file(kMaxUploadBytes);
    target("map.load_official");
    if (provenance && !provenance->shipped()) {
        if (ImGui::Button(tr("map.reset_shipped", lang))) reset_to_shipped();
        target("map.reset_shipped");
    }
    ImGui::EndDisabled();
    if (import_busy) ImGui::TextDisabled("%s", tr("map.import_busy", lang));
    if (import_note.empty()) return;
    ImGui::PushTextWrapPos(0);
    ImGui::PushStyleColor(ImGuiCol_Text, import_failed ? palette().error : palette().ok);
    ImGui::TextUnformatted(fill(tr(import_note, lang), {import_arg}).c_str());
    ImGui::PopStyleColor();
    int shown = 0;
    for (const auto& problem : decode_error_body(import_refusal, lang).problems) {
        if (++shown > 8) break;
        ImGui::Bullet();
        ImGui::TextWrapped("%s", problem.message.c_str());
    }
    ImGui::PopTextWrapPos();
}

// The legend beside the fitted map, in a box over the canvas's lower left
// corner, when that costs the map little of its size (a slide, a wide
// window); otherwise at the head of the side panel, so that it never covers
// the region. Its size is known only once drawn, so the box is placed with
// last frame's size and drawn behind the widgets through a second draw list
// channel.
void MapView::Impl::place_legend(const MapInput& in, ImVec2 p0, ImVec2 size) {
    const float ui = in.ui_scale;
    const float width = legend_size.x + 2 * 12 * ui + 16 * ui + 8 * ui;
    const double full = geo::ScreenTransform::fit(focus_km, size.x, size.y, 24).scale;
    const double beside = geo::ScreenTransform::fit(focus_km, std::max(size.x - width, 1.0f), size.y, 24).scale;
    legend_in_panel = !in.presenting && beside < 0.85 * full;
    legend_reserve = legend_in_panel ? 0 : width;
    right_reserve = in.presenting ? 0 : ImGui::GetFrameHeight() + 16 * ui;
    bottom_reserve = credit_size(in).y + (in.presenting ? 0 : ImGui::GetFontSize() + 10 * ui) + 8 * ui;
    legend_rect_min = legend_rect_max = ImVec2(0, 0);
    if (legend_in_panel) return;
    const ImVec2 pad(12 * ui, 10 * ui);
    legend_rect_min = ImVec2(p0.x + 16 * ui, p0.y + size.y - legend_size.y - 44 * ui - 2 * pad.y);
    legend_rect_max = add(legend_rect_min, add(legend_size, ImVec2(2 * pad.x, 2 * pad.y)));
}

void MapView::Impl::legend(const MapInput& in, ImVec2, ImVec2, MapEvents& ev) {
    if (legend_in_panel) return;
    const float ui = in.ui_scale;
    const ImVec2 pad(12 * ui, 10 * ui);
    ImDrawList* box = ImGui::GetWindowDrawList();
    box->ChannelsSplit(2);
    box->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(add(legend_rect_min, pad));
    ImGui::BeginGroup();
    legend_contents(in);
    ImGui::EndGroup();
    const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
    const ImVec2 measured(hi.x - lo.x, hi.y - lo.y);
    if (measured.x != legend_size.x || measured.y != legend_size.y) ev.redraw = true;
    legend_size = measured;
    box->ChannelsSetCurrent(0);
    box->AddRectFilled(ImVec2(lo.x - pad.x, lo.y - pad.y), ImVec2(hi.x + pad.x, hi.y + pad.y), kMapLegendFill, 6 * ui);
    box->AddRect(ImVec2(lo.x - pad.x, lo.y - pad.y), ImVec2(hi.x + pad.x, hi.y + pad.y), kMapLegendLine, 6 * ui);
    box->ChannelsMerge();
}

void MapView::Impl::legend_contents(const MapInput& in) {
    const Lang lang = in.lang;
    const float ui = in.ui_scale;
    const float sw = ImGui::GetTextLineHeight();
    // A colour sample as tall as a text line, centred on a widget's row.
    const float row = ImGui::GetFrameHeight();
    auto swatch = [&](ImU32 colour, ImU32 stripes = 0) {
        const ImVec2 a = add(ImGui::GetCursorScreenPos(), ImVec2(0, (row - sw) / 2)), b = add(a, ImVec2(sw * 1.4f, sw));
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(a, b, colour);
        if (stripes) {
            dl->PushClipRect(a, b, true);
            for (float x = -sw; x < sw * 1.4f; x += sw / 2)
                dl->AddLine(ImVec2(a.x + x, b.y), ImVec2(a.x + x + sw, a.y), stripes, 0.18f * sw);
            dl->PopClipRect();
        }
        dl->AddRect(a, b, kMapBorderDark);
        ImGui::Dummy(ImVec2(sw * 1.4f, row));
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
    };
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 300 * ui);
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr(colouring == MapColouring::scale ? "map.mode_scale" : "map.mode_shared", lang));
    ImGui::PopFont();
    if (colouring == MapColouring::scale) {
        for (std::size_t s = 0; s < kMapScaleCount; ++s) {
            int n = 0;
            for (const auto& p : in.dataset.partnerships)
                if (p.scale == kMapScales[s].scale && matches(in.filter, p, in.dataset)) ++n;
            swatch(scale_fill(s));
            const std::string label = std::string(kMapScales[s].code) + "  " + scale_label(kMapScales[s].scale, lang) +
                                      "  (" + std::to_string(n) + ")";
            bool on = scale_on[s];
            if (ImGui::Checkbox(label.c_str(), &on)) scale_on[s] = on;
            target(std::string("map.scale.") + kMapScales[s].code);
        }
        swatch(scale_fill(0), scale_fill(2));
        ImGui::TextUnformatted(tr("map.legend_overlap", lang));
        swatch(kMapNeutralFill);
        ImGui::TextUnformatted(tr("map.legend_no_scale", lang));
        ImGui::TextDisabled("%s", tr("map.legend_scale_hint", lang));
    } else {
        for (const auto& c : count_classes) {
            swatch(c.colour);
            ImGui::TextUnformatted(c.label.c_str());
        }
        swatch(kMapHofFill);
        ImGui::TextUnformatted(fill(tr("map.legend_hvt", lang), {std::to_string(shown_total)}).c_str());
        ImGui::TextDisabled("%s", tr("map.legend_shared_hint", lang));
    }
    swatch(kMapContextFill);
    ImGui::TextUnformatted(tr("map.legend_context", lang));
    if (!in.filter.empty())
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().accent), "%s",
                           fill(tr("map.filtered", lang), {std::to_string(shown_total),
                                                           std::to_string(in.dataset.partnerships.size())})
                               .c_str());
    ImGui::PopTextWrapPos();
}

void MapView::Impl::panel_selection(const MapInput& in, MapEvents& ev) {
    const Lang lang = in.lang;
    ImGui::PushTextWrapPos(0);
    if (const Partnership* p = in.selected_partnership ? in.dataset.partnership(in.selected_partnership) : nullptr) {
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(fill(tr("map.partnership_title", lang), {std::to_string(p->number), p->name}).c_str());
        ImGui::PopFont();
        std::string municipalities, others;
        for (const auto& id : p->partners) {
            const Organisation* o = in.dataset.organisation(id);
            std::string& list = o && o->kind == OrganisationKind::gemeente ? municipalities : others;
            list += (list.empty() ? "" : ", ") + (o ? o->name : id);
        }
        ImGui::TextUnformatted(fill(tr("map.partner_municipalities", lang), {municipalities}).c_str());
        if (!others.empty()) ImGui::TextUnformatted(fill(tr("map.partner_others", lang), {others}).c_str());
        if (ImGui::SmallButton(tr("map.open_partnership", lang))) ev.open_partnership = p->number;
        ImGui::SameLine();
        if (ImGui::SmallButton(tr("map.clear_partnership", lang))) ev.select_partnership = 0;
        ImGui::Separator();
    }
    const int sel = selected.empty() || !geometry || !index.count(selected) ? -1 : index.at(selected);
    if (sel < 0) {
        ImGui::TextDisabled("%s", tr("map.select_hint", lang));
        ImGui::PopTextWrapPos();
        return;
    }
    const MapArea& a = geometry->areas[std::size_t(sel)];
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(a.name.c_str());
    ImGui::PopFont();
    const int n = counts[std::size_t(sel)];
    ImGui::TextUnformatted(sel == hvt ? fill(tr("map.hover_hvt", lang), {std::to_string(shown_total)}).c_str()
                                      : fill(tr(n == 1 ? "map.shared_one" : "map.shared_many", lang), {std::to_string(n)}).c_str());
    ImGui::PopTextWrapPos();
    for (const auto& p : in.dataset.partnerships) {
        if (!p.has_partner(a.statcode) || !matches(in.filter, p, in.dataset)) continue;
        const std::string row = std::to_string(p.number) + ".  " + p.name +
                                (p.scale ? "  ·  " + scale_code(p.scale) : std::string()) + "##map_p" +
                                std::to_string(p.number);
        if (ImGui::Selectable(row.c_str(), in.selected_partnership == p.number))
            ev.select_partnership = in.selected_partnership == p.number ? 0 : p.number;
        target("map.partnership." + std::to_string(p.number));
    }
    if (ImGui::SmallButton(tr("map.clear_municipality", lang))) {
        selected.clear();
        ev.select_municipality = "";
    }
}

void MapView::Impl::file_chosen(const char* name, const char* text, double size) {
    import_refusal = nullptr;
    if (!text) {
        import_failed = true;
        import_note = "map.import_too_large";
        import_arg = std::to_string(int(size / 1048576.0 + 0.5));
        return;
    }
    import_busy = true;
    import_note.clear();
    api_request("POST", "/api/geo/import?name=" + url_encode(name), text, [this](int status, const std::string& body) {
        import_busy = false;
        const json j = json::parse(body, nullptr, false);
        import_failed = status != 200;
        if (status == 200) {
            import_note = "map.import_ok";
            const auto imported = geo::decode_map_import(j);
            import_arg = imported ? std::to_string(imported->municipalities) : "?";
            load = Load::none;  // fetch the new map; the old one stays until it is there
            return;
        }
        import_note = "map.import_failed";
        import_arg = status == 0 ? "-" : std::to_string(status);
        import_refusal = j;
    });
}

void MapView::Impl::reset_to_shipped() {
    import_busy = true;
    api_request("DELETE", "/api/geo/import", "", [this](int status, const std::string&) {
        import_busy = false;
        import_failed = status != 200;
        import_note = status == 200 ? "" : "map.import_failed";
        import_arg = std::to_string(status);
        import_refusal = nullptr;
        if (status == 200) load = Load::none;
    });
}

MapViewState MapView::view() const {
    const Impl& m = *impl_;
    MapViewState out;
    out.colour = m.colouring == MapColouring::scale ? MapColour::scale : MapColour::choropleth;
    for (std::size_t s = 0; s < kMapScaleCount; ++s)
        if (!m.scale_on[s]) out.hidden_scales.push_back(kMapScales[s].code);
    if (m.placement) {
        out.zoom = m.placement->zoom;
        if (m.placement->centre) out.center = std::array<double, 2>{m.placement->centre->x, m.placement->centre->y};
        return out;
    }
    // Fitted and untouched: no placement, so the link stays short.
    const geo::Point fit = m.focus_km.center();
    if (!m.fitted || (m.zoom == 1 && m.centre.x == fit.x && m.centre.y == fit.y)) return out;
    out.zoom = std::clamp(m.zoom, 0.1, 1000.0);  // the contract's range (core/saved_view.cpp)
    out.center = std::array<double, 2>{m.centre.x, m.centre.y};
    return out;
}

void MapView::apply_view(const MapViewState& map) {
    Impl& m = *impl_;
    m.colouring = map.colour == MapColour::choropleth ? MapColouring::shared_count : MapColouring::scale;
    m.scale_on.fill(true);
    for (const auto& code : map.hidden_scales)
        for (std::size_t s = 0; s < kMapScaleCount; ++s)
            if (code == kMapScales[s].code) m.scale_on[s] = false;
    m.placement.reset();
    if (map.zoom || map.center) {
        Impl::Placement p;
        p.zoom = map.zoom.value_or(1.0);
        if (map.center) p.centre = geo::Point{(*map.center)[0], (*map.center)[1]};
        m.placement = p;
    }
    m.fitted = false;
}

json MapView::state() const {
    const Impl& m = *impl_;
    static const char* kLoad[] = {"none", "loading", "ready", "failed"};
    return {
        {"load", kLoad[int(m.load)]},
        {"load_error", m.load_error},
        {"schematic", m.geometry ? m.geometry->schematic : false},
        {"provenance", m.provenance ? geo::encode_map_provenance(*m.provenance) : json()},
        {"credit", m.provenance ? geo::map_credit(*m.provenance, Lang::nl) : ""},
        {"legend", m.legend_in_panel ? json("panel") : json({m.legend_rect_min.x, m.legend_rect_min.y, m.legend_rect_max.x,
                                                                m.legend_rect_max.y})},
        {"label_boxes", m.label_boxes},
        {"areas", m.geometry ? m.geometry->areas.size() : 0},
        {"colouring", m.colouring == MapColouring::scale ? "scale" : "shared"},
        {"zoom", m.zoom},
        {"hovered", m.hovered >= 0 && m.geometry ? m.geometry->areas[std::size_t(m.hovered)].statcode : ""},
        {"selected_municipality", m.selected},
        {"labels", m.labels},
        {"import", {{"busy", m.import_busy}, {"failed", m.import_failed}, {"note", m.import_note}, {"errors", decode_error_body(m.import_refusal, Lang::nl).problems.size()}}},
        {"parse_ms", m.parse_ms},
        {"build_ms", m.build_ms},
        {"draw_ms", m.draw_ms},
        {"draw_ms_total", m.draw_ms_total},
        {"draw_ms_mean", m.draws ? m.draw_ms_total / double(m.draws) : 0.0},
        {"draws", m.draws},
        {"vertices_drawn", m.vertices_drawn},
        {"lod", m.lod},
    };
}

} // namespace swm::web

// The file picker's answer (assets/shell.html): name and text, or a null text
// when the file is larger than the host accepts.
extern "C" EMSCRIPTEN_KEEPALIVE void swm_map_file_chosen(const char* name, const char* text, double size) {
    if (swm::web::g_file_chosen) swm::web::g_file_chosen(name, text, size);
}
