#include "link_sync.h"

#include "app.h"
#include "ui_text.h"
#include "web_platform.h"
#include "widgets.h"

#include "core/text.h"
#include "core/view_link.h"

#include "imgui.h"

namespace swm::web {

void LinkSync::start() {
    pending_ = location_fragment();
    has_pending_ = true;
}

void LinkSync::fragment_changed() {
    const std::string now = location_fragment();
    if (now == "#" + written_) return;
    pending_ = now;
    has_pending_ = true;
    request_redraw();
}

void LinkSync::apply(App& app, const std::string& fragment) {
    error_.clear();
    const ViewLink link = parse_view_link(fragment, app.state_.dataset);
    if (!link.errors.empty()) {
        error_ = fill(t("ui.link.refused"), {link.errors.front().describe(ui_lang())});
        return;
    }
    if (link.kind != ViewLink::Kind::present && app.presentation().wanted()) app.presentation().stop(app);
    switch (link.kind) {
    case ViewLink::Kind::none: return;
    case ViewLink::Kind::state: app.apply_view_state(link.state); return;
    case ViewLink::Kind::present: app.presentation().start(app, link.id, link.slide); return;
    case ViewLink::Kind::saved: break;
    }
    waiting_ = true;
    const long long id = link.id;
    app.saved_views().load([this, &app, id] {
        waiting_ = false;
        const SavedView* v = app.saved_views().find(id);
        if (v && v->kind == SavedViewKind::view) app.apply_view_state(v->state);
        else error_ = fill(t("ui.link.no_saved_view"), {std::to_string(id)});
        request_redraw();
    });
}

void LinkSync::frame(App& app) {
    if (!app.state_.loaded) return;
    if (has_pending_ && !waiting_) {
        has_pending_ = false;
        apply(app, pending_);
    }
    if (waiting_ || has_pending_) return;
    Presentation& deck = app.presentation();
    const std::string now = deck.wanted() ? deck.link() : view_link(encode_view_state(app.view_state()));
    if (now == written_) return;
    written_ = now;
    replace_fragment(now);
}

void LinkSync::draw_notice() {
    if (error_.empty()) return;
    error_line(error_);
    ImGui::SameLine();
    if (link_button(t("ui.undo.dismiss"))) error_.clear();
    target("link.dismiss");
}

std::string LinkSync::url(const std::string& fragment) const { return location_without_fragment() + "#" + fragment; }

nlohmann::json LinkSync::state() const {
    return {{"fragment", written_}, {"error", error_}, {"waiting", waiting_ || has_pending_}};
}

} // namespace swm::web
