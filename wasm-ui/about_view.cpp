#include "about_view.h"

#include "app.h"
#include "fonts.h"
#include "ui_text.h"
#include "web_platform.h"
#include "widgets.h"

#include "core/text.h"

#include "imgui.h"

#include <algorithm>

namespace swm::web {
namespace {

// Notes are read, not scanned: lines of at most about 100 characters.
void push_reading_width() {
    const float width = std::min(ImGui::GetContentRegionAvail().x, 1100.0f * ui_scale());
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
}

// A note as a bullet; `drawn` collects it, `id` names it for tests.
void note(const std::string& text, const std::string& id, std::vector<std::string>& drawn) {
    ImGui::Bullet();
    ImGui::SameLine();
    wrapped(text);
    target(id + "." + std::to_string(drawn.size()));
    drawn.push_back(text);
    ImGui::Dummy(ImVec2(0, 2));
}

std::vector<std::string> organisation_notes(const Dataset& d) {
    std::vector<std::string> drawn;
    subheading(t("ui.about.organisation_notes"));
    for (const Organisation& o : d.organisations) {
        if (o.notes.empty()) continue;
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::BeginGroup();
        ImGui::PushFont(fonts().bold);
        wrapped(o.name);
        ImGui::PopFont();
        wrapped(o.notes);
        ImGui::EndGroup();
        drawn.push_back(o.notes);
        ImGui::Dummy(ImVec2(0, 2));
    }
    return drawn;
}

} // namespace

std::vector<std::string> draw_strategy_about(const AppState& s) {
    const Strategy& st = s.dataset.strategy;
    if (!st.source.empty()) muted(fill(t("ui.about.source"), {st.source}));
    // The colofon, unless the source already names all of it.
    std::string colofon;
    bool in_source = true;
    for (const std::string& line : st.colofon) {
        colofon += (colofon.empty() ? "" : ", ") + line;
        in_source = in_source && st.source.find(line) != std::string::npos;
    }
    if (!colofon.empty() && !in_source) muted(fill(t("ui.strategy.colofon"), {colofon}));
    std::vector<std::string> drawn;
    for (const std::string& n : st.notes) note(n, "strategy.note", drawn);
    return drawn;
}

void AboutView::draw(App& app, const AppState& s) {
    if (link_button(t("ui.about.back"))) app.show(View::register_list);
    target("about.back");
    heading(t("ui.about.title"));
    target("about.title");
    push_reading_width();
    muted(t("ui.about.intro"));
    ImGui::Dummy(ImVec2(0, 4));
    const Dataset& d = s.dataset;
    if (!d.source.empty()) wrapped(fill(t("ui.about.source"), {d.source}));
    wrapped(fill(t("ui.top.peildatum"), {format_peildatum(d.peildatum)}));
    dataset_notes_.clear();
    if (!d.notes.empty()) {
        subheading(t("ui.about.dataset_notes"));
        for (const std::string& n : d.notes) note(n, "about.note", dataset_notes_);
    }
    organisation_notes_ = organisation_notes(d);
    subheading(t("ui.about.strategy_notes"));
    strategy_notes_ = draw_strategy_about(s);
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, 12));
}

nlohmann::json AboutView::state() const {
    return {{"dataset_notes", dataset_notes_}, {"organisation_notes", organisation_notes_}, {"strategy_notes", strategy_notes_}};
}

} // namespace swm::web
