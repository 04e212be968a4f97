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
#include "imgui_internal.h"  // ImGuiTable: the column widths of every frame

#include <algorithm>

namespace swm::web {
namespace {

enum Column { col_number, col_name, col_scale, col_layer, col_legal_form, col_decided_by, col_status };

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

const char* column_code(Column c) {
    switch (c) {
    case col_number: return "number";
    case col_name: return "name";
    case col_scale: return "scale";
    case col_layer: return "layer";
    case col_legal_form: return "legal_form";
    case col_decided_by: return "decided_by";
    case col_status: return "status";
    default: return "";
    }
}

const char* column_header(Column c) {
    switch (c) {
    case col_number: return t("ui.register.col_number");
    case col_name: return t("ui.field.name");
    case col_scale: return t("ui.field.scale");
    case col_layer: return t("ui.field.layer");
    case col_legal_form: return t("ui.field.legal_form");
    case col_decided_by: return t("ui.field.decided_by");
    case col_status: return t("ui.field.status");
    default: return "";
    }
}

// What a cell says (the scale cell adds its colour swatch).
std::string cell_text(const Partnership& p, Column c) {
    switch (c) {
    case col_number: return std::to_string(p.number);
    case col_name: return p.name;
    case col_scale: return p.scale ? scale_code(p.scale) : t("ui.register.no_scale");
    case col_layer: return label_of(p.layer);
    case col_legal_form: return label_of(p.legal_form.category);
    case col_decided_by: return label_of(p.decided_by.category);
    case col_status: return label_of(p.status);
    default: return "";
    }
}

float swatch_size() { return ImGui::GetFontSize() * 0.6f; }
float swatch_room() { return swatch_size() + 8; }

// On a slide the table answers the slide's question: the partnerships by
// name, scale and legal form, and a further column only where the slide
// compares its values (its filter picks more than one, or it is sorted by it);
// a column one filter value fills says what the slide's caption says already.
std::vector<Column> shown_columns(const AppState& s, int sort_column) {
    if (!s.presenting) return {col_number, col_name, col_scale, col_layer, col_legal_form, col_decided_by, col_status};
    std::vector<Column> out = {col_number, col_name, col_scale, col_legal_form};
    if (s.filter.layers.size() > 1 || sort_column == col_layer) out.push_back(col_layer);
    if (s.filter.decided_by.size() > 1 || sort_column == col_decided_by) out.push_back(col_decided_by);
    if (s.filter.statuses.size() > 1 || sort_column == col_status) out.push_back(col_status);
    return out;
}

// Content widths for the columns in `room`, from the rows shown: each at
// least its longest word (and its header, which does not wrap), the number
// and scale as wide as their widest cell, and what is left shared out by how
// much more each column's longest text wants, any rest to the name.
std::vector<float> column_widths(const std::vector<Column>& columns, const std::vector<Partnership>& rows, float room) {
    const float arrow = ImGui::GetFontSize();  // the header's sort arrow
    std::vector<float> min_w, want;
    for (Column c : columns) {
        ImGui::PushFont(fonts().bold);
        float lo = ImGui::CalcTextSize(column_header(c)).x + arrow;
        ImGui::PopFont();
        float hi = lo;
        const float extra = c == col_scale ? swatch_room() : 0.0f;
        for (const Partnership& p : rows) {
            const std::string text = cell_text(p, c);
            const bool wraps = c != col_number && c != col_scale;
            lo = std::max(lo, extra + (wraps ? widest_word(text) : ImGui::CalcTextSize(text.c_str()).x));
            hi = std::max(hi, extra + ImGui::CalcTextSize(text.c_str()).x);
        }
        min_w.push_back(lo);
        want.push_back(hi);
    }
    float used = 0, need = 0;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        used += min_w[i];
        need += want[i] - min_w[i];
    }
    const float spare = std::max(0.0f, room - used);
    const float share = need > 0 ? std::min(1.0f, spare / need) : 0.0f;
    std::vector<float> out;
    for (std::size_t i = 0; i < columns.size(); ++i) out.push_back(min_w[i] + (want[i] - min_w[i]) * share);
    return out;
}

} // namespace

// Wrapped at the cell's width; records whether the text fits it (a word
// wider than the cell would be cut).
void RegisterView::text_cell(int number, int column, const std::string& text) {
    const float room = ImGui::GetContentRegionAvail().x;
    if (ImGui::CalcTextSize(text.c_str(), nullptr, false, room).x > room + 0.5f) clipped_.push_back({number, column});
    ++cells_checked_;
    ImGui::TextWrapped("%s", text.c_str());
}

void RegisterView::scale_cell(const Partnership& p) {
    const std::string text = cell_text(p, col_scale);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float size = swatch_size();
    const float y = pos.y + (ImGui::GetTextLineHeight() - size) / 2;
    if (swatch_room() + ImGui::CalcTextSize(text.c_str()).x > ImGui::GetContentRegionAvail().x + 0.5f)
        clipped_.push_back({p.number, col_scale});
    ++cells_checked_;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(pos.x, y), ImVec2(pos.x + size, y + size),
                                              scale_colour(p.scale ? text.c_str() : nullptr), 2);
    ImGui::SetCursorScreenPos(ImVec2(pos.x + swatch_room(), pos.y));
    ImGui::TextUnformatted(text.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", scale_label(p.scale, ui_lang()).c_str());
}

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
    if (!s.presenting) {
        ImGui::SameLine(0, 24);
        if (link_button(t("ui.about.open"))) app.show(View::about);
        target("register.about");
    }
    if (s.can_edit()) {
        ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(t("ui.register.new")).x -
                        ImGui::GetStyle().FramePadding.x * 2);
        if (ImGui::Button(t("ui.register.new"))) app.open_create();
        target("register.new");
    }

    const std::vector<Column> columns = shown_columns(s, sort_column_);
    const ImVec2 cell_pad(10, 7);
    const float room = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize - 2 -
                       cell_pad.x * 2 * float(columns.size());
    const std::vector<float> widths = column_widths(columns, rows, room);
    // A table per set of columns (the sort is carried over); the widths
    // follow the window and language in every frame, so they are the
    // view's and not the reader's to drag.
    const int mask = [&] { int m = 0; for (Column c : columns) m |= 1 << c; return m; }();
    const std::string table_id = "register_" + std::to_string(mask);

    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, cell_pad);
    const bool open = ImGui::BeginTable(table_id.c_str(), int(columns.size()), flags);
    ImGui::PopStyleVar();
    if (!open) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    for (std::size_t i = 0; i < columns.size(); ++i) {
        ImGuiTableColumnFlags f = columns[i] == col_name ? ImGuiTableColumnFlags_WidthStretch : ImGuiTableColumnFlags_WidthFixed;
        if (columns[i] == sort_column_) f |= ImGuiTableColumnFlags_DefaultSort | (ascending_ ? 0 : ImGuiTableColumnFlags_PreferSortDescending);
        ImGui::TableSetupColumn(column_header(columns[i]), f, columns[i] == col_name ? 1.0f : widths[i]);
        // TableSetupColumn's width counts only when the table is made.
        if (columns[i] != col_name) ImGui::GetCurrentTable()->Columns[int(i)].WidthRequest = widths[i];
    }
    ImGui::PushFont(fonts().bold);
    ImGui::TableHeadersRow();
    ImGui::PopFont();

    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0) {
        sort_column_ = columns[std::size_t(specs->Specs[0].ColumnIndex)];
        ascending_ = specs->Specs[0].SortDirection != ImGuiSortDirection_Descending;
    }
    sort_rows(rows, sort_column_, ascending_);
    order_.clear();
    clipped_.clear();
    cells_checked_ = 0;
    shown_columns_.clear();
    for (Column c : columns) shown_columns_.push_back(column_code(c));
    for (const Partnership& p : rows) {
        order_.push_back(p.number);
        ImGui::TableNextRow();
        // The other cells first: the row is as tall as its longest wrapped
        // text, and the number's selectable, which spans the row, that tall.
        float bottom = 0;
        for (std::size_t i = 1; i < columns.size(); ++i) {
            ImGui::TableSetColumnIndex(int(i));
            if (columns[i] == col_scale) scale_cell(p);
            else text_cell(p.number, columns[i], cell_text(p, columns[i]));
            bottom = std::max(bottom, ImGui::GetItemRectMax().y);
        }
        ImGui::TableSetColumnIndex(0);
        ImGui::PushID(p.number);
        const bool selected = s.selected && *s.selected == p.number;
        const float h = std::max(ImGui::GetTextLineHeight(), bottom - ImGui::GetCursorScreenPos().y);
        if (ImGui::Selectable(std::to_string(p.number).c_str(), selected, ImGuiSelectableFlags_SpanAllColumns, ImVec2(0, h)))
            app.open_detail(p.number);
        target("register.row." + std::to_string(p.number));
        ImGui::PopID();
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
            {"ascending", ascending_},
            {"columns", shown_columns_},
            {"cells_checked", cells_checked_},
            {"clipped", clipped_}};
}

} // namespace swm::web
