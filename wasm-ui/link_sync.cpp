#include "link_sync.h"

#include "app.h"
#include "ui_text.h"
#include "web_platform.h"
#include "widgets.h"

#include "core/text.h"
#include "core/view_link.h"

#include "imgui.h"

#include <emscripten.h>

#include <cstdlib>

namespace swm::web {
namespace {

// 0: the fragment with its '#', as the browser keeps it (percent-encoded);
// 1: the address without it.
EM_JS(char*, js_location, (int part), {
    var s = part === 0 ? location.hash : location.href.split("#")[0];
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

// Replaces rather than pushes: every filter click would otherwise be a step
// of the browser's Back button.
EM_JS(void, js_replace_fragment, (const char* fragment), {
    var f = UTF8ToString(fragment);
    history.replaceState(history.state, "", f ? "#" + f : location.pathname + location.search);
});

std::string location_part(int part) {
    char* p = js_location(part);
    std::string out = p ? p : "";
    std::free(p);
    return out;
}

} // namespace

void LinkSync::start() {
    pending_ = location_part(0);
    has_pending_ = true;
}

void LinkSync::fragment_changed() {
    const std::string now = location_part(0);
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
    js_replace_fragment(now.c_str());
}

void LinkSync::draw_notice() {
    if (error_.empty()) return;
    error_line(error_);
    ImGui::SameLine();
    if (link_button(t("ui.undo.dismiss"))) error_.clear();
    target("link.dismiss");
}

std::string LinkSync::url(const std::string& fragment) const { return location_part(1) + "#" + fragment; }

nlohmann::json LinkSync::state() const {
    return {{"fragment", written_}, {"error", error_}, {"waiting", waiting_ || has_pending_}};
}

} // namespace swm::web

// The bridge (assets/shell.html) reports the address's fragment changing.
extern "C" EMSCRIPTEN_KEEPALIVE void swm_fragment_changed() { swm::web::app().link().fragment_changed(); }
