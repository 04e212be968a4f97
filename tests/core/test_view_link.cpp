// The URL fragment: a view state written as a readable link and read back
// the same, references to saved views and decks, and broken links refused.
#include "core/view_link.h"
#include "default_dataset.h"

#include <catch2/catch.hpp>

using namespace swm;
using nlohmann::json;

TEST_CASE("a view state becomes a readable fragment and reads back the same") {
    const Dataset& d = test::default_dataset();
    const json state = {{"view", "map"},
                        {"section", "legal_form"},
                        {"selected", 24},
                        {"filter", {{"scale", {"MT", "Tw+A"}}, {"layer", {"beleid"}}, {"q", "jeugd & zorg"}}},
                        {"compare", 1},
                        {"map", {{"colour", "choropleth"}, {"zoom", 2.5}, {"center", {240.5, 472.25}}, {"hidden_scales", {"Tw", "none"}}}}};
    const std::string link = view_link(state);
    CHECK(link == "view=map&section=legal_form&selected=24&scale=MT&scale=Tw+A&layer=beleid&q=jeugd%20%26%20zorg"
                  "&compare=1&colour=choropleth&zoom=2.5&center=240.50,472.25&hide=Tw&hide=none");
    const ViewLink back = parse_view_link("#" + link, d);
    REQUIRE(back.errors.empty());
    CHECK(back.kind == ViewLink::Kind::state);
    CHECK(back.state["view"] == "map");
    CHECK(back.state["selected"] == 24);
    CHECK(back.state["filter"]["scale"] == json({"MT", "Tw+A"}));
    CHECK(back.state["filter"]["q"] == "jeugd & zorg");
    CHECK(back.state["map"]["zoom"] == 2.5);
    CHECK(back.state["map"]["center"] == json({240.5, 472.25}));
    CHECK(back.state["map"]["hidden_scales"] == json({"Tw", "none"}));
    // Written again, the link is the same: a copied link keeps its screen.
    CHECK(view_link(back.state) == link);
}

TEST_CASE("a map centre of any size is written whole, so the link reads back as the same place") {
    const Dataset& d = test::default_dataset();
    const std::string far(120, '7');
    const ViewLink first = parse_view_link("view=map&center=" + far + ",47235", d);
    REQUIRE(first.errors.empty());
    const std::string link = view_link(first.state);
    CHECK(link.size() > far.size());  // every digit, not the first forty
    const ViewLink again = parse_view_link(link, d);
    CHECK(again.state["map"]["center"] == first.state["map"]["center"]);
    CHECK(view_link(again.state) == link);
}

TEST_CASE("Dutch text in a link is percent-encoded UTF-8") {
    const Dataset& d = test::default_dataset();
    const std::string link = view_link({{"view", "register"}, {"filter", {{"q", "financiën"}}}});
    CHECK(link == "view=register&q=financi%C3%ABn");
    CHECK(parse_view_link(link, d).state["filter"]["q"] == "financiën");
}

TEST_CASE("an empty search or section in a link is none: the link opens the same screen as one without it") {
    // Found by fuzzing (tests/fuzz/corpus/view_link/crash-empty-filter-value).
    const Dataset& d = test::default_dataset();
    const ViewLink empty = parse_view_link("#view=register&q=", d);
    REQUIRE(empty.errors.empty());
    CHECK(empty.state == parse_view_link("#view=register", d).state);
    CHECK(view_link(empty.state) == "view=register");
    // The same for an empty section (tests/fuzz/corpus/view_link/crash-empty-section).
    const ViewLink no_section = parse_view_link("#view=map&section=", d);
    REQUIRE(no_section.errors.empty());
    CHECK(no_section.state == parse_view_link("#view=map", d).state);
}

TEST_CASE("links to a saved view and to a deck") {
    const Dataset& d = test::default_dataset();
    ViewLink l = parse_view_link("#saved=3", d);
    CHECK(l.kind == ViewLink::Kind::saved);
    CHECK(l.id == 3);
    l = parse_view_link("present", d);
    CHECK(l.kind == ViewLink::Kind::present);
    CHECK(l.id == 0);
    CHECK(l.slide == 1);
    l = parse_view_link(present_link(7, 4), d);
    CHECK(l.kind == ViewLink::Kind::present);
    CHECK(l.id == 7);
    CHECK(l.slide == 4);
    CHECK(present_link(0, 1) == "present");
    CHECK(saved_view_link(12) == "saved=12");
    CHECK(parse_view_link("", d).kind == ViewLink::Kind::none);
    CHECK(parse_view_link("#", d).errors.empty());
}

TEST_CASE("a broken link is refused with what is wrong, and opens nothing") {
    const Dataset& d = test::default_dataset();
    auto refused = [&](const std::string& fragment, const std::string& field, const std::string& key) {
        const ViewLink l = parse_view_link(fragment, d);
        CHECK(l.kind == ViewLink::Kind::none);
        bool found = false;
        for (const auto& e : l.errors) found = found || (e.field == field && e.key == key);
        INFO(fragment);
        CHECK(found);
    };
    refused("view=kaart", "view", "validation.unknown_view");
    refused("scale=MT", "view", "validation.missing_field");
    refused("view=register&scale=XX", "scale", "validation.unknown_scale");
    refused("view=register&organisation=nergens", "organisation", "validation.unknown_organisation");
    refused("view=register&kleur=rood", "kleur", "validation.unknown_field");
    refused("view=map&zoom=abc", "zoom", "validation.number_out_of_range");
    refused("view=map&zoom=1e9", "map.zoom", "validation.number_out_of_range");
    refused("view=map&center=1", "center", "validation.number_out_of_range");
    refused("view=map&colour=paars", "map.colour", "validation.unknown_view_option");
    refused("view=detail&selected=x", "selected", "validation.expected_integer");
    refused("view=register&q=%ZZ", "", "validation.link_malformed");
    refused("view=register&q=%C3", "", "validation.link_malformed");
    refused("saved=nul", "saved", "validation.expected_integer");
    refused("saved=3&slide=2", "slide", "validation.unknown_field");
    refused("present=2&slide=0", "slide", "validation.number_out_of_range");
}
