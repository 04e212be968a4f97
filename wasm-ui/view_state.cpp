// App::view_state and App::apply_view_state: what is on screen as the view
// state of core/view_state.h (stored as saved views, carried by the URL
// fragment), and the screen made from one.
#include "app.h"

#include "web_platform.h"

namespace swm::web {
namespace {

struct ViewCode {
    View view;
    const char* code;
};
constexpr ViewCode kViews[] = {{View::register_list, "register"}, {View::detail, "detail"}, {View::analysis, "analysis"},
                               {View::map, "map"}, {View::strategy, "strategy"}, {View::council, "council"}};

} // namespace

ViewState App::view_state() const {
    const AppState& s = state_;
    // The form is no view of its own: a link to it opens what is being
    // edited. The organisations and data screens have no saved-view code
    // (yet): their links open the register.
    View v = s.view == View::form ? (s.selected ? View::detail : View::register_list) : s.view;
    if (v == View::organisations || v == View::organisation_form || v == View::data || v == View::about)
        v = View::register_list;
    if (v == View::detail && !s.selected) v = View::register_list;
    ViewState out;
    for (const auto& c : kViews)
        if (c.view == v) out.view = c.code;
    out.filter = s.filter;
    out.selected = s.selected;
    out.section = s.section;
    if (v == View::analysis && analysis_view_.comparison().chosen() != 0) out.compare = analysis_view_.comparison().chosen();
    if (v == View::map && map.view) out.map = map.view();
    return out;
}

void App::apply_view_state(const ViewState& st) {
    AppState& s = state_;
    s.view = View::register_list;
    for (const auto& c : kViews)
        if (st.view == c.code) s.view = c.view;
    s.filter = st.filter;
    s.selected = st.selected;
    s.section = st.section;
    analysis_view_.comparison().choose(st.compare.value_or(0));
    if (map.apply) map.apply(st.map.value_or(MapViewState{}));
    if (s.view == View::detail) {
        if (s.selected) detail_view_.open(*s.selected);
        else s.view = View::register_list;
    }
    request_redraw();
}

void App::apply_view_state(const nlohmann::json& st) {
    // A state that does not decode (a hand-edited link, a newer monitor's
    // view) opens the register rather than half of it.
    const Decoded<ViewState> decoded = decode_view_state(st);
    apply_view_state(decoded.ok() ? decoded.value : ViewState{});
}

} // namespace swm::web
