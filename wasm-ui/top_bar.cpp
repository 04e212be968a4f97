#include "top_bar.h"

#include "app.h"
#include "fonts.h"
#include "theme.h"
#include "ui_text.h"
#include "web_platform.h"
#include "widgets.h"

#include "core/text.h"

#include "imgui.h"

#include <string>
#include <vector>

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

// Space between the groups of the bar, and its margin left and right.
constexpr float kGroupGap = 24;
constexpr float kMargin = 24;

const char* save_text_for_width(const AppState& s) {
    if (s.read_only) return t("ui.save.read_only");
    // The widest of the three, so the bar does not reflow while saving.
    const char* texts[] = {t("ui.save.saved"), t("ui.save.saving"), t("ui.save.failed")};
    const char* widest = texts[0];
    for (const char* x : texts)
        if (ImGui::CalcTextSize(x).x > ImGui::CalcTextSize(widest).x) widest = x;
    return widest;
}

std::string peildatum_text(const AppState& s) { return fill(t("ui.top.peildatum"), {format_peildatum(s.dataset.peildatum)}); }

// Who changes are saved under, shortened to keep the bar compact; a click
// asks for the name again. Empty where nothing can be written.
std::string editor_text(App& app, const AppState& s) {
    if (!s.can_edit() || s.version.snapshot || s.version.version.empty()) return {};
    const std::string& name = app.editor().name();
    if (name.empty()) return t("ui.editor.none");
    const std::string shown = name.size() > 40 ? clean_utf8(name, 40) + "…" : name;
    return fill(t("ui.editor.label"), {shown});
}

float status_width(App& app, const AppState& s) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float check = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x;
    const std::string editor = editor_text(app, s);
    // link_button's padding is 2 on either side.
    const float editor_w = editor.empty() ? 0 : ImGui::CalcTextSize(editor.c_str()).x + 4 + style.ItemSpacing.x + kGroupGap;
    return editor_w + ImGui::CalcTextSize(peildatum_text(s).c_str()).x + ImGui::CalcTextSize(save_text_for_width(s)).x +
           ImGui::CalcTextSize(t("ui.top.other_language")).x + style.FramePadding.x * 2 + check +
           ImGui::CalcTextSize(t("ui.top.high_contrast")).x + (style.ItemSpacing.x + kGroupGap) * 3;
}

// Who edits, the peildatum, whether changes are saved, and the switches, from the cursor.
void status_and_switches(App& app, AppState& s) {
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::AlignTextToFramePadding();
    const std::string editor = editor_text(app, s);
    if (!editor.empty()) {
        if (link_button(editor)) app.editor().open();
        target("top.editor");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", t("ui.editor.change"));
        ImGui::SameLine(0, style.ItemSpacing.x + kGroupGap);
    }
    if (s.loaded) ImGui::TextUnformatted(peildatum_text(s).c_str());
    target("top.peildatum");
    ImGui::SameLine(0, style.ItemSpacing.x + kGroupGap);
    save_indicator(s);
    target("top.save");
    ImGui::SameLine(0, style.ItemSpacing.x + kGroupGap);
    if (ImGui::Button(t("ui.top.other_language"))) s.lang = s.lang == Lang::nl ? Lang::en : Lang::nl;
    target("top.language");
    ImGui::SameLine(0, style.ItemSpacing.x + kGroupGap);
    bool hc = s.theme == Theme::high_contrast;
    if (ImGui::Checkbox(t("ui.top.high_contrast"), &hc)) s.theme = hc ? Theme::high_contrast : Theme::light;
    target("top.contrast");
}

struct Tab {
    const char* label;
    bool active;
    const char* id;
    View view;
};

std::vector<Tab> tabs_of(const App& app, const AppState& s) {
    const View v = s.view;
    std::vector<Tab> tabs = {
        {t("ui.nav.register"), v == View::register_list || v == View::detail || v == View::form || v == View::about, "nav.register",
         View::register_list},
        {t("ui.nav.organisations"), v == View::organisations || v == View::organisation_form, "nav.organisations", View::organisations},
        {t("ui.nav.analysis"), v == View::analysis, "nav.analysis", View::analysis},
    };
    if (app.map.draw) tabs.push_back({t("ui.nav.map"), v == View::map, "nav.map", View::map});
    tabs.push_back({t("ui.nav.strategy"), v == View::strategy, "nav.strategy", View::strategy});
    tabs.push_back({t("ui.nav.council"), v == View::council, "nav.council", View::council});
    // An offline snapshot carries neither the snapshots nor the files.
    if (!s.version.snapshot) tabs.push_back({t("ui.nav.data"), v == View::data, "nav.data", View::data});
    return tabs;
}

constexpr float kTabPadX = 16;
constexpr float kTabGap = 4;

float tab_width(const Tab& tab) {
    ImGui::PushFont(fonts().bold);
    const float w = ImGui::CalcTextSize(tab.label).x + kTabPadX * 2;
    ImGui::PopFont();
    return w;
}

// Where everything goes: rows of the bar in order, each item on a row that
// has room for it, so that nothing overlaps at any width or language.
struct BarLayout {
    bool status_beside_title = true;  // else on a row of its own under the title
    bool actions_on_title_row = false;
    bool actions_on_status_row = false;
    bool actions_on_own_row = false;  // else at the right of the last row of tabs
    std::vector<int> tab_row;         // per tab
    int tab_rows = 1;
};

BarLayout lay_out(float room, float title_w, float status_w, float actions_w, const std::vector<float>& tab_w) {
    BarLayout l;
    l.status_beside_title = title_w + kGroupGap + status_w <= room;
    float x = 0;
    for (float w : tab_w) {
        if (x > 0 && x + w > room) {
            ++l.tab_rows;
            x = 0;
        }
        l.tab_row.push_back(l.tab_rows - 1);
        x += w + kTabGap;
    }
    if (x + kGroupGap + actions_w <= room) return l;
    if (!l.status_beside_title && title_w + kGroupGap + actions_w <= room) l.actions_on_title_row = true;
    else if (!l.status_beside_title && status_w + kGroupGap + actions_w <= room) l.actions_on_status_row = true;
    else l.actions_on_own_row = true;
    return l;
}

} // namespace

void draw_top_bar(App& app, AppState& s) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetWindowWidth();
    const float room = width - kMargin * 2;

    ImGui::PushFont(fonts().title);
    const float title_w = ImGui::CalcTextSize(t("app.title")).x;
    const float title_h = ImGui::GetFrameHeight();
    ImGui::PopFont();
    const float status_w = status_width(app, s);
    const float actions_w = app.views_panel().width(s);
    const std::vector<Tab> tabs = tabs_of(app, s);
    std::vector<float> tab_w;
    for (const Tab& tab : tabs) tab_w.push_back(tab_width(tab));
    const BarLayout l = lay_out(room, title_w, status_w, actions_w, tab_w);

    const float row_h = ImGui::GetFrameHeight();
    const float row_gap = 8;
    const float nav_h = ImGui::GetFontSize() + 20;  // bold text with the tab's padding
    const float status_y = origin.y + 14 + title_h + row_gap;
    float y = status_y + (l.status_beside_title ? 0 : row_h + row_gap);
    const float actions_y = y;
    if (l.actions_on_own_row) y += row_h + row_gap;
    const float nav_y = y + 4;
    const float band_h = nav_y + nav_h * float(l.tab_rows) - origin.y;
    dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + band_h), palette().panel);
    dl->AddLine(ImVec2(origin.x, origin.y + band_h), ImVec2(origin.x + width, origin.y + band_h), palette().grid);

    ImGui::SetCursorScreenPos(ImVec2(origin.x + kMargin, origin.y + 14));
    ImGui::PushFont(fonts().title);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(t("app.title"));
    ImGui::PopFont();
    target("top.title");
    // Status and switches at the right of the title, or under it.
    if (l.status_beside_title) {
        ImGui::SetCursorScreenPos(ImVec2(origin.x + width - kMargin - status_w,
                                         origin.y + 14 + (title_h - row_h) / 2));
    } else {
        ImGui::SetCursorScreenPos(ImVec2(origin.x + kMargin, status_y));
    }
    status_and_switches(app, s);

    for (std::size_t i = 0; i < tabs.size(); ++i) {
        const int row = l.tab_row[i];
        if (i == 0 || l.tab_row[i - 1] != row) {
            ImGui::SetCursorScreenPos(ImVec2(origin.x + kMargin - kTabPadX, nav_y + nav_h * float(row)));
        } else {
            ImGui::SameLine(0, kTabGap);
        }
        if (nav_tab(tabs[i].label, tabs[i].active, tabs[i].id)) app.show(tabs[i].view);
    }

    // The actions at the right: of the last row of tabs, of the title or
    // the status row, or of a row of their own above the tabs.
    float actions_top = nav_y + nav_h * float(l.tab_rows - 1) + (nav_h - row_h) / 2;
    if (l.actions_on_title_row) actions_top = origin.y + 14 + (title_h - row_h) / 2;
    if (l.actions_on_status_row) actions_top = status_y;
    if (l.actions_on_own_row) actions_top = actions_y;
    ImGui::SetCursorScreenPos(ImVec2(origin.x + width - kMargin - actions_w, actions_top));
    app.views_panel().draw(app, s);
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + band_h + 1));
}

} // namespace swm::web
