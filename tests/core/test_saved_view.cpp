// Saved views and decks: what the UI may store and what it gets refused.
#include "core/saved_view.h"
#include "core/deck.h"
#include "core/view_state.h"
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

TEST_CASE("a saved view needs a name and a known kind and errors are named from its root") {
    const Dataset& d = test::default_dataset();
    CHECK(validate_saved_view({{"name", "Kaart"}, {"kind", "view"}, {"state", {{"view", "map"}}}}, d, {}).empty());
    CHECK(has_error(validate_saved_view({{"name", ""}, {"state", {{"view", "map"}}}}, d, {}), "name", "validation.name_missing"));
    CHECK(has_error(validate_saved_view({{"name", "x"}, {"kind", "dia"}, {"state", {{"view", "map"}}}}, d, {}), "kind",
                    "validation.unknown_view_kind"));
    CHECK(has_error(validate_saved_view({{"name", "x"}, {"state", {{"view", "x"}}}}, d, {}), "state.view", "validation.unknown_view"));
    CHECK(has_error(validate_saved_view({{"name", "x"}, {"kind", "deck"}, {"state", {{"slides", json::array()}}}}, d, {}),
                    "state.slides", "validation.deck_empty"));
}

namespace view_state_tests {

TEST_CASE("a view state as core writes it reads back the same and passes the rules") {
    ViewState s;
    s.view = "map";
    s.filter.scales = {Scale::twente, std::nullopt};
    s.filter.stated_only = true;
    s.selected = 4;
    s.map = MapViewState{MapColour::choropleth, 2.5, std::array<double, 2>{240.5, 470.25}, {"Zt", "none"}};
    s.compare = 1;
    s.section = "legal_form";
    const json j = encode_view_state(s);
    CHECK(validate_view_state(j, test::default_dataset()).empty());
    const Decoded<ViewState> back = decode_view_state(j);
    REQUIRE(back.ok());
    CHECK(back.value == s);
    // What is not set is not written: a link stays short.
    CHECK(encode_view_state(ViewState{}) == json{{"view", "register"}});
}

TEST_CASE("a view state with a wrong shape is refused with the field") {
    CHECK(!decode_view_state(json{{"filter", json::object()}}).ok());  // no view
    const Decoded<ViewState> bad = decode_view_state(json{{"view", "map"}, {"map", {{"colour", "regenboog"}}}});
    REQUIRE(!bad.ok());
    CHECK(bad.errors.front().field == "map.colour");
    CHECK(!decode_view_state(json{{"view", "map"}, {"zoom", 2}}).ok());  // zoom belongs to the map
}

} // namespace view_state_tests

namespace deck_tests {

TEST_CASE("a deck as core writes it reads back the same and a slide without its view is refused") {
    const Deck d{{{"Wat we samen doen", 3}, {"De kaart", 7}}};
    const Decoded<Deck> back = decode_deck(encode_deck(d));
    REQUIRE(back.ok());
    CHECK(back.value == d);
    CHECK(validate_deck(encode_deck(d), {3, 7}).empty());
    const Decoded<Deck> bad = decode_deck(json{{"slides", {{{"title", "Zonder beeld"}}}}});
    REQUIRE(!bad.ok());
    CHECK(bad.errors.front().field == "slides[0].view_id");
}

} // namespace deck_tests
