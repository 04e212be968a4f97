#include "core/view_state.h"

#include "core/json_fields.h"

namespace swm {

using nlohmann::json;

namespace {

// Only the filters that are set.
json compact_filter(const PartnershipFilter& f) {
    json out = json::object();
    const json all = encode_filter(f);  // items() refers to it: it must outlive the loop
    for (const auto& [key, value] : all.items()) {
        const bool set = value.is_array()     ? !value.empty()
                         : value.is_boolean() ? value.get<bool>()
                                              : value.is_string() && !value.get<std::string>().empty();
        if (set) out[key] = value;
    }
    return out;
}

json encode_map(const MapViewState& m) {
    json out = {{"colour", std::string(to_code(m.colour))}};
    if (!m.hidden_scales.empty()) out["hidden_scales"] = m.hidden_scales;
    if (m.zoom) out["zoom"] = *m.zoom;
    if (m.center) out["center"] = {(*m.center)[0], (*m.center)[1]};
    return out;
}

// A number, or an error at `path`.
std::optional<double> number(const json& v, const std::string& path, jsonf::Object& o) {
    if (v.is_number()) return v.get<double>();
    o.error(path, "validation.number_out_of_range");
    return std::nullopt;
}

void read_map(jsonf::Object& o, MapViewState& m) {
    o.code("colour", m.colour);
    o.texts("hidden_scales", m.hidden_scales);
    if (const json* z = o.get("zoom")) m.zoom = number(*z, o.path("zoom"), o);
    if (const json* c = o.get("center")) {
        if (!c->is_array() || c->size() != 2) return o.error(o.path("center"), "validation.number_out_of_range");
        const auto x = number((*c)[0], o.path("center"), o), y = number((*c)[1], o.path("center"), o);
        if (x && y) m.center = std::array<double, 2>{*x, *y};
    }
}

} // namespace

json encode_view_state(const ViewState& s) {
    json out = {{"view", s.view}};
    if (!s.filter.empty()) out["filter"] = compact_filter(s.filter);
    if (s.selected) out["selected"] = *s.selected;
    if (s.map) out["map"] = encode_map(*s.map);
    if (s.compare) out["compare"] = *s.compare;
    if (!s.section.empty()) out["section"] = s.section;
    return out;
}

Decoded<ViewState> decode_view_state(const json& j) {
    Decoded<ViewState> out;
    ViewState& s = out.value;
    {
        // Unknown keys are reported when `o` goes out of scope.
        jsonf::Object o(out.errors, j, "");
        o.text("view", s.view, true);
        if (const json* f = o.get("filter")) {
            Decoded<PartnershipFilter> filter = decode_filter(*f);
            for (auto& e : filter.errors) o.error(join_path("filter", e.field), e.key, e.detail);
            s.filter = std::move(filter.value);
        }
        if (const json* sel = o.get("selected"); sel && !sel->is_null()) {
            if (sel->is_number_integer()) s.selected = sel->get<int>();
            else o.error("selected", "validation.expected_integer");
        }
        o.object("map", [&](jsonf::Object& m) { read_map(m, s.map.emplace()); });
        if (const json* c = o.get("compare"); c && !c->is_null()) {
            if (c->is_number_integer()) s.compare = c->get<int64_t>();
            else o.error("compare", "validation.expected_integer");
        }
        o.text("section", s.section);
    }
    return out;
}

} // namespace swm
