// Saved views and decks: what the UI may store and what it gets refused.
#include "core/saved_view.h"
#include "default_dataset.h"

#include <catch2/catch.hpp>

using namespace swm;
using nlohmann::json;

namespace {
bool has_error(const ValidationErrors& errors, const std::string& field, const std::string& key) {
    for (const auto& e : errors) {
        if (e.field == field && e.key == key) return true;
    }
    return false;
}
} // namespace

TEST_CASE("a view state names its view and may carry filter, selection, map and comparison") {
    const Dataset& d = test::default_dataset();
    CHECK(validate_view_state({{"view", "register"}}, d).empty());
    CHECK(validate_view_state({{"view", "map"},
                               {"filter", {{"layer", {"beleid"}}, {"organisation", {"GM0164"}}}},
                               {"selected", 24},
                               {"map", {{"colour", "choropleth"}, {"zoom", 2.5}, {"center", {6.6, 52.2}}, {"hidden_scales", {"A", "none"}}}},
                               {"compare", 1},
                               {"section", "legal_form"}},
                              d)
              .empty());
    CHECK(has_error(validate_view_state(json::object(), d), "view", "validation.missing_field"));
    CHECK(has_error(validate_view_state({{"view", "kaart"}}, d), "view", "validation.unknown_view"));
    CHECK(has_error(validate_view_state({{"view", "map"}, {"zoom", 2}}, d), "zoom", "validation.unknown_field"));
    CHECK(has_error(validate_view_state({{"view", "register"}, {"filter", {{"scale", {"XX"}}}}}, d), "filter.scale[0]",
                    "validation.unknown_scale"));
    CHECK(has_error(validate_view_state({{"view", "register"}, {"filter", {{"organisation", {"nergens"}}}}}, d),
                    "filter.organisation", "validation.unknown_organisation"));
    CHECK(has_error(validate_view_state({{"view", "map"}, {"map", {{"zoom", 1e9}}}}, d), "map.zoom", "validation.number_out_of_range"));
    CHECK(has_error(validate_view_state({{"view", "map"}, {"map", {{"hidden_scales", {"Q"}}}}}, d), "map.hidden_scales[0]",
                    "validation.unknown_scale"));
    CHECK(has_error(validate_view_state({{"view", "detail"}, {"selected", "24"}}, d), "selected", "validation.expected_integer"));
}

TEST_CASE("a deck is a non-empty list of titled slides, each a saved view that exists") {
    const std::vector<long long> ids = {1, 2};
    CHECK(validate_deck({{"slides", {{{"title", "Kaart"}, {"view_id", 1}}, {{"title", "Rechtsvormen"}, {"view_id", 2}}}}}, ids).empty());
    CHECK(has_error(validate_deck({{"slides", json::array()}}, ids), "slides", "validation.deck_empty"));
    CHECK(has_error(validate_deck({{"slides", {{{"title", "x"}, {"view_id", 9}}}}}, ids), "slides[0].view_id",
                    "validation.unknown_saved_view"));
    CHECK(has_error(validate_deck({{"slides", {{{"title", "  "}, {"view_id", 1}}}}}, ids), "slides[0].title", "validation.name_missing"));
}

TEST_CASE("a saved view needs a name and a known kind; errors are named from its root") {
    const Dataset& d = test::default_dataset();
    CHECK(validate_saved_view({{"name", "Kaart"}, {"kind", "view"}, {"state", {{"view", "map"}}}}, d, {}).empty());
    CHECK(has_error(validate_saved_view({{"name", ""}, {"state", {{"view", "map"}}}}, d, {}), "name", "validation.name_missing"));
    CHECK(has_error(validate_saved_view({{"name", "x"}, {"kind", "dia"}, {"state", {{"view", "map"}}}}, d, {}), "kind",
                    "validation.unknown_view_kind"));
    CHECK(has_error(validate_saved_view({{"name", "x"}, {"state", {{"view", "x"}}}}, d, {}), "state.view", "validation.unknown_view"));
    CHECK(has_error(validate_saved_view({{"name", "x"}, {"kind", "deck"}, {"state", {{"slides", json::array()}}}}, d, {}),
                    "state.slides", "validation.deck_empty"));
}
