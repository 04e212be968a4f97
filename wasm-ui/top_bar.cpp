#include "top_bar.h"

#include "app.h"
#include "fonts.h"
#include "theme.h"
#include "ui_text.h"
#include "web_platform.h"
#include "widgets.h"

#include "core/text.h"

#include "imgui.h"

namespace swm::web {
namespace {

// A navigation tab: text with an accent underline when it is the current view.
bool nav_tab(const char* label, bool active, const char* id) {
    ImGui::PushFont(fonts().bold);
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(active ? palette().accent : palette().text));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(16, 10));
    const bool clicked = ImGui::Button(label);
    target(id);
    if (active) {
        const ImVec2 a = ImGui::GetItemRectMin();
        const ImVec2 b = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(a.x + 8, b.y - 4), ImVec2(b.x - 8, b.y), palette().accent, 2);
    }
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
    ImGui::PopFont();
    return clicked;
}

void save_indicator(const AppState& s) {
    if (s.read_only) {
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().muted), "%s", t("ui.save.read_only"));
        return;
    }
    switch (s.save) {
    case SaveStatus::saved:
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().ok), "%s", t("ui.save.saved"));
        return;
    case SaveStatus::saving:
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().muted), "%s", t("ui.save.saving"));
        return;
    case SaveStatus::failed:
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().error), "%s", t("ui.save.failed"));
        if (!s.save_error.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", s.save_error.c_str());
        return;
    }
}

// Right-aligned status and switches on the title row.
void status_and_switches(AppState& s) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const std::string peil = fill(t("ui.top.peildatum"), {format_peildatum(s.dataset.peildatum)});
    const char* save_text = s.read_only ? t("ui.save.read_only")
                            : s.save == SaveStatus::saved ? t("ui.save.saved")
                            : s.save == SaveStatus::saving ? t("ui.save.saving") : t("ui.save.failed");
    const char* lang_text = t("ui.top.other_language");
    const char* contrast_text = t("ui.top.high_contrast");
    const float check = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x;
    const float width = ImGui::CalcTextSize(peil.c_str()).x + ImGui::CalcTextSize(save_text).x +
                        ImGui::CalcTextSize(lang_text).x + style.FramePadding.x * 2 + check +
                        ImGui::CalcTextSize(contrast_text).x + style.ItemSpacing.x * 3 + 3 * 24;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - width - 32);  // the band's right margin
    if (s.loaded) ImGui::TextUnformatted(peil.c_str());
    target("top.peildatum");
    ImGui::SameLine(0, style.ItemSpacing.x + 24);
    save_indicator(s);
    target("top.save");
    ImGui::SameLine(0, style.ItemSpacing.x + 24);
    if (ImGui::Button(lang_text)) s.lang = s.lang == Lang::nl ? Lang::en : Lang::nl;
    target("top.language");
    ImGui::SameLine(0, style.ItemSpacing.x + 24);
    bool hc = s.theme == Theme::high_contrast;
    if (ImGui::Checkbox(contrast_text, &hc)) s.theme = hc ? Theme::high_contrast : Theme::light;
    target("top.contrast");
}

} // namespace

void draw_top_bar(App& app, AppState& s) {
    const float pad = 24;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float nav_h = ImGui::GetFontSize() + 20;  // bold text with the tab's padding
    const float band_h = 14 + 24 * ui_scale() + ImGui::GetStyle().FramePadding.y * 2 + 12 + nav_h;
    dl->AddRectFilled(origin, ImVec2(origin.x + ImGui::GetWindowWidth(), origin.y + band_h), palette().panel);
    dl->AddLine(ImVec2(origin.x, origin.y + band_h), ImVec2(origin.x + ImGui::GetWindowWidth(), origin.y + band_h),
                palette().grid);

    ImGui::SetCursorScreenPos(ImVec2(origin.x + pad, origin.y + 14));
    ImGui::BeginGroup();
    ImGui::PushFont(fonts().title);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(t("app.title"));
    ImGui::PopFont();
    ImGui::SameLine();
    status_and_switches(s);
    ImGui::EndGroup();

    ImGui::SetCursorScreenPos(ImVec2(origin.x + pad - 16, origin.y + band_h - nav_h));
    const View v = s.view;
    if (nav_tab(t("ui.nav.register"), v == View::register_list || v == View::detail || v == View::form, "nav.register"))
        app.show(View::register_list);
    ImGui::SameLine(0, 4);
    if (nav_tab(t("ui.nav.organisations"), v == View::organisations || v == View::organisation_form, "nav.organisations"))
        app.show(View::organisations);
    ImGui::SameLine(0, 4);
    if (nav_tab(t("ui.nav.analysis"), v == View::analysis, "nav.analysis")) app.show(View::analysis);
    if (app.map.draw) {
        ImGui::SameLine(0, 4);
        if (nav_tab(t("ui.nav.map"), v == View::map, "nav.map")) app.show(View::map);
    }
    ImGui::SameLine(0, 4);
    if (nav_tab(t("ui.nav.strategy"), v == View::strategy, "nav.strategy")) app.show(View::strategy);
    ImGui::SameLine(0, 4);
    if (nav_tab(t("ui.nav.council"), v == View::council, "nav.council")) app.show(View::council);
    // An offline snapshot carries neither the snapshots nor the files.
    if (!s.version.snapshot) {
        ImGui::SameLine(0, 4);
        if (nav_tab(t("ui.nav.data"), v == View::data, "nav.data")) app.show(View::data);
    }
    app.views_panel().draw(app, s);
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + band_h + 1));
}

} // namespace swm::web
