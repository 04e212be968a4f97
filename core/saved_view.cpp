#include "core/saved_view.h"

#include "core/json_codec.h"
#include "core/text.h"
#include "core/validation.h"

#include <algorithm>
#include <cmath>
#include <string_view>

namespace swm {
namespace {

using nlohmann::json;

bool is_view_code(const std::string& code) {
    return std::any_of(std::begin(kViewCodes), std::end(kViewCodes), [&](const char* c) { return code == c; });
}

void unknown_keys(const json& object, std::initializer_list<std::string_view> known, const std::string& base,
                  ValidationErrors& errors) {
    for (const auto& [key, value] : object.items()) {
        if (std::find(known.begin(), known.end(), key) == known.end())
            errors.push_back({join_path(base, key), "validation.unknown_field", key});
    }
}

void check_text(const json& v, const std::string& field, std::size_t max, bool required, ValidationErrors& errors) {
    if (!v.is_string()) {
        errors.push_back({field, "validation.expected_string", ""});
        return;
    }
    const std::string& s = v.get_ref<const std::string&>();
    if (!is_valid_utf8(s)) errors.push_back({field, "validation.expected_string", ""});
    else if (required && is_blank(s)) errors.push_back({field, "validation.name_missing", ""});
    else if (utf8_length(s) > max) errors.push_back({field, "validation.text_too_long", std::to_string(max)});
}

void check_map(const json& map, const std::string& base, ValidationErrors& errors) {
    if (!map.is_object()) {
        errors.push_back({base, "validation.expected_object", ""});
        return;
    }
    unknown_keys(map, {"colour", "zoom", "center", "hidden_scales"}, base, errors);
    if (map.contains("colour")) {
        const json& c = map["colour"];
        if (!c.is_string() || (c != "scale" && c != "choropleth"))
            errors.push_back({join_path(base, "colour"), "validation.unknown_view_option", c.is_string() ? c.get<std::string>() : ""});
    }
    if (map.contains("zoom")) {
        const json& z = map["zoom"];
        if (!z.is_number() || !std::isfinite(z.get<double>()) || z.get<double>() < 0.1 || z.get<double>() > 1000)
            errors.push_back({join_path(base, "zoom"), "validation.number_out_of_range", ""});
    }
    if (map.contains("center")) {
        const json& c = map["center"];
        const bool ok = c.is_array() && c.size() == 2 && c[0].is_number() && c[1].is_number() &&
                        std::isfinite(c[0].get<double>()) && std::isfinite(c[1].get<double>());
        if (!ok) errors.push_back({join_path(base, "center"), "validation.number_out_of_range", ""});
    }
    if (map.contains("hidden_scales")) {
        // The filter's decoder knows the scale codes, "none" included.
        const Decoded<PartnershipFilter> scales = decode_filter(json{{"scale", map["hidden_scales"]}});
        for (auto e : scales.errors) {
            e.field = join_path(base, "hidden_scales") + e.field.substr(std::min(e.field.size(), std::string("scale").size()));
            errors.push_back(e);
        }
    }
}

void check_integer_or_null(const json& v, const std::string& field, ValidationErrors& errors) {
    if (!v.is_null() && !v.is_number_integer()) errors.push_back({field, "validation.expected_integer", ""});
}

} // namespace

ValidationErrors validate_view_state(const json& state, const Dataset& dataset) {
    ValidationErrors errors;
    if (!state.is_object()) return {{"", "validation.expected_object", ""}};
    unknown_keys(state, {"view", "filter", "selected", "map", "compare", "section"}, "", errors);
    if (!state.contains("view")) {
        errors.push_back({"view", "validation.missing_field", ""});
    } else if (!state["view"].is_string() || !is_view_code(state["view"].get<std::string>())) {
        errors.push_back({"view", "validation.unknown_view", state["view"].is_string() ? state["view"].get<std::string>() : ""});
    }
    if (state.contains("filter")) {
        const Decoded<PartnershipFilter> f = decode_filter(state["filter"]);
        for (auto e : f.errors) {
            e.field = join_path("filter", e.field);
            errors.push_back(e);
        }
        for (const auto& id : f.value.organisations) {
            if (!dataset.organisation(id)) errors.push_back({"filter.organisation", "validation.unknown_organisation", id});
        }
    }
    if (state.contains("selected")) check_integer_or_null(state["selected"], "selected", errors);
    if (state.contains("compare")) check_integer_or_null(state["compare"], "compare", errors);
    if (state.contains("section")) check_text(state["section"], "section", kMaxIdLength, false, errors);
    if (state.contains("map")) check_map(state["map"], "map", errors);
    return errors;
}

ValidationErrors validate_deck(const json& deck, const std::vector<long long>& view_ids) {
    if (!deck.is_object()) return {{"", "validation.expected_object", ""}};
    ValidationErrors errors;
    unknown_keys(deck, {"slides"}, "", errors);
    const json slides = deck.value("slides", json());
    if (!slides.is_array() || slides.empty()) {
        errors.push_back({"slides", "validation.deck_empty", ""});
        return errors;
    }
    for (std::size_t i = 0; i < slides.size(); ++i) {
        const std::string base = index_path("slides", i);
        const json& s = slides[i];
        if (!s.is_object()) {
            errors.push_back({base, "validation.expected_object", ""});
            continue;
        }
        unknown_keys(s, {"title", "view_id"}, base, errors);
        check_text(s.value("title", json()), join_path(base, "title"), kMaxNameLength, true, errors);
        const json id = s.value("view_id", json());
        if (!id.is_number_integer()) {
            errors.push_back({join_path(base, "view_id"), "validation.expected_integer", ""});
        } else if (std::find(view_ids.begin(), view_ids.end(), id.get<long long>()) == view_ids.end()) {
            errors.push_back({join_path(base, "view_id"), "validation.unknown_saved_view", std::to_string(id.get<long long>())});
        }
    }
    return errors;
}

ValidationErrors validate_saved_view(const json& saved, const Dataset& dataset, const std::vector<long long>& view_ids) {
    if (!saved.is_object()) return {{"", "validation.expected_object", ""}};
    ValidationErrors errors;
    unknown_keys(saved, {"id", "name", "kind", "state", "revision"}, "", errors);
    check_text(saved.value("name", json()), "name", kMaxNameLength, true, errors);
    const json kind = saved.value("kind", json("view"));
    if (kind != "view" && kind != "deck") {
        errors.push_back({"kind", "validation.unknown_view_kind", kind.is_string() ? kind.get<std::string>() : ""});
        return errors;
    }
    if (!saved.contains("state")) {
        errors.push_back({"state", "validation.missing_field", ""});
        return errors;
    }
    ValidationErrors inner = kind == "deck" ? validate_deck(saved["state"], view_ids) : validate_view_state(saved["state"], dataset);
    for (auto& e : inner) {
        e.field = join_path("state", e.field);
        errors.push_back(std::move(e));
    }
    return errors;
}

} // namespace swm

namespace swm {

std::vector<int64_t> SavedView::slide_view_ids() const {
    std::vector<int64_t> ids;
    if (kind != SavedViewKind::deck || !state.is_object()) return ids;
    const auto slides = state.find("slides");
    if (slides == state.end() || !slides->is_array()) return ids;
    for (const auto& s : *slides) {
        if (s.is_object() && s.contains("view_id") && s["view_id"].is_number_integer()) ids.push_back(s["view_id"].get<int64_t>());
    }
    return ids;
}

} // namespace swm
