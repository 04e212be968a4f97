// The analysis, the strategy and the comparison with a snapshot as a person
// reads them: their headings and figures, and changes labelled in words.
#include "screen.h"

#include <catch2/catch.hpp>

namespace swm::test {
TEST_CASE("the analysis shows its heading and the overview's tally of 27") {
    FakeHost host = host_of_2014();
    Screen screen(host);
    screen.click("nav.analysis");
    const auto s = screen.state();
    CHECK(s["view"] == "analysis");
    CHECK_THAT(screen.words(), Catch::Contains("Analyse"));
    CHECK(s["analysis"]["seed_sum"] == 27);
    CHECK_THAT(screen.words(), Catch::Contains("27 van de 29"));
}

TEST_CASE("a bar in the analysis filters the register") {
    FakeHost host = host_of_2014();
    Screen screen(host, 1280, 4000);
    screen.click("nav.analysis");
    screen.click("chart.scale.Tw");
    const auto s = screen.state();
    CHECK(s["view"] == "register");
    CHECK(s["filter"]["scale"] == nlohmann::json::array({"Tw"}));
    CHECK(s["register"]["shown"] == 11);
}

TEST_CASE("the strategy shows its task layers and scales") {
    FakeHost host = host_of_2014();
    Screen screen(host, 1280, 4000);
    screen.click("nav.strategy");
    const auto s = screen.state();
    CHECK(s["view"] == "strategy");
    CHECK_THAT(screen.words(), Catch::Contains("De vier taaklagen"));
    CHECK_THAT(screen.words(), Catch::Contains("Van pragmatisch naar principieel"));
    CHECK(s["strategy"]["goals"] == 10);
    CHECK(s["strategy"]["layers"] == 4);
}

TEST_CASE("the comparison with a snapshot labels the changes in words") {
    FakeHost host = host_of_2014();
    host.snapshots.push_back({{1, "November 2014", "2014-11", "2014-11-20T09:00:00Z", "test"}, host.dataset});
    Partnership& p = host.dataset.partnerships[0];
    p.name = "Werkplein Twente";
    p.legal_form.category = LegalFormCategory::convenant;
    p.legal_form.gr_kind.reset();
    Screen screen(host, 1280, 6000);
    screen.click("nav.analysis");
    screen.click("compare.choose");
    screen.click("compare.snapshot.1");
    const auto s = screen.state();
    REQUIRE(s["analysis"]["compare"]["error"] == "");
    CHECK(s["analysis"]["compare"]["changed"] == 1);
    CHECK_THAT(screen.words(), Catch::Contains("Naam: Werkplein Midden Twente"));
    CHECK_THAT(screen.words(), Catch::Contains("Werkplein Twente"));
    CHECK_THAT(screen.words(), Catch::Contains("Rechtsvorm: "));
    CHECK_THAT(screen.words(), Catch::Contains("Convenant"));
    CHECK_THAT(screen.words(), !Catch::Contains("legal_form"));  // the field in words, not as the data names it
}

} // namespace swm::test
