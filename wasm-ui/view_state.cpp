// App::view_state and App::apply_view_state: what is on screen as the view
// state of core/saved_view.h (stored as saved views, carried by the URL
// fragment), and the screen made from one.
#include "app.h"

#include "web_platform.h"

#include "core/json_codec.h"

namespace swm::web {
namespace {

using nlohmann::json;

struct ViewCode {
    View view;
    const char* code;
};
constexpr ViewCode kViews[] = {{View::register_list, "register"}, {View::detail, "detail"}, {View::analysis, "analysis"},
                               {View::map, "map"}, {View::strategy, "strategy"}, {View::council, "council"}};

// Only the filters that are set: a saved state stays short and readable.
json compact_filter(const PartnershipFilter& f) {
    json out = json::object();
    const json all = encode_filter(f);
    for (const auto& [key, value] : all.items()) {
        const bool set = value.is_array()     ? !value.empty()
                         : value.is_boolean() ? value.get<bool>()
                                              : value.is_string() && !value.get<std::string>().empty();
        if (set) out[key] = value;
    }
    return out;
}

} // namespace

json App::view_state() const {
    const AppState& s = state_;
    // The form is no view of its own: a link to it opens what is being edited.
    View v = s.view == View::form ? (s.selected ? View::detail : View::register_list) : s.view;
    if (v == View::detail && !s.selected) v = View::register_list;
    json out = json::object();
    for (const auto& c : kViews)
        if (c.view == v) out["view"] = c.code;
    if (!s.filter.empty()) out["filter"] = compact_filter(s.filter);
    if (s.selected) out["selected"] = *s.selected;
    if (!s.section.empty()) out["section"] = s.section;
    if (v == View::analysis && analysis_view_.comparison().chosen() != 0) out["compare"] = analysis_view_.comparison().chosen();
    if (v == View::map && map.view) out["map"] = map.view();
    return out;
}

void App::apply_view_state(const json& st) {
    AppState& s = state_;
    const std::string code = st.value("view", "register");
    s.view = View::register_list;
    for (const auto& c : kViews)
        if (code == c.code) s.view = c.view;
    const Decoded<PartnershipFilter> f = decode_filter(st.value("filter", json::object()));
    s.filter = f.ok() ? f.value : PartnershipFilter{};
    s.selected.reset();
    if (st.contains("selected") && st["selected"].is_number_integer()) s.selected = st["selected"].get<int>();
    s.section = st.value("section", "");
    const json compare = st.value("compare", json());
    analysis_view_.comparison().choose(compare.is_number_integer() ? compare.get<long long>() : 0);
    if (map.apply) map.apply(st.value("map", json::object()));
    if (s.view == View::detail) {
        if (s.selected) detail_view_.open(*s.selected);
        else s.view = View::register_list;
    }
    request_redraw();
}

} // namespace swm::web
