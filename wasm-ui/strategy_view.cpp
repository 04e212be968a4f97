#include "strategy_view.h"

#include "about_view.h"
#include "app.h"
#include "fonts.h"
#include "theme.h"
#include "ui_text.h"
#include "web_platform.h"
#include "widgets.h"

#include "core/text.h"
#include "core/view_section.h"

#include "imgui.h"

#include <algorithm>
#include <climits>

namespace swm::web {
namespace {

// The statements numbered first..last (all by default).
void statements(const char* id, const Heading& title, const std::vector<Statement>& items, int first = 1,
                int last = INT_MAX) {
    subheading(title.text.c_str());
    ImGui::PushID(id);
    for (const Statement& s : items) {
        if (s.number < first || s.number > last) continue;
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float r = ImGui::GetFontSize() * 0.72f;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddCircleFilled(ImVec2(p.x + r, p.y + ImGui::GetTextLineHeight() / 2), r, palette().accent);
        const std::string n = std::to_string(s.number);
        ImGui::PushFont(fonts().bold);
        const ImVec2 ts = ImGui::CalcTextSize(n.c_str());
        dl->AddText(ImVec2(p.x + r - ts.x / 2, p.y + (ImGui::GetTextLineHeight() - ts.y) / 2), IM_COL32_WHITE, n.c_str());
        ImGui::PopFont();
        ImGui::SetCursorScreenPos(ImVec2(p.x + r * 2 + 10, p.y));
        ImGui::BeginGroup();
        rich_text(s.text, s.key_phrases);
        ImGui::EndGroup();
        ImGui::Dummy(ImVec2(0, 2));
    }
    ImGui::PopID();
}

// An item of a layer with buttons to the register entries it refers to.
void layer_items(App& app, const Dataset& d, const char* title, const std::vector<LayerItem>& items) {
    if (items.empty()) return;
    subheading(title);
    for (const LayerItem& item : items) {
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::BeginGroup();
        wrapped(item.text);
        if (!item.link_reason.empty()) muted(item.link_reason);
        for (int number : item.partnerships) {
            const Partnership* p = d.partnership(number);
            if (!p) continue;
            ImGui::PushID(number);
            if (link_button(fill(t("ui.strategy.register_link"), {std::to_string(number)}))) app.open_detail(number);
            target("strategy.link." + std::to_string(number));
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%d. %s", p->number, p->name.c_str());
            ImGui::PopID();
            ImGui::SameLine();
        }
        if (!item.partnerships.empty()) ImGui::NewLine();
        ImGui::EndGroup();
    }
}

void layers(App& app, const AppState& s) {
    heading(t("ui.strategy.layers"));
    const auto& list = s.dataset.strategy.layers;
    const int columns = ImGui::GetContentRegionAvail().x > 1100 ? 4 : 2;
    if (!ImGui::BeginTable("layers", columns, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_PadOuterX)) return;
    for (const LayerDescription& l : list) {
        ImGui::TableNextColumn();
        ImGui::PushID(int(l.layer));
        ImGui::PushFont(fonts().title);
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().accent), "%s", label_of(l.layer).c_str());
        ImGui::PopFont();
        wrapped(l.definition);
        if (!l.example.empty()) muted(fill(t("ui.strategy.example"), {l.example}));
        layer_items(app, s.dataset, t("ui.strategy.successes"), l.successes);
        layer_items(app, s.dataset, t("ui.strategy.opportunities"), l.opportunities);
        if (!l.motives.empty()) {
            subheading(t("ui.strategy.motives"));
            for (const LayerMotive& m : l.motives) {
                ImGui::Bullet();
                ImGui::SameLine();
                wrapped(m.text);
            }
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

// Black or white, whichever reads better on `fill` (relative luminance).
ImU32 text_on(ImU32 fill) {
    const ImVec4 c = ImGui::ColorConvertU32ToFloat4(fill);
    const float luminance = 0.2126f * c.x + 0.7152f * c.y + 0.0722f * c.z;
    return luminance > 0.45f ? IM_COL32(0x1d, 0x26, 0x33, 255) : IM_COL32_WHITE;
}

// The register's partnerships as chips in four bands, from pragmatic
// (bedrijfsvoering) to principled (strategie), coloured by scale.
void approach_scale(App& app, const AppState& s) {
    const ApproachScale& a = s.dataset.strategy.approach;
    heading(t("ui.strategy.scale_title"));
    muted(t("ui.strategy.scale_intro"));
    ImGui::Dummy(ImVec2(0, 4));
    const auto layers_in_order = all_values<TaskLayer>();
    const float width = ImGui::GetContentRegionAvail().x;
    const float band_w = (width - 3 * 12) / 4;
    const float chip_h = ImGui::GetTextLineHeight() + 8;
    ImDrawList* dl = ImGui::GetWindowDrawList();

    // Axis: pragmatic on the left, principled on the right, legitimacy growing.
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::PushFont(fonts().bold);
    dl->AddText(origin, palette().text, a.pragmatic_title.c_str());
    const float pw = ImGui::CalcTextSize(a.principled_title.c_str()).x;
    dl->AddText(ImVec2(origin.x + width - pw, origin.y), palette().text, a.principled_title.c_str());
    ImGui::PopFont();
    const float axis_y = origin.y + ImGui::GetTextLineHeight() + 12;
    dl->AddLine(ImVec2(origin.x, axis_y), ImVec2(origin.x + width - 12, axis_y), palette().muted, 2);
    dl->AddTriangleFilled(ImVec2(origin.x + width, axis_y), ImVec2(origin.x + width - 14, axis_y - 7),
                          ImVec2(origin.x + width - 14, axis_y + 7), palette().muted);
    const float aw = ImGui::CalcTextSize(a.axis.c_str()).x;
    dl->AddText(ImVec2(origin.x + (width - aw) / 2, axis_y + 6), palette().muted, a.axis.c_str());
    float top = axis_y + ImGui::GetTextLineHeight() + 18;

    float tallest = 0;
    for (std::size_t i = 0; i < layers_in_order.size(); ++i) {
        const TaskLayer layer = layers_in_order[i];
        const float x0 = origin.x + float(i) * (band_w + 12);
        ImGui::SetCursorScreenPos(ImVec2(x0 + 10, top + 8));
        ImGui::BeginGroup();
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(label_of(layer).c_str());
        ImGui::PopFont();
        float x = 0;
        int shown = 0;
        for (const Partnership& p : s.dataset.partnerships) {
            if (p.layer != layer) continue;
            const std::string n = std::to_string(p.number);
            const float w = std::max(chip_h, ImGui::CalcTextSize(n.c_str()).x + 14);
            if (shown > 0 && x + w <= band_w - 20) ImGui::SameLine(0, 6);
            else x = 0;
            const ImVec2 cp = ImGui::GetCursorScreenPos();
            ImGui::PushID(p.number);
            if (ImGui::InvisibleButton("##chip", ImVec2(w, chip_h))) app.open_detail(p.number);
            target("strategy.chip." + n);
            const bool hovered = ImGui::IsItemHovered();
            ImGui::PopID();
            const ImU32 colour = scale_colour(p.scale ? scale_code(p.scale).c_str() : nullptr);
            dl->AddRectFilled(cp, ImVec2(cp.x + w, cp.y + chip_h), colour, chip_h / 2);
            if (hovered) dl->AddRect(cp, ImVec2(cp.x + w, cp.y + chip_h), palette().text, chip_h / 2, 0, 2);
            const ImVec2 ts = ImGui::CalcTextSize(n.c_str());
            dl->AddText(ImVec2(cp.x + (w - ts.x) / 2, cp.y + (chip_h - ts.y) / 2), text_on(colour), n.c_str());
            if (hovered) {
                ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
                ImGui::SetTooltip("%d. %s\n%s", p.number, p.name.c_str(), scale_label(p.scale, ui_lang()).c_str());
            }
            x += w + 6;
            ++shown;
        }
        if (shown == 0) ImGui::TextDisabled("%s", t("ui.strategy.none_in_layer"));
        ImGui::EndGroup();
        tallest = std::max(tallest, ImGui::GetItemRectMax().y - top + 8);
    }
    for (std::size_t i = 0; i < layers_in_order.size(); ++i) {
        const float x0 = origin.x + float(i) * (band_w + 12);
        dl->AddRect(ImVec2(x0, top), ImVec2(x0 + band_w, top + tallest), palette().grid, 6, 0, 1.5f);
    }
    ImGui::SetCursorScreenPos(ImVec2(origin.x, top + tallest + 12));
    // The legend: what the chip colours mean.
    for (Scale sc : all_values<Scale>()) {
        const std::string code = scale_code(sc);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float sz = ImGui::GetFontSize() * 0.7f;
        dl->AddRectFilled(ImVec2(p.x, p.y + 4), ImVec2(p.x + sz, p.y + 4 + sz), scale_colour(code.c_str()), 3);
        ImGui::Dummy(ImVec2(sz + 4, sz));
        ImGui::SameLine();
        ImGui::TextUnformatted(label_of(sc).c_str());
        ImGui::SameLine(0, 18);
    }
    {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float sz = ImGui::GetFontSize() * 0.7f;
        dl->AddRectFilled(ImVec2(p.x, p.y + 4), ImVec2(p.x + sz, p.y + 4 + sz), scale_colour(nullptr), 3);
        ImGui::Dummy(ImVec2(sz + 4, sz));
        ImGui::SameLine();
        ImGui::TextUnformatted(scale_label(std::nullopt, ui_lang()).c_str());
    }
    ImGui::Dummy(ImVec2(0, 6));
    if (ImGui::BeginTable("approach_texts", 2, ImGuiTableFlags_None)) {
        ImGui::TableNextColumn();
        muted(a.pragmatic_text);
        ImGui::TableNextColumn();
        muted(a.principled_text);
        ImGui::EndTable();
    }
}

// A saved view or slide may point at one part of the strategy ("section"):
// only that part is drawn. Returns false for a section it does not have.
bool draw_section(App& app, AppState& s) {
    const Strategy& st = s.dataset.strategy;
    const ViewSection part = parse_view_section(s.section);
    const std::string& section = part.name;
    const bool known =
        section == "goals" || section == "principles" || (part.whole() && (section == "layers" || section == "scale"));
    if (!known) return false;
    if (!s.presenting) {
        heading(st.title.c_str());
        if (link_button(t("ui.strategy.show_all"))) s.section.clear();
        target("strategy.show_all");
    }
    if (section == "goals") statements("goals", st.goals_heading, st.goals, part.first, part.last);
    if (section == "principles") statements("principles", st.principles_heading, st.principles, part.first, part.last);
    if (section == "layers") layers(app, s);
    if (section == "scale") approach_scale(app, s);
    return true;
}

} // namespace

void StrategyView::draw(App& app, AppState& s) {
    const Strategy& st = s.dataset.strategy;
    if (!s.section.empty() && draw_section(app, s)) return;
    heading(st.title.c_str());
    if (!st.subtitle.empty()) muted(st.subtitle);
    if (ImGui::BeginTable("goals_principles", 2, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_PadOuterX)) {
        ImGui::TableNextColumn();
        statements("goals", st.goals_heading, st.goals);
        ImGui::TableNextColumn();
        statements("principles", st.principles_heading, st.principles);
        ImGui::EndTable();
    }
    ImGui::Dummy(ImVec2(0, 12));
    layers(app, s);
    ImGui::Dummy(ImVec2(0, 12));
    approach_scale(app, s);
    ImGui::Dummy(ImVec2(0, 12));
    heading(t("ui.strategy.about"));
    target("strategy.about");
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::min(ImGui::GetContentRegionAvail().x, 1100.0f * ui_scale()));
    notes_drawn_ = draw_strategy_about(s).size();
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, 12));
}

nlohmann::json StrategyView::state(const AppState& s) const {
    const Strategy& st = s.dataset.strategy;
    int successes = 0, linked = 0;
    for (const auto& l : st.layers) {
        successes += int(l.successes.size());
        for (const auto& item : l.successes) linked += int(item.partnerships.size());
    }
    return {{"title", st.title},
            {"goals", st.goals.size()},
            {"principles", st.principles.size()},
            {"layers", st.layers.size()},
            {"successes", successes},
            {"success_links", linked},
            {"notes_drawn", notes_drawn_}};
}

} // namespace swm::web
