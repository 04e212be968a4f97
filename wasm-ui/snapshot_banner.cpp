#include "snapshot_banner.h"

#include "app.h"
#include "fonts.h"
#include "theme.h"
#include "ui_text.h"
#include "widgets.h"

#include "core/text.h"

#include "imgui.h"

namespace swm::web {

std::string snapshot_banner_text(const AppState& s) {
    if (!s.version.snapshot) return {};
    return fill(t("ui.snapshot.banner"), {format_timestamp(s.version.snapshot->made_at)});
}

void draw_snapshot_banner(const AppState& s) {
    const std::string text = snapshot_banner_text(s);
    if (text.empty()) return;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight() + 20;
    ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + ImGui::GetWindowWidth(), p.y + h), IM_COL32(0xff, 0xf4, 0xd6, 255));
    ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y + h), ImVec2(p.x + ImGui::GetWindowWidth(), p.y + h),
                                        IM_COL32(0xc9, 0x8a, 0x00, 255), 2);
    ImGui::SetCursorScreenPos(ImVec2(p.x + 32, p.y + 10));
    ImGui::PushFont(fonts().bold);
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0x1d, 0x26, 0x33, 255));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    target("snapshot.banner");
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + h + 2));
}

} // namespace swm::web
