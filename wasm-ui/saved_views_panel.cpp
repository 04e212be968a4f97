#include "saved_views_panel.h"

#include <algorithm>

#include "app.h"
#include "fonts.h"
#include "theme.h"
#include "ui_text.h"
#include "web_platform.h"
#include "widgets.h"

#include "core/saved_view.h"
#include "core/deck.h"
#include "core/text.h"
#include "core/view_link.h"

#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

namespace swm::web {
namespace {

// Width of a button with `label` in the current style.
float button_width(const char* label) { return ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2; }

} // namespace

float SavedViewsPanel::width(const AppState& s) const {
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    float width = button_width(t("ui.views.button")) + gap + button_width(t("ui.present.button"));
    if (!s.version.snapshot) width += gap + button_width(t("ui.snapshot.download"));
    return width;
}

void SavedViewsPanel::draw(App& app, AppState& s) {
    const bool snapshot = s.version.snapshot.has_value();
    const char* views_label = t("ui.views.button");
    const char* present_label = t("ui.present.button");
    const char* download_label = t("ui.snapshot.download");
    if (ImGui::Button(views_label)) {
        app.saved_views().load();
        ImGui::OpenPopup("##saved_views");
    }
    target("views.button");
    const ImVec2 below(ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y + 4);
    ImGui::SameLine();
    if (ImGui::Button(present_label)) app.presentation().start(app, 0, 1);
    target("present.button");
    if (!snapshot) {
        ImGui::SameLine();
        if (ImGui::Button(download_label)) download("/snapshot");
        target("snapshot.download");
    }
    ImGui::SetNextWindowPos(below, ImGuiCond_Always, ImVec2(1, 0));
    // Never past the bottom of the screen: a long list of views scrolls.
    const float popup_width = ImGui::GetFontSize() * 34;
    const float room = ImGui::GetMainViewport()->WorkSize.y - below.y - ImGui::GetStyle().WindowPadding.y;
    ImGui::SetNextWindowSize(ImVec2(popup_width, 0));
    ImGui::SetNextWindowSizeConstraints(ImVec2(popup_width, 0), ImVec2(popup_width, std::max(room, ImGui::GetFontSize() * 8)));
    popup(app, s);
}

void SavedViewsPanel::popup(App& app, AppState& s) {
    if (!ImGui::BeginPopup("##saved_views")) return;
    SavedViews& views = app.saved_views();
    ImGui::PushTextWrapPos(0);
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(t("ui.views.title"));
    ImGui::PopFont();
    if (link_button(t("ui.views.copy_current"))) copy_link(app, view_link(encode_view_state(app.view_state())));
    target("views.copy_current");
    if (s.can_edit()) save_current(app, s);
    if (!views.error().empty()) error_line(views.error());
    if (!views.loaded()) muted(t("ui.loading"));
    subheading(t("ui.views.saved"));
    int shown = 0;
    for (const SavedView& v : views.all()) {
        if (v.kind != SavedViewKind::view) continue;
        view_row(app, s, v);
        ++shown;
    }
    if (views.loaded() && shown == 0) muted(t("ui.views.none"));
    subheading(t("ui.views.decks"));
    for (const SavedView& v : views.all())
        if (v.kind == SavedViewKind::deck) deck_row(app, v);
    if (undo_change_ && s.can_edit()) {
        ImGui::Separator();
        ImGui::TextUnformatted(fill(t("ui.views.deleted"), {undo_name_}).c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton(t("ui.undo.button"))) {
            const long long change = undo_change_;
            undo_change_ = 0;
            views.restore(change, [this](ViewWrite w) { note_ = w.ok() ? fill(t("ui.views.restored"), {w.view.name}) : w.error; });
        }
        target("views.undo");
    }
    if (!note_.empty()) muted(note_);
    ImGui::PopTextWrapPos();
    close_popup_on_escape();
    ImGui::EndPopup();
}

void SavedViewsPanel::save_current(App& app, const AppState& s) {
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - button_width(t("ui.views.save")) - ImGui::GetStyle().ItemSpacing.x);
    ImGui::InputTextWithHint("##view_name", t("ui.views.name_hint"), &name_);
    target("views.name");
    ImGui::SameLine();
    ImGui::BeginDisabled(busy_);
    const bool save = ImGui::Button(t("ui.views.save"));
    ImGui::EndDisabled();
    target("views.save");
    for (const auto& p : problems_) error_line(p);
    if (!save) return;
    // The host runs the same check; asking core first answers at once.
    const nlohmann::json state = encode_view_state(app.view_state());
    problems_.clear();
    for (const auto& e : validate_saved_view({{"name", name_}, {"kind", "view"}, {"state", state}}, s.dataset, app.saved_views().ids()))
        problems_.push_back(e.describe(ui_lang()));
    if (!problems_.empty()) return;
    busy_ = true;
    app.saved_views().create(name_, state, [this](ViewWrite w) {
        busy_ = false;
        problems_ = w.problems;
        if (!w.ok()) {
            if (problems_.empty()) problems_.push_back(w.error);
            return;
        }
        note_ = fill(t("ui.views.saved_as"), {w.view.name});
        name_.clear();
        reveal_id_ = w.view.id;
    });
}

void SavedViewsPanel::view_row(App& app, const AppState& s, const SavedView& v) {
    ImGui::PushID(int(v.id));
    const std::string id = std::to_string(v.id);
    if (link_button(v.name)) {
        app.apply_view_state(v.state);
        ImGui::CloseCurrentPopup();
    }
    target("views.open." + id);
    ImGui::Indent();
    if (ImGui::SmallButton(t("ui.views.copy_link"))) copy_link(app, saved_view_link(v.id));
    target("views.copy." + id);
    if (s.can_edit()) {
        ImGui::SameLine();
        if (ImGui::SmallButton(t("ui.views.overwrite")))
            app.saved_views().overwrite(v, encode_view_state(app.view_state()), [this](ViewWrite w) {
                note_ = w.ok() ? fill(t("ui.views.overwritten"), {w.view.name}) : w.error;
            });
        target("views.overwrite." + id);
        ImGui::SameLine();
        if (ImGui::SmallButton(t("ui.views.delete")))
            app.saved_views().remove(v, [this, name = v.name](ViewWrite w) {
                note_ = w.ok() ? "" : w.error;
                if (!w.ok()) return;
                undo_change_ = w.change_id;
                undo_name_ = name;
            });
        target("views.delete." + id);
    }
    ImGui::Unindent();
    // The view just saved comes last, often below the panel's edge: shown,
    // so whoever saved it sees it there with its buttons.
    if (v.id == reveal_id_) {
        ImGui::SetScrollHereY(1.0f);
        reveal_id_ = 0;
        request_redraw();
    }
    ImGui::PopID();
}

void SavedViewsPanel::deck_row(App& app, const SavedView& deck) {
    ImGui::PushID(int(deck.id));
    const std::string id = std::to_string(deck.id);
    const std::size_t slides = decode_deck(deck.state).value.slides.size();
    ImGui::TextUnformatted(deck.name.c_str());
    ImGui::Indent();
    if (ImGui::SmallButton(t("ui.present.button"))) {
        app.presentation().start(app, deck.id, 1);
        ImGui::CloseCurrentPopup();
    }
    target("views.present." + id);
    ImGui::SameLine();
    if (ImGui::SmallButton(t("ui.views.copy_link"))) copy_link(app, present_link(deck.id, 1));
    target("views.copy." + id);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", fill(t("ui.views.slides"), {std::to_string(slides)}).c_str());
    ImGui::Unindent();
    ImGui::PopID();
}

void SavedViewsPanel::copy_link(App& app, const std::string& fragment) {
    copied_ = app.link().url(fragment);
    ImGui::SetClipboardText(copied_.c_str());
    note_ = t("ui.views.copied");
}

nlohmann::json SavedViewsPanel::state() const {
    return {{"name", name_}, {"problems", problems_}, {"note", note_}, {"copied", copied_}, {"undo_change", undo_change_}};
}

} // namespace swm::web
