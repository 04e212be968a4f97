#include "presentation.h"

#include "app.h"
#include "fonts.h"
#include "theme.h"
#include "ui_text.h"
#include "web_platform.h"
#include "widgets.h"

#include "core/deck.h"
#include "core/text.h"
#include "core/view_link.h"

#include "imgui.h"

#include <algorithm>
#include <cmath>

namespace swm::web {
namespace {

// The UI's body font is 17 px at scale 1 (fonts.cpp).
constexpr float kDefaultBodyPx = 17.0f;

// DOM key codes of the presenter's keys.
bool is_next(int code) { return code == 39 || code == 40 || code == 34 || code == 32 || code == 13; }
bool is_previous(int code) { return code == 37 || code == 38 || code == 33; }
bool is_blank(int code) { return code == 66 || code == 190 || code == 110; }  // B, '.', numpad '.'

} // namespace

void Presentation::start(App& app, long long deck_id, int slide) {
    if (!wanted()) before_ = app.view_state();
    starting_ = true;
    error_.clear();
    deck_id_ = deck_id;
    index_ = std::max(slide, 1) - 1;
    app.saved_views().load([this, &app, deck_id, slide] { begin(app, deck_id, slide); });
}

void Presentation::begin(App& app, long long deck_id, int slide) {
    starting_ = false;
    const SavedViews& views = app.saved_views();
    const SavedView* deck = deck_id ? views.find(deck_id) : views.first_deck();
    const Decoded<Deck> parsed = deck && deck->kind == SavedViewKind::deck ? decode_deck(deck->state) : Decoded<Deck>{};
    if (!deck || deck->kind != SavedViewKind::deck || !parsed.ok()) {
        error_ = views.error().empty() ? fill(t("ui.present.no_deck"), {std::to_string(deck_id)}) : views.error();
        request_redraw();
        return;
    }
    deck_id_ = deck->id;
    deck_name_ = deck->name;
    slides_.clear();
    for (const auto& s : parsed.value.slides) {
        const SavedView* v = views.find(s.view_id);
        std::optional<ViewState> state;
        if (v && v->kind == SavedViewKind::view) {
            Decoded<ViewState> d = decode_view_state(v->state);
            if (d.ok()) state = std::move(d.value);
        }
        slides_.push_back({s.title, std::move(state)});
    }
    if (slides_.empty()) {
        error_ = fill(t("ui.present.no_deck"), {std::to_string(deck_id)});
        return;
    }
    active_ = true;
    fit_scale();
    app.state_.presenting = true;
    set_key_handler([this, &app](int code) { return key(app, code); });
    set_fullscreen(true);  // may be refused without a user gesture; F asks again
    go(app, slide - 1);
}

void Presentation::stop(App& app) {
    const bool was_active = active_;
    active_ = false;
    starting_ = false;
    blank_ = false;
    app.state_.presenting = false;
    set_key_handler({});
    set_ui_scale(1.0f);
    if (fullscreen_) set_fullscreen(false);
    if (was_active && before_) app.apply_view_state(*before_);
    request_redraw();
}

void Presentation::go(App& app, int index) {
    index_ = std::clamp(index, 0, int(slides_.size()) - 1);
    blank_ = false;
    const Slide& s = slides_[std::size_t(index_)];
    if (s.state) app.apply_view_state(*s.state);
    request_redraw();
}

bool Presentation::key(App& app, int code) {
    if (!active_) return false;
    // A blanked screen comes back on the slide it left, whichever key.
    if (blank_ && (is_next(code) || is_previous(code) || is_blank(code))) {
        blank_ = false;
        return true;
    }
    if (is_next(code)) go(app, index_ + 1);
    else if (is_previous(code)) go(app, index_ - 1);
    else if (code == 36) go(app, 0);                        // Home
    else if (code == 35) go(app, int(slides_.size()) - 1);  // End
    else if (is_blank(code)) blank_ = true;
    else if (code == 72) app.state_.theme = app.state_.theme == Theme::high_contrast ? Theme::light : Theme::high_contrast;
    else if (code == 70) set_fullscreen(true);  // F: inside the key event, so the browser allows it
    else if (code == 27) stop(app);         // Esc (in full screen the browser takes it: fullscreen_changed)
    else return false;
    return true;
}

void Presentation::fullscreen_changed(App& app, bool on) {
    const bool left = fullscreen_ && !on;
    fullscreen_ = on;
    // Esc in full screen reaches only the browser, which leaves full screen.
    if (left && active_) stop(app);
    request_redraw();
}

void Presentation::fit_scale() const {
    if (!active_) return;
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    const float room = std::max(1.0f, std::min(size.x / 1024.0f, size.y / 768.0f));
    const float scale = std::min(room * kPresentationBodyPx / kDefaultBodyPx, 3.0f);
    if (std::abs(scale - ui_scale()) > 0.01f) set_ui_scale(scale);
}

void Presentation::draw(App& app, const std::function<void()>& content) {
    const ImVec2 p0 = ImGui::GetWindowPos();
    const ImVec2 size = ImGui::GetWindowSize();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (blank_) {  // over everything, the window's border included
        ImGui::GetForegroundDrawList()->AddRectFilled(p0, ImVec2(p0.x + size.x, p0.y + size.y), IM_COL32(0, 0, 0, 255));
        return;
    }
    const float font = ImGui::GetFontSize();
    // The title lines up with the view below it (App::draw_content's margins).
    const float pad = ImGui::GetStyle().WindowPadding.x + 8 + 24;
    const Slide& slide = slides_[std::size_t(index_)];
    ImGui::SetCursorScreenPos(ImVec2(p0.x + pad, p0.y + font * 0.9f));
    ImGui::PushFont(fonts().title);
    ImGui::PushTextWrapPos(size.x - pad);
    ImGui::TextUnformatted(slide.title.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    target("presentation.title");
    const float rule_y = ImGui::GetItemRectMax().y + font * 0.45f;
    dl->AddRectFilled(ImVec2(p0.x + pad, rule_y), ImVec2(p0.x + pad + font * 4, rule_y + font * 0.18f), palette().accent);

    const float footer_h = font * 2.2f;
    ImGui::SetCursorScreenPos(ImVec2(p0.x, rule_y + font * 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild("##slide", ImVec2(size.x, p0.y + size.y - footer_h - ImGui::GetCursorScreenPos().y), false,
                      ImGuiWindowFlags_NoScrollbar);
    ImGui::PopStyleVar();
    if (slide.state) content();
    else {
        ImGui::SetCursorPos(ImVec2(pad, font));
        muted(t("ui.present.view_gone"));
    }
    ImGui::EndChild();
    draw_corner(app, pad);
}

void Presentation::draw_corner(App& app, float pad) {
    const ImVec2 p0 = ImGui::GetWindowPos();
    const ImVec2 size = ImGui::GetWindowSize();
    const float line = ImGui::GetTextLineHeight();
    const float y = p0.y + size.y - line - ImGui::GetFontSize() * 0.7f;
    const std::string corner = fill(t("ui.present.corner"), {std::to_string(index_ + 1), std::to_string(slides_.size()),
                                                             format_peildatum(app.state_.dataset.peildatum)});
    const float corner_x = p0.x + size.x - pad - ImGui::CalcTextSize(corner.c_str()).x;
    ImGui::SetCursorScreenPos(ImVec2(corner_x, y));
    ImGui::TextUnformatted(corner.c_str());
    target("presentation.corner");
    // Left: the deck, or the keys while the presenter still sees a window,
    // where they leave room for the corner.
    const char* left = fullscreen_ ? deck_name_.c_str() : t("ui.present.keys");
    if (p0.x + pad + ImGui::CalcTextSize(left).x + ImGui::GetFontSize() > corner_x) return;
    ImGui::SetCursorScreenPos(ImVec2(p0.x + pad, y));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().muted));
    ImGui::TextUnformatted(left);
    ImGui::PopStyleColor();
}

void Presentation::draw_notice() {
    if (error_.empty()) return;
    error_line(error_);
    ImGui::SameLine();
    if (link_button(t("ui.undo.dismiss"))) error_.clear();
}

std::string Presentation::link() const { return present_link(deck_id_, index_ + 1); }

nlohmann::json Presentation::state() const {
    const bool has_slide = active_ && index_ < int(slides_.size());
    return {{"active", active_},
            {"starting", starting_},
            {"deck_id", deck_id_},
            {"deck", deck_name_},
            {"slide", index_ + 1},
            {"slides", slides_.size()},
            {"title", has_slide ? slides_[std::size_t(index_)].title : ""},
            {"blank", blank_},
            {"fullscreen", fullscreen_},
            {"error", error_},
            {"ui_scale", ui_scale()},
            {"body_px", std::round(kDefaultBodyPx * ui_scale() * 10) / 10}};
}

} // namespace swm::web
