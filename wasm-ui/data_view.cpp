#include "data_view.h"

#include "app.h"
#include "fonts.h"
#include "theme.h"
#include "ui_text.h"
#include "widgets.h"

#include "imgui.h"

namespace swm::web {
namespace {

// One of the screen's two parts, as a segment of a switch: the chosen one
// filled in the accent colour with white text. (Buttons rather than an
// ImGui 1.86 tab bar: its tabs often missed the first click in Chromium, and
// the chosen tab's dark text on the accent was hard to read.)
bool data_segment(const char* label, bool chosen, const char* id) {
    ImGui::PushFont(fonts().bold);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(18, 9));
    if (chosen) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(palette().accent));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(palette().accent));
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImGui::ColorConvertU32ToFloat4(palette().accent));
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    const bool clicked = ImGui::Button(label);
    target(id);
    if (chosen) ImGui::PopStyleColor(4);
    ImGui::PopStyleVar();
    ImGui::PopFont();
    return clicked;
}

} // namespace

void DataView::draw(App& app, const AppState& s) {
    if (data_segment(t("ui.data.tab_snapshots"), !files_tab_, "data.tab.snapshots")) files_tab_ = false;
    ImGui::SameLine(0, 4);
    if (data_segment(t("ui.data.tab_files"), files_tab_, "data.tab.files")) files_tab_ = true;
    ImGui::SameLine(0, 24);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 9 - ImGui::GetStyle().FramePadding.y);  // level with the segments' text
    if (link_button(t("ui.about.open"))) app.show(View::about);
    target("data.about");
    ImGui::Dummy(ImVec2(0, 8));
    if (files_tab_) files_.draw(app, s);
    else snapshots_.draw(app, s);
}

nlohmann::json DataView::state() const {
    return {{"tab", files_tab_ ? "files" : "snapshots"}, {"snapshots", snapshots_.state()}, {"files", files_.state()}};
}

} // namespace swm::web
