#include "app.h"

#include "api_client.h"
#include "data_source.h"
#include "edits.h"
#include "fonts.h"
#include "snapshot_banner.h"
#include "top_bar.h"
#include "ui_text.h"
#include "web_platform.h"
#include "widgets.h"

#include "core/json_codec.h"
#include "core/text.h"

#include "imgui.h"

#include <algorithm>

namespace swm::web {

App& app() {
    static App a;
    return a;
}

namespace {

const char* view_code(View v) {
    switch (v) {
    case View::register_list: return "register";
    case View::detail: return "detail";
    case View::form: return "form";
    case View::analysis: return "analysis";
    case View::map: return "map";
    case View::strategy: return "strategy";
    case View::council: return "council";
    case View::organisations: return "organisations";
    case View::organisation_form: return "organisation_form";
    case View::data: return "data";
    case View::about: return "about";
    }
    return "";
}

const char* save_code(SaveStatus s) {
    switch (s) {
    case SaveStatus::saved: return "saved";
    case SaveStatus::saving: return "saving";
    case SaveStatus::failed: return "failed";
    }
    return "";
}

} // namespace

void App::start() {
    // Text fields do not blink: a blinking cursor would need frames forever,
    // and the UI draws nothing while nothing changes.
    ImGui::GetIO().ConfigInputTextCursorBlink = false;
    editor_.start();
    load_version([this](Loaded<VersionInfo> r) {
        ++requests_done_;
        if (!r.ok()) {
            state_.load_error = r.error;
            show_first_frame();
            return;
        }
        state_.version = r.value;
        state_.read_only = r.value.read_only;
    });
    reload();
    analysis_view_.start();
    data_view_.start();
    link_.start();
}

void App::reload() {
    load_dataset([this](Loaded<Dataset> r) {
        ++requests_done_;
        show_first_frame();
        if (!r.ok()) {
            state_.load_error = r.error;
            return;
        }
        state_.load_error.clear();
        state_.dataset = std::move(r.value);
        state_.loaded = true;
        analysis_view_.dataset_changed();
        data_view_.dataset_changed();
    });
}

void App::snapshots_changed() {
    analysis_view_.start();
    data_view_.snapshots_changed();
}

void App::show(View view) {
    // A section belongs to the view it was chosen in.
    if (view != state_.view) state_.section.clear();
    state_.view = view;
    request_redraw();
}

void App::open_detail(int number) {
    state_.selected = number;
    detail_view_.open(number);
    show(View::detail);
}

void App::open_edit(int number) {
    const Partnership* p = state_.dataset.partnership(number);
    if (!p || state_.read_only) return;
    state_.selected = number;
    form_.begin_edit(*p);
    show(View::form);
}

void App::open_create() {
    if (state_.read_only) return;
    form_.begin_create(state_.dataset);
    show(View::form);
}

void App::save(const Partnership& p, bool create) {
    state_.save = SaveStatus::saving;
    state_.save_error.clear();
    save_partnership(p, create, [this](WriteResult r) {
        ++requests_done_;
        if (r.ok() && r.partnership) {
            state_.save = SaveStatus::saved;
            form_.finish();
            reload();
            open_detail(r.partnership->number);
            return;
        }
        state_.save = SaveStatus::failed;
        state_.save_error = r.error;
        form_.refused(r);
    });
}

void App::open_organisation(const std::string& id) {
    const Organisation* o = state_.dataset.organisation(id);
    if (!o || !state_.can_edit()) return;
    organisation_form_.begin_edit(*o);
    show(View::organisation_form);
}

void App::open_organisation_create(const std::string& name, bool for_partner) {
    if (!state_.can_edit()) return;
    organisation_form_.begin_create(name, for_partner);
    show(View::organisation_form);
}

void App::close_organisation_form() {
    // Back where it was opened: the partnership being edited, or the list.
    show(organisation_form_.for_partner() ? View::form : View::organisations);
}

void App::save_organisation(const Organisation& o, bool create) {
    state_.save = SaveStatus::saving;
    state_.save_error.clear();
    swm::web::save_organisation(o, create, [this](OrganisationWriteResult r) {
        ++requests_done_;
        if (!r.ok() || !r.organisation) {
            state_.save = SaveStatus::failed;
            state_.save_error = r.error;
            organisation_form_.refused(r);
            return;
        }
        state_.save = SaveStatus::saved;
        // Known at once, so the partnership form can check the new partner
        // before the reload arrives.
        auto& list = state_.dataset.organisations;
        const auto at = std::find_if(list.begin(), list.end(), [&](const Organisation& o) { return o.id == r.organisation->id; });
        if (at == list.end()) list.push_back(*r.organisation);
        else *at = *r.organisation;
        if (organisation_form_.for_partner()) form_.add_partner(r.organisation->id);
        close_organisation_form();
        organisation_form_.finish();
        reload();
    });
}

void App::merge_organisation(const OrganisationMerge& merge) {
    state_.save = SaveStatus::saving;
    state_.save_error.clear();
    request_merge(merge.source, merge.revision, merge.target, merge.end_date, [this](OrganisationWriteResult r) {
        ++requests_done_;
        if (!r.ok()) {
            state_.save = SaveStatus::failed;
            state_.save_error = r.error;
            organisation_form_.refused(r);
            return;
        }
        state_.save = SaveStatus::saved;
        organisation_form_.finish();
        show(View::organisations);
        reload();
    });
}

// Counts the answer and shows whether the write was saved; true if it was.
bool App::write_done(const WriteResult& r) {
    ++requests_done_;
    if (!r.ok()) {
        state_.save = SaveStatus::failed;
        state_.save_error = r.error;
        return false;
    }
    state_.save = SaveStatus::saved;
    return true;
}

void App::remove(int number) {
    const Partnership* p = state_.dataset.partnership(number);
    if (!p || state_.read_only) return;
    state_.save = SaveStatus::saving;
    state_.save_error.clear();
    const std::string name = p->name;
    delete_partnership(number, p->revision, [this, number, name](WriteResult r) {
        if (!write_done(r)) return;
        state_.undo = AppState::Undo{r.change_id, number, name};
        state_.selected.reset();
        show(View::register_list);
        reload();
    });
}

void App::undo_remove() {
    if (!state_.undo) return;
    const AppState::Undo undo = *state_.undo;
    state_.save = SaveStatus::saving;
    restore_change(undo.change_id, [this, undo](WriteResult r) {
        if (!write_done(r)) return;
        state_.undo.reset();
        reload();
        open_detail(undo.number);
    });
}

bool App::frame() {
    clear_targets();
    set_ui_lang(state_.lang);
    presentation_.fit_scale();
    if (!theme_applied_ || applied_theme_ != state_.theme || applied_scale_ != ui_scale()) {
        apply_theme(state_.theme, ui_scale());
        applied_theme_ = state_.theme;
        applied_scale_ = ui_scale();
        theme_applied_ = true;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##main", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    if (presentation_.active()) {
        presentation_.draw(*this, [this] { draw_content(); });
    } else {
        draw_top_bar(*this, state_);
        draw_snapshot_banner(state_);
        draw_content();
    }
    editor_.draw(state_);
    ImGui::End();
    link_.frame(*this);
    return api_pending() > 0;
}

void App::draw_undo_banner() {
    if (!state_.undo) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_Header));
    const float h = ImGui::GetFrameHeight() + ImGui::GetStyle().WindowPadding.y * 2;
    ImGui::BeginChild("##undo", ImVec2(0, h), true, ImGuiWindowFlags_NoScrollbar);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(fill(t("ui.undo.deleted"), {std::to_string(state_.undo->number), state_.undo->name}).c_str());
    ImGui::SameLine();
    if (ImGui::Button(t("ui.undo.button"))) undo_remove();
    target("undo");
    ImGui::SameLine();
    if (ImGui::Button(t("ui.undo.dismiss"))) state_.undo.reset();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void App::draw_content() {
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::SetCursorPos(ImVec2(style.WindowPadding.x + 8, ImGui::GetCursorPosY() + 8));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24, 16));
    ImGui::BeginChild("##content", ImVec2(ImGui::GetContentRegionAvail().x - 8, 0), false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding);
    // Each view starts at its top; the content window is shared between them.
    if (state_.view != drawn_view_) ImGui::SetScrollY(0);
    drawn_view_ = state_.view;
    if (!state_.load_error.empty()) error_line(state_.load_error);
    if (!state_.loaded) {
        if (state_.load_error.empty()) muted(t("ui.loading"));
    } else {
        if (!data_drawn_) mark_when_drawn("swm-data-frame");
        data_drawn_ = true;
        draw_undo_banner();
        link_.draw_notice();
        presentation_.draw_notice();
        switch (state_.view) {
        case View::register_list: register_view_.draw(*this, state_); break;
        case View::detail: detail_view_.draw(*this, state_); break;
        case View::form: form_.draw(*this, state_); break;
        case View::analysis: analysis_view_.draw(*this, state_); break;
        case View::strategy: strategy_view_.draw(*this, state_); break;
        case View::council: calendar_view_.draw(*this, state_); break;
        case View::organisations: organisations_view_.draw(*this, state_); break;
        case View::organisation_form: organisation_form_.draw(*this, state_); break;
        case View::data: data_view_.draw(*this, state_); break;
        case View::about: about_view_.draw(*this, state_); break;
        case View::map:
            if (map.draw) map.draw(state_);
            break;
        }
    }
    content_overflow_ = ImGui::GetScrollMaxY();
    ImGui::EndChild();
    ImGui::PopStyleVar();
}

nlohmann::json App::state() const {
    const AppState& s = state_;
    nlohmann::json out = {
        {"frames", frames_drawn()},
        {"requests_done", requests_done_},
        {"requests_pending", api_pending()},
        {"version", encode_version_info(s.version)},
        {"load_error", s.load_error},
        {"loaded", s.loaded},
        {"view", view_code(s.view)},
        {"lang", s.lang == Lang::en ? "en" : "nl"},
        {"theme", s.theme == Theme::high_contrast ? "high_contrast" : "light"},
        {"read_only", s.read_only},
        {"peildatum", s.dataset.peildatum},
        {"save", save_code(s.save)},
        {"save_error", s.save_error},
        {"partnerships_loaded", s.dataset.partnerships.size()},
        {"organisations_loaded", s.dataset.organisations.size()},
        {"filter", encode_filter(s.filter)},
        {"selected", s.selected ? nlohmann::json(*s.selected) : nlohmann::json()},
        {"undo", s.undo ? nlohmann::json{{"change_id", s.undo->change_id}, {"number", s.undo->number}} : nlohmann::json()},
        {"register", register_view_.state(s)},
        {"detail", detail_view_.state()},
        {"form", form_.state()},
        {"analysis", analysis_view_.state(s)},
        {"strategy", strategy_view_.state(s)},
        {"council", calendar_view_.state(s)},
        {"organisations", organisations_view_.state()},
        {"organisation_form", organisation_form_.state()},
        {"data", data_view_.state()},
        {"about", about_view_.state()},
        {"editor", editor_.state()},
        {"map", map.state ? map.state() : nlohmann::json()},
        {"section", s.section},
        {"view_state", encode_view_state(view_state())},
        {"link", link_.state()},
        {"saved_views", saved_views_.state()},
        {"presentation", presentation_.state()},
        {"views_panel", views_panel_.state()},
        {"snapshot", encode_version_info(s.version).value("snapshot", nlohmann::json())},
        {"snapshot_banner", snapshot_banner_text(s)},
        {"text_input_active", ImGui::GetIO().WantTextInput},
        {"viewport", {ImGui::GetIO().DisplaySize.x, ImGui::GetIO().DisplaySize.y}},
        {"content_overflow", content_overflow_},
        {"targets", targets_json()},
        {"wrapped_fields", wrapped_fields_json()},
        {"text_overlay", text_overlay_id()},
    };
    return out;
}

} // namespace swm::web
