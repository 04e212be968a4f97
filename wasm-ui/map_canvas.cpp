#include "map_canvas.h"

#include "fonts.h"
#include "map_paint.h"
#include "map_panel.h"
#include "theme.h"

#include "core/geo/label_layout.h"
#include "core/geo/map_provenance.h"
#include "core/i18n.h"
#include "core/text.h"

#include <algorithm>
#include <cmath>

namespace swm::web {
namespace {

using nlohmann::json;

constexpr double kMaxZoom = 400;

ImVec2 offset(ImVec2 a, ImVec2 b) { return ImVec2(a.x + b.x, a.y + b.y); }

} // namespace

void MapCanvas::refit() {
    fitted_ = false;
    hovered_ = -1;
}

void MapCanvas::drawn(double ms) {
    draw_ms_ = ms;
    draw_ms_total_ += ms;
    ++draws_;
}

// The map is fitted between the legend on the left, the zoom buttons on the
// right and the credit and hint at the bottom.
ImVec2 MapCanvas::view_centre(ImVec2 p0, ImVec2 size) const {
    return ImVec2(p0.x + legend_reserve_ + (size.x - legend_reserve_ - right_reserve_) / 2,
                  p0.y + (size.y - bottom_reserve_) / 2);
}

geo::ScreenTransform MapCanvas::view_transform(const MapModel& model, ImVec2 p0, ImVec2 size) const {
    const geo::ScreenTransform fit =
        geo::ScreenTransform::fit(model.focus_km, std::max(size.x - legend_reserve_ - right_reserve_, 50.0f),
                                  std::max(size.y - bottom_reserve_, 50.0f), 16);
    const ImVec2 c = view_centre(p0, size);
    geo::ScreenTransform t;
    t.scale = fit.scale * zoom_;
    t.offset_x = c.x - centre_.x * t.scale;
    t.offset_y = c.y + centre_.y * t.scale;
    return t;
}

// Zooms by `factor` keeping the point under `screen` where it is.
void MapCanvas::zoom_at(const MapModel& model, ImVec2 screen, double factor, ImVec2 p0, ImVec2 size) {
    const geo::Point world = view_transform(model, p0, size).to_world({screen.x, screen.y});
    zoom_ = std::clamp(zoom_ * factor, model.min_zoom, kMaxZoom);
    const double s = view_transform(model, p0, size).scale;
    const ImVec2 c = view_centre(p0, size);
    centre_.x = world.x - (screen.x - c.x) / s;
    centre_.y = world.y + (screen.y - c.y) / s;
}

void MapCanvas::handle_input(const MapModel& model, ImVec2 p0, ImVec2 size, bool hovered_canvas, float ui) {
    ImGuiIO& io = ImGui::GetIO();
    if (!fitted_) {
        centre_ = model.focus_km.center();
        zoom_ = 1;
        if (placement_) {
            zoom_ = std::clamp(placement_->zoom, model.min_zoom, kMaxZoom);
            if (placement_->centre) centre_ = *placement_->centre;
            placement_.reset();
        }
        fitted_ = true;
    }
    if (hovered_canvas && io.MouseWheel != 0) zoom_at(model, io.MousePos, std::pow(1.25, io.MouseWheel), p0, size);
    // The point grabbed stays under the mouse, however the moves were
    // spread over frames.
    if (ImGui::IsItemActivated())
        drag_anchor_ = view_transform(model, p0, size).to_world({io.MouseClickedPos[0].x, io.MouseClickedPos[0].y});
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3 * ui)) {
        const double s = view_transform(model, p0, size).scale;
        const ImVec2 c = view_centre(p0, size);
        centre_.x = drag_anchor_.x - (io.MousePos.x - c.x) / s;
        centre_.y = drag_anchor_.y + (io.MousePos.y - c.y) / s;
    }
    if (io.WantTextInput || presenting_) return;  // a slide's keys are the presenter's
    // DOM key codes (web_platform.cpp): arrows, + and - on both keyboards, 0.
    const double step = 0.15 * std::min(size.x, size.y) / view_transform(model, p0, size).scale;
    const ImVec2 middle = view_centre(p0, size);
    if (ImGui::IsKeyPressed(37)) centre_.x -= step;
    if (ImGui::IsKeyPressed(39)) centre_.x += step;
    if (ImGui::IsKeyPressed(38)) centre_.y += step;
    if (ImGui::IsKeyPressed(40)) centre_.y -= step;
    if (ImGui::IsKeyPressed(187) || ImGui::IsKeyPressed(107)) zoom_at(model, middle, 1.5, p0, size);
    if (ImGui::IsKeyPressed(189) || ImGui::IsKeyPressed(109)) zoom_at(model, middle, 1 / 1.5, p0, size);
    if (ImGui::IsKeyPressed(48) || ImGui::IsKeyPressed(96)) fitted_ = false;
}

ImU32 MapCanvas::fill_colour(int i, const MapInput& in, const MapModel& model, const MapChoices& choices) const {
    const std::size_t k = std::size_t(i);
    if (!model.in_register[k]) return kMapContextFill;
    ImU32 c = kMapNeutralFill;
    if (choices.colouring == MapColouring::shared_count) {
        c = i == model.hvt ? kMapHofFill : model.count_classes.front().colour;
        for (const auto& cls : model.count_classes)
            if (model.counts[k] >= cls.from && model.counts[k] <= cls.to) c = cls.colour;
    } else if (int s = primary_scale(model.memberships[k], choices.scale_on); s >= 0) {
        c = scale_fill(std::size_t(s));
    }
    if (in.selected_partnership == 0) return c;
    const Partnership* p = in.dataset.partnership(in.selected_partnership);
    const std::string& id = model.geometry->areas[k].statcode;
    const bool partner = p && (in.filter.stated_only ? p->has_stated_partner(id) : p->has_partner(id));
    return partner ? c : fade(c, 0.7f);
}

void MapCanvas::paint(const MapInput& in, const MapModel& model, const MapChoices& choices, ImDrawList* dl, ImVec2 p0,
                      ImVec2 size) {
    const auto& areas = model.geometry->areas;
    const geo::ScreenTransform& t = transform_;
    const float ui = in.ui_scale;
    lod_ = MapGeometry::lod_for(t.scale);
    const std::size_t lod = std::size_t(lod_);
    const geo::BBox view{t.to_world({p0.x, p0.y + size.y}).x, t.to_world({p0.x, p0.y + size.y}).y,
                         t.to_world({p0.x + size.x, p0.y}).x, t.to_world({p0.x + size.x, p0.y}).y};
    std::vector<int> visible;
    for (std::size_t i = 0; i < areas.size(); ++i)
        if (areas[i].box.intersects(view)) visible.push_back(int(i));

    vertices_drawn_ = 0;
    for (int i : visible)
        vertices_drawn_ += fill_area(dl, areas[std::size_t(i)].lods[lod], t, fill_colour(i, in, model, choices));
    if (choices.colouring == MapColouring::scale) {
        // A second enabled scale on a municipality: stripes in its colour.
        for (int i : visible) {
            const int s = secondary_scale(model.memberships[std::size_t(i)], choices.scale_on);
            if (s >= 0 && model.in_register[std::size_t(i)])
                hatch_area(dl, areas[std::size_t(i)].lods[lod], t, scale_fill(std::size_t(s)), 9 * ui, 3 * ui);
        }
    }
    for (int i : visible)
        outline_area(dl, areas[std::size_t(i)].lods[lod], t,
                     model.in_register[std::size_t(i)] ? kMapBorder : kMapContextBorder, 1.0f * ui);

    // Regions: the largest first, so the smaller ones stay visible on top.
    for (std::size_t s : {std::size_t(1), std::size_t(4), std::size_t(0), std::size_t(2), std::size_t(3)}) {
        if (choices.colouring == MapColouring::scale ? !choices.scale_on[s] : !kMapScales[s].outline_in_count_view) continue;
        const ImU32 colour = choices.colouring == MapColouring::scale ? scale_line(s) : kMapRegionLine;
        draw_segments(dl, model.region_edges[s], t, colour, (s == 1 || s == 4 ? 3.0f : 2.0f) * ui);
    }
    // Hof van Twente is always marked; selection and hover on top.
    const int hvt = model.hvt;
    if (hvt >= 0) outline_area(dl, areas[std::size_t(hvt)].lods[lod], t, palette().text, 3.0f * ui);
    if (const int sel = model.area(choices.selected); sel >= 0)
        outline_area(dl, areas[std::size_t(sel)].lods[lod], t, palette().accent, 3.5f * ui);
    if (hovered_ >= 0) outline_area(dl, areas[std::size_t(hovered_)].lods[lod], t, kMapHoverLine, 2.0f * ui);

    // The selected partnership: lines from Hof van Twente to each partner.
    if (const Partnership* p = in.selected_partnership ? in.dataset.partnership(in.selected_partnership) : nullptr;
        p && hvt >= 0) {
        const ImVec2 from = to_screen(t, areas[std::size_t(hvt)].label);
        for (const auto& id : p->partners) {
            const int a = model.area(id);
            if (a < 0 || a == hvt) continue;
            // A partner the overview does not name: thinner, in the colour
            // of inferred data, and left out when only stated ones count.
            const bool stated = p->has_stated_partner(id);
            if (!stated && in.filter.stated_only) continue;
            const ImU32 colour = stated ? palette().accent : palette().inferred;
            const ImVec2 to = to_screen(t, areas[std::size_t(a)].label);
            dl->AddLine(from, to, kMapHalo, (stated ? 5.0f : 3.5f) * ui);
            dl->AddLine(from, to, colour, (stated ? 2.5f : 1.25f) * ui);
            dl->AddCircleFilled(to, 5.0f * ui, colour);
            dl->AddCircle(to, 5.0f * ui, kMapHalo, 0, 1.5f * ui);
        }
        dl->AddCircleFilled(from, 6.0f * ui, palette().text);
    }

    paint_names(in, model, dl, visible);
}

// Names where they fit, never over each other or over the legend, buttons
// and credit (core/geo/label_layout.h): Hof van Twente first and larger, then
// the register's municipalities, the largest on screen first, then the
// context. The register's label points are listed for tests either way.
void MapCanvas::paint_names(const MapInput& in, const MapModel& model, ImDrawList* dl, const std::vector<int>& visible) {
    const auto& areas = model.geometry->areas;
    const geo::ScreenTransform& t = transform_;
    const FontSet& f = fonts();
    const int hvt = model.hvt;
    struct Name {
        int area;
        ImFont* font;
        float px;
    };
    std::vector<Name> names;
    std::vector<geo::LabelRequest> requests;
    std::vector<int> order = visible;
    auto rank = [&](int i) { return i == hvt ? 0 : model.in_register[std::size_t(i)] ? 1 : 2; };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (rank(a) != rank(b)) return rank(a) < rank(b);
        return areas[std::size_t(a)].box.width() * areas[std::size_t(a)].box.height() >
               areas[std::size_t(b)].box.width() * areas[std::size_t(b)].box.height();
    });
    labels_ = json::array();
    for (int i : order) {
        const MapArea& a = areas[std::size_t(i)];
        const bool reg = model.in_register[std::size_t(i)];
        const ImVec2 at = to_screen(t, a.label);
        if (reg)
            labels_.push_back({{"code", a.statcode}, {"name", a.name}, {"x", at.x}, {"y", at.y},
                               {"count", model.counts[std::size_t(i)]}, {"shown", false}});
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
    const auto placed = geo::layout_labels(requests, obstacles_, {c0.x, c0.y, c1.x, c1.y}, {2.0 * in.ui_scale});
    json boxes = json::array();
    for (std::size_t k = 0; k < names.size(); ++k) {
        if (!placed[k].shown) continue;
        const MapArea& a = areas[std::size_t(names[k].area)];
        const bool reg = model.in_register[std::size_t(names[k].area)];
        const geo::Point c = placed[k].centre();
        halo_text(dl, names[k].font, names[k].px, ImVec2(float(c.x), float(c.y)), reg ? palette().text : kMapContextText,
                  kMapHalo, a.name.c_str());
        const geo::BBox& b = placed[k].box;
        boxes.push_back({{"code", a.statcode}, {"box", {b.min_x, b.min_y, b.max_x, b.max_y}}});
        for (auto& l : labels_)
            if (l["code"] == a.statcode) l["shown"] = true;
    }
    label_boxes_ = std::move(boxes);
}

// The overlays' boxes, for the names to keep clear of; the same positions
// as overlays() draws them at.
std::vector<geo::BBox> MapCanvas::overlay_boxes(const MapInput& in, const MapModel& model, ImVec2 p0, ImVec2 size) const {
    const float ui = in.ui_scale;
    const float line = ImGui::GetFontSize();
    auto box = [](ImVec2 a, ImVec2 b) { return geo::BBox{a.x, a.y, b.x, b.y}; };
    std::vector<geo::BBox> out;
    if (!legend_in_panel_) out.push_back(box(legend_min_, legend_max_));
    // Scale bar and its label, bottom left.
    out.push_back(box(offset(p0, ImVec2(12 * ui, size.y - 20 * ui - line)), offset(p0, ImVec2(200 * ui, size.y - 8 * ui))));
    const ImVec2 cs = credit_size(in, model);
    const float hint_h = presenting_ ? 0 : line + 10 * ui;
    out.push_back(box(offset(p0, ImVec2(size.x - cs.x - 12 * ui, size.y - hint_h - cs.y - 10 * ui)),
                      offset(p0, ImVec2(size.x, size.y))));
    if (!presenting_) {
        const float bw = ImGui::GetFrameHeight();
        const float h = 3 * bw + 2 * ImGui::GetStyle().ItemSpacing.y;
        out.push_back(box(offset(p0, ImVec2(size.x - bw - 12 * ui, 12 * ui)), offset(p0, ImVec2(size.x - 12 * ui, 12 * ui + h))));
    }
    if (model.geometry->schematic) {
        const ImVec2 ts = ImGui::CalcTextSize(tr("map.schematic_badge", in.lang));
        out.push_back(box(offset(p0, ImVec2(12 * ui, 12 * ui)), offset(p0, ImVec2(32 * ui + ts.x, 24 * ui + ts.y))));
    }
    return out;
}

ImVec2 MapCanvas::credit_size(const MapInput& in, const MapModel& model) const {
    if (!model.provenance) return ImVec2(0, 0);
    const float px = ImGui::GetFontSize() * 0.85f;
    const ImVec2 ts = fonts().body->CalcTextSizeA(px, 1e9f, 0, geo::map_credit(*model.provenance, in.lang).c_str());
    return ImVec2(ts.x + 12 * in.ui_scale, ts.y + 6 * in.ui_scale);
}

// The boundaries' credit, bottom right on the map (so also on every slide
// and in the offline snapshot): "Bron: CBS/PDOK (Kadaster), CC BY 4.0, ...".
void MapCanvas::credit(const MapInput& in, const MapModel& model, ImVec2 p0, ImVec2 size) const {
    if (!model.provenance) return;
    const float ui = in.ui_scale;
    const float px = ImGui::GetFontSize() * 0.85f;
    const ImVec2 cs = credit_size(in, model);
    const float hint_h = presenting_ ? 0 : ImGui::GetFontSize() + 10 * ui;
    const ImVec2 a = offset(p0, ImVec2(size.x - cs.x - 12 * ui, size.y - hint_h - cs.y - 8 * ui));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, offset(a, cs), kMapLegendFill, 3 * ui);
    dl->AddText(fonts().body, px, offset(a, ImVec2(6 * ui, 3 * ui)), palette().text,
                geo::map_credit(*model.provenance, in.lang).c_str());
}

// The legend beside the fitted map, in a box over the canvas's lower left
// corner, when that costs the map little of its size (a slide, a wide
// window); otherwise at the head of the side panel, so that it never covers
// the region. Its size is known only once drawn, so the box is placed with
// last frame's size and drawn behind the widgets through a second draw list
// channel.
void MapCanvas::place_legend(const MapInput& in, const MapModel& model, ImVec2 p0, ImVec2 size) {
    const float ui = in.ui_scale;
    const float width = legend_size_.x + 2 * 12 * ui + 16 * ui + 8 * ui;
    const double full = geo::ScreenTransform::fit(model.focus_km, size.x, size.y, 24).scale;
    const double beside = geo::ScreenTransform::fit(model.focus_km, std::max(size.x - width, 1.0f), size.y, 24).scale;
    legend_in_panel_ = !in.presenting && beside < 0.85 * full;
    legend_reserve_ = legend_in_panel_ ? 0 : width;
    right_reserve_ = in.presenting ? 0 : ImGui::GetFrameHeight() + 16 * ui;
    bottom_reserve_ = credit_size(in, model).y + (in.presenting ? 0 : ImGui::GetFontSize() + 10 * ui) + 8 * ui;
    legend_min_ = legend_max_ = ImVec2(0, 0);
    if (legend_in_panel_) return;
    const ImVec2 pad(12 * ui, 10 * ui);
    legend_min_ = ImVec2(p0.x + 16 * ui, p0.y + size.y - legend_size_.y - 44 * ui - 2 * pad.y);
    legend_max_ = offset(legend_min_, offset(legend_size_, ImVec2(2 * pad.x, 2 * pad.y)));
}

void MapCanvas::legend_measured(ImVec2 size, MapEvents& ev) {
    if (size.x != legend_size_.x || size.y != legend_size_.y) ev.redraw = true;
    legend_size_ = size;
}

void MapCanvas::legend_box(const MapInput& in, const MapModel& model, MapChoices& choices, MapEvents& ev) {
    if (legend_in_panel_) return;
    const float ui = in.ui_scale;
    const ImVec2 pad(12 * ui, 10 * ui);
    ImDrawList* box = ImGui::GetWindowDrawList();
    box->ChannelsSplit(2);
    box->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(offset(legend_min_, pad));
    ImGui::BeginGroup();
    map_legend(in, model, choices);
    ImGui::EndGroup();
    const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
    legend_measured(ImVec2(hi.x - lo.x, hi.y - lo.y), ev);
    box->ChannelsSetCurrent(0);
    box->AddRectFilled(ImVec2(lo.x - pad.x, lo.y - pad.y), ImVec2(hi.x + pad.x, hi.y + pad.y), kMapLegendFill, 6 * ui);
    box->AddRect(ImVec2(lo.x - pad.x, lo.y - pad.y), ImVec2(hi.x + pad.x, hi.y + pad.y), kMapLegendLine, 6 * ui);
    box->ChannelsMerge();
}

void MapCanvas::overlays(const MapInput& in, const MapModel& model, MapChoices& choices, ImVec2 p0, ImVec2 size,
                         MapEvents& ev) {
    const float ui = in.ui_scale;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Lang lang = in.lang;
    if (model.geometry->schematic) {
        const char* text = tr("map.schematic_badge", lang);
        const ImVec2 pad(10 * ui, 6 * ui);
        const ImVec2 ts = ImGui::CalcTextSize(text);
        const ImVec2 a = offset(p0, ImVec2(12 * ui, 12 * ui));
        dl->AddRectFilled(a, offset(a, offset(ts, ImVec2(pad.x * 2, pad.y * 2))), kMapBadgeFill, 4 * ui);
        dl->AddRect(a, offset(a, offset(ts, ImVec2(pad.x * 2, pad.y * 2))), kMapBadgeLine, 4 * ui, 0, 1.5f * ui);
        dl->AddText(offset(a, pad), palette().text, text);
    }
    scale_bar(dl, offset(p0, ImVec2(16 * ui, size.y - 16 * ui)), transform_.scale, 120 * ui, palette().text,
              tr("map.km", lang));
    credit(in, model, p0, size);
    if (presenting_) {  // no keys or buttons to offer on a slide
        legend_box(in, model, choices, ev);
        return;
    }
    const char* hint = tr("map.keys_hint", lang);
    const ImVec2 hs = ImGui::CalcTextSize(hint);
    if (size.x - hs.x - 12 * ui > 200 * ui)  // clear of the scale bar
        dl->AddText(offset(p0, ImVec2(size.x - hs.x - 12 * ui, size.y - hs.y - 10 * ui)), palette().muted, hint);

    // Zoom buttons, top right, over the canvas.
    const float bw = ImGui::GetFrameHeight();
    ImGui::SetCursorScreenPos(offset(p0, ImVec2(size.x - bw - 12 * ui, 12 * ui)));
    ImGui::BeginGroup();
    const ImVec2 middle = view_centre(p0, size);
    if (ImGui::Button("+", ImVec2(bw, bw))) zoom_at(model, middle, 1.5, p0, size);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("map.zoom_in", lang));
    if (ImGui::Button("-", ImVec2(bw, bw))) zoom_at(model, middle, 1 / 1.5, p0, size);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("map.zoom_out", lang));
    if (ImGui::Button("[ ]", ImVec2(bw, bw))) fitted_ = false;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("map.zoom_fit", lang));
    ImGui::EndGroup();
    legend_box(in, model, choices, ev);
}

void MapCanvas::tooltip(const MapInput& in, const MapModel& model) const {
    if (hovered_ < 0) return;
    const std::size_t h = std::size_t(hovered_);
    const MapArea& a = model.geometry->areas[h];
    const int n = model.counts[h];
    ImGui::BeginTooltip();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(a.name.c_str());
    ImGui::PopFont();
    std::string line;
    if (hovered_ == model.hvt) line = fill(tr("map.hover_hvt", in.lang), {std::to_string(model.shown_total)});
    else if (!model.in_register[h]) line = tr("map.hover_context", in.lang);
    else line = fill(tr(n == 1 ? "map.shared_one" : "map.shared_many", in.lang), {std::to_string(n)});
    ImGui::TextUnformatted(line.c_str());
    if (model.in_register[h]) ImGui::TextDisabled("%s", tr("map.click_hint", in.lang));
    ImGui::EndTooltip();
}

void MapCanvas::draw(const MapInput& in, const MapModel& model, const MapLoad& load, MapChoices& choices, MapEvents& ev) {
    presenting_ = in.presenting;
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
    dl->AddRectFilled(p0, offset(p0, size), kMapBackground);
    if (!model.geometry) {
        const bool failed = load.status() == MapLoad::Status::failed;
        const float ui = in.ui_scale;
        dl->AddText(offset(p0, ImVec2(20 * ui, 20 * ui)), palette().text, tr(failed ? "map.load_failed" : "map.loading", in.lang));
        if (failed) dl->AddText(offset(p0, ImVec2(20 * ui, 50 * ui)), palette().error, load.error().c_str());
        return;
    }
    place_legend(in, model, p0, size);
    handle_input(model, p0, size, hovered_canvas, in.ui_scale);
    transform_ = view_transform(model, p0, size);
    obstacles_ = overlay_boxes(in, model, p0, size);
    const ImGuiIO& io = ImGui::GetIO();
    hovered_ = -1;
    const bool over_legend = io.MousePos.x >= legend_min_.x && io.MousePos.x <= legend_max_.x &&
                             io.MousePos.y >= legend_min_.y && io.MousePos.y <= legend_max_.y;
    if (hovered_canvas && !over_legend) hovered_ = model.geometry->hits.find(transform_.to_world({io.MousePos.x, io.MousePos.y}));
    if (released && io.MouseDragMaxDistanceSqr[0] < 16 * in.ui_scale * in.ui_scale) {
        const bool pick = hovered_ >= 0 && model.in_register[std::size_t(hovered_)];
        choices.selected = pick ? model.geometry->areas[std::size_t(hovered_)].statcode : "";
        ev.select_municipality = choices.selected;
    }
    dl->PushClipRect(p0, offset(p0, size), true);
    paint(in, model, choices, dl, p0, size);
    overlays(in, model, choices, p0, size, ev);
    dl->PopClipRect();
    if (hovered_ >= 0 && !dragging) tooltip(in, model);
}

std::optional<MapCanvas::Placement> MapCanvas::placement(const MapModel& model) const {
    if (placement_) return placement_;
    // Fitted and untouched: no placement, so the link stays short.
    const geo::Point fit = model.focus_km.center();
    if (!fitted_ || (zoom_ == 1 && centre_.x == fit.x && centre_.y == fit.y)) return std::nullopt;
    return Placement{zoom_, centre_};
}

void MapCanvas::place(std::optional<Placement> p) {
    placement_ = std::move(p);
    fitted_ = false;
}

json MapCanvas::state(const MapModel& model) const {
    return {
        {"legend", legend_in_panel_ ? json("panel") : json({legend_min_.x, legend_min_.y, legend_max_.x, legend_max_.y})},
        {"label_boxes", label_boxes_},
        {"zoom", zoom_},
        {"hovered", hovered_ >= 0 && model.geometry ? model.geometry->areas[std::size_t(hovered_)].statcode : ""},
        {"labels", labels_},
        {"draw_ms", draw_ms_},
        {"draw_ms_total", draw_ms_total_},
        {"draw_ms_mean", draws_ ? draw_ms_total_ / double(draws_) : 0.0},
        {"draws", draws_},
        {"vertices_drawn", vertices_drawn_},
        {"lod", lod_},
    };
}

} // namespace swm::web
