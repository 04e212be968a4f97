#include "charts.h"

#include "fonts.h"
#include "theme.h"
#include "widgets.h"

#include <algorithm>
#include <string>

namespace swm::web {

int bar_chart(const char* id, const std::vector<Bar>& bars) {
    int max = 1;
    float longest = 0, longest_word = 0;
    for (const Bar& b : bars) {
        max = std::max(max, b.count);
        longest = std::max(longest, ImGui::CalcTextSize(b.label.c_str()).x);
        longest_word = std::max(longest_word, widest_word(b.label));
    }
    const float width = ImGui::GetContentRegionAvail().x;
    const float count_w = ImGui::CalcTextSize("000").x + 12;
    // Labels wrap at spaces rather than being cut: their column takes the
    // longest word at least (leaving the bars some room), the whole label
    // when half the width allows.
    const float label_w =
        std::max(10.0f, std::min(std::max(std::min(longest, width * 0.5f), longest_word), width - count_w - 72)) + 12;
    const float bar_room = std::max(10.0f, width - label_w - count_w - 12);
    const float line = ImGui::GetTextLineHeight();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    int clicked = -1;
    ImGui::PushID(id);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar& b = bars[i];
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float text_h = ImGui::CalcTextSize(b.label.c_str(), nullptr, false, label_w - 12).y;
        const float row_h = std::max(line, text_h) + 12;
        ImGui::PushID(int(i));
        if (ImGui::InvisibleButton("##bar", ImVec2(width, row_h))) clicked = int(i);
        ImGui::PopID();
        target(std::string("chart.") + id + "." + b.code);
        const bool hovered = ImGui::IsItemHovered();
        if (hovered) {
            dl->AddRectFilled(p, ImVec2(p.x + width, p.y + row_h), ImGui::GetColorU32(ImGuiCol_HeaderHovered), 4);
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        }
        const float text_y = p.y + (row_h - text_h) / 2;
        // Clipped to their column too, should a single word be wider still.
        dl->PushClipRect(p, ImVec2(p.x + label_w - 8, p.y + row_h), true);
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + 4, text_y), b.count ? palette().text : palette().muted,
                    b.label.c_str(), nullptr, label_w - 12);
        dl->PopClipRect();
        const float bar_y = p.y + (row_h - line) / 2 - 1;
        const float x0 = p.x + label_w;
        const float w = bar_room * float(b.count) / float(max);
        if (b.count > 0) dl->AddRectFilled(ImVec2(x0, bar_y), ImVec2(x0 + std::max(w, 3.0f), bar_y + line + 2), b.colour, 3);
        const std::string n = std::to_string(b.count);
        dl->AddText(ImVec2(x0 + w + 8, p.y + (row_h - line) / 2), b.count ? palette().text : palette().muted, n.c_str());
    }
    ImGui::PopID();
    return clicked;
}

CellClick crosstab_table(const char* id, const Crosstab& table, const std::vector<std::string>& row_labels,
                         const std::vector<std::string>& column_labels, const char* corner) {
    CellClick click;
    const int columns = int(table.columns.size()) + 1;
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(10, 7));
    const bool open = ImGui::BeginTable(id, columns, ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit);
    ImGui::PopStyleVar();
    if (!open) return click;
    ImGui::TableSetupColumn(corner, ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 9);
    for (const auto& c : column_labels) ImGui::TableSetupColumn(c.c_str(), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 4.2f);
    ImGui::PushFont(fonts().bold);
    ImGui::TableHeadersRow();
    ImGui::PopFont();
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(row_labels[r].c_str());
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            ImGui::TableNextColumn();
            const int n = table.cells[r][c];
            const std::string text = std::to_string(n) + "##" + std::to_string(r) + "_" + std::to_string(c);
            if (n == 0) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().muted));
            if (ImGui::Selectable(text.c_str(), false, ImGuiSelectableFlags_None) && n > 0) click = {int(r), int(c)};
            if (n == 0) ImGui::PopStyleColor();
            target(std::string("crosstab.") + table.rows[r] + "." + table.columns[c]);
        }
    }
    ImGui::EndTable();
    return click;
}

} // namespace swm::web
