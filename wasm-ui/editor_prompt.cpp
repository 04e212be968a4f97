#include "editor_prompt.h"

#include "app.h"
#include "ui_text.h"
#include "web_platform.h"
#include "widgets.h"

#include "core/editor_name.h"

#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

#include <algorithm>

namespace swm::web {
namespace {

constexpr const char* kPopup = "##editor_prompt";

} // namespace

void EditorPrompt::start() {
    const std::string remembered = stored_editor_name();
    // A name stored by hand that the host would refuse is not used.
    name_ = validate_editor_name(remembered, "name").empty() ? normalised_editor_name(remembered) : "";
}

void EditorPrompt::open() {
    draft_ = name_;
    error_.clear();
    opening_ = true;
    focus_ = true;
    request_redraw();
}

void EditorPrompt::save() {
    const ValidationErrors problems = validate_editor_name(draft_, "name");
    if (!problems.empty()) {
        error_ = problems.front().message(ui_lang());
        return;
    }
    name_ = normalised_editor_name(draft_);
    store_editor_name(name_);
    ImGui::CloseCurrentPopup();
}

void EditorPrompt::draw(const AppState& s) {
    // The version says whether this page may write; it has arrived once it names a build.
    const bool writable = !s.version.version.empty() && s.can_edit() && !s.version.snapshot;
    if (!asked_ && s.loaded && writable) {
        asked_ = true;
        if (name_.empty()) open();
    }
    if (opening_) {
        ImGui::OpenPopup(kPopup);
        opening_ = false;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float width = std::min(620.0f * ui_scale(), vp->Size.x - 48);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x / 2, vp->Pos.y + vp->Size.y * 0.4f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28, 24));
    shown_ = ImGui::BeginPopupModal(kPopup, nullptr,
                                    ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove);
    ImGui::PopStyleVar();
    if (!shown_) return;
    heading(t("ui.editor.title"));
    ImGui::Dummy(ImVec2(0, 4));
    wrapped(t("ui.editor.intro"));
    ImGui::Dummy(ImVec2(0, 6));
    if (focus_) {
        ImGui::SetKeyboardFocusHere();
        focus_ = false;
    }
    ImGui::SetNextItemWidth(-1);
    if (ImGui::InputTextWithHint("##editor_name", t("ui.editor.hint"), &draft_, ImGuiInputTextFlags_EnterReturnsTrue))
        save();
    target("editor.input");
    if (!error_.empty()) error_line(error_);
    ImGui::Dummy(ImVec2(0, 6));
    if (primary_button(t("ui.editor.save"))) save();
    target("editor.save");
    ImGui::SameLine(0, 12);
    if (ImGui::Button(t("ui.editor.later"))) ImGui::CloseCurrentPopup();
    target("editor.later");
    if (name_.empty()) muted(t("ui.editor.later_note"));
    close_popup_on_escape();
    ImGui::EndPopup();
}

nlohmann::json EditorPrompt::state() const {
    return {{"name", name_}, {"prompt", shown_}, {"draft", draft_}, {"error", error_}};
}

} // namespace swm::web
