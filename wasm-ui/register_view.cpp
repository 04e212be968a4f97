#include "register_view.h"

#include "app.h"
#include "filter_bar.h"
#include "filter_summary.h"
#include "fonts.h"
#include "theme.h"
#include "ui_text.h"
#include "widgets.h"

#include "core/text.h"

#include "imgui.h"

#include <algorithm>

namespace swm::web {
namespace {

enum Column { col_number, col_name, col_scale, col_layer, col_legal_form, col_decided_by, col_status, col_count };

// Sort keys follow the code lists' order (as the register and analysis do),
// names compare without case and diacritics.
int scale_rank(const Partnership& p) { return p.scale ? int(*p.scale) : 100; }

bool less(const Partnership& a, const Partnership& b, int column) {
    switch (column) {
    case col_name: return fold_for_search(a.name) < fold_for_search(b.name);
    case col_scale: return scale_rank(a) < scale_rank(b);
    case col_layer: return a.layer < b.layer;
    case col_legal_form: return a.legal_form.category < b.legal_form.category;
    case col_decided_by: return a.decided_by.category < b.decided_by.category;
    case col_status: return a.status < b.status;
    default: return a.number < b.number;
    }
}

void sort_rows(std::vector<Partnership>& rows, int column, bool ascending) {
    std::stable_sort(rows.begin(), rows.end(), [&](const Partnership& a, const Partnership& b) {
        if (less(a, b, column)) return ascending;
        if (less(b, a, column)) return !ascending;
        return a.number < b.number;
    });
}

void scale_cell(const Partnership& p) {
    const std::string code = scale_code(p.scale);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float size = ImGui::GetFontSize() * 0.6f;
    const float y = pos.y + (ImGui::GetTextLineHeight() - size) / 2;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(pos.x, y), ImVec2(pos.x + size, y + size),
                                              scale_colour(p.scale ? code.c_str() : nullptr), 2);
    ImGui::SetCursorScreenPos(ImVec2(pos.x + size + 8, pos.y));
    ImGui::TextUnformatted(p.scale ? code.c_str() : t("ui.register.no_scale"));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", scale_label(p.scale, ui_lang()).c_str());
}

} // namespace

void RegisterView::draw(App& app, AppState& s) {
    heading(t("ui.register.title"));
    target("register.title");
    ImGui::Dummy(ImVec2(0, 4));
    if (s.presenting) muted(describe_filter(s.filter, s.dataset));
    else draw_filter_bar(s.filter, s.dataset);

    std::vector<Partnership> rows = apply_filter(s.filter, s.dataset);
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::PushFont(fonts().bold);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(
        fill(t("ui.register.count"), {std::to_string(rows.size()), std::to_string(s.dataset.partnerships.size())}).c_str());
    ImGui::PopFont();
    target("register.count");
    if (s.can_edit()) {
        ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(t("ui.register.new")).x -
                        ImGui::GetStyle().FramePadding.x * 2);
        if (ImGui::Button(t("ui.register.new"))) app.open_create();
        target("register.new");
    }

    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_SizingStretchProp;
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(10, 7));
    const bool open = ImGui::BeginTable("register", col_count, flags);
    ImGui::PopStyleVar();
    if (!open) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    const float ch = ImGui::GetFontSize();
    ImGui::TableSetupColumn(t("ui.register.col_number"), ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_DefaultSort, ch * 2.8f);
    ImGui::TableSetupColumn(t("ui.field.name"), ImGuiTableColumnFlags_WidthStretch, 4.0f);
    ImGui::TableSetupColumn(t("ui.field.scale"), ImGuiTableColumnFlags_WidthFixed, ch * 5.0f);
    ImGui::TableSetupColumn(t("ui.field.layer"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(t("ui.field.legal_form"), ImGuiTableColumnFlags_WidthStretch, 1.8f);
    ImGui::TableSetupColumn(t("ui.field.decided_by"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(t("ui.field.status"), ImGuiTableColumnFlags_WidthStretch, 1.1f);
    ImGui::PushFont(fonts().bold);
    ImGui::TableHeadersRow();
    ImGui::PopFont();

    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0) {
        sort_column_ = specs->Specs[0].ColumnIndex;
        ascending_ = specs->Specs[0].SortDirection != ImGuiSortDirection_Descending;
    }
    sort_rows(rows, sort_column_, ascending_);
    order_.clear();
    for (const Partnership& p : rows) {
        order_.push_back(p.number);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(p.number);
        const bool selected = s.selected && *s.selected == p.number;
        if (ImGui::Selectable(std::to_string(p.number).c_str(), selected,
                              ImGuiSelectableFlags_SpanAllColumns))
            app.open_detail(p.number);
        target("register.row." + std::to_string(p.number));
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(p.name.c_str());
        ImGui::TableNextColumn();
        scale_cell(p);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(label_of(p.layer).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(label_of(p.legal_form.category).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(label_of(p.decided_by.category).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(label_of(p.status).c_str());
    }
    if (rows.empty()) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TableNextColumn();
        muted(t("ui.register.none_match"));
    }
    ImGui::EndTable();
}

nlohmann::json RegisterView::state(const AppState& s) const {
    const auto rows = apply_filter(s.filter, s.dataset);
    return {{"shown", rows.size()},
            {"total", s.dataset.partnerships.size()},
            {"order", order_},
            {"sort_column", sort_column_},
            {"ascending", ascending_}};
}

} // namespace swm::web
