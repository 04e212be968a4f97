// What the overview says apart from what the register inferred: the detail
// of nr. 4 groups its partners with the reason for each inferred group, and
// "alleen genoemde partners" changes the analysis and travels in the link.
// Also the language and contrast switches of the top bar.
#include "screen.h"

#include <catch2/catch.hpp>

namespace swm::test {
namespace {

int share(const nlohmann::json& analysis, const std::string& id) {
    for (const auto& s : analysis["shared_with_hof_van_twente"])
        if (s["organisation"] == id) return s["count"];
    return -1;
}

} // namespace

TEST_CASE("a link to the detail of nr. 4 shows its partners grouped, inferred ones with their reason") {
    FakeHost host = host_of_2014();
    browser().fragment = "#view=detail&selected=4";
    Screen screen(host, 1400, 1600);
    const auto s = screen.state();
    REQUIRE(s["view"] == "detail");
    CHECK(s["selected"] == 4);
    int inferred = 0;
    for (const auto& g : host.dataset.partnership(4)->partner_groups()) {
        if (!g.provenance || g.provenance->is_stated()) continue;
        ++inferred;
        CHECK_THAT(screen.words(), Catch::Contains(g.provenance->reason));
    }
    CHECK(inferred > 0);
}

TEST_CASE("stated partners only changes the shares and counts, and is in the link") {
    FakeHost host = host_of_2014();
    Screen screen(host, 1400, 4000);
    screen.click("nav.analysis");
    auto s = screen.state();
    CHECK(s["analysis"]["stated_only"] == false);
    CHECK(share(s["analysis"]["analysis"], "GM0197") == 3);  // Aalten, with the chosen Achterhoek names
    screen.click("analysis.stated_only");
    s = screen.state();
    CHECK(s["analysis"]["stated_only"] == true);
    CHECK(share(s["analysis"]["analysis"], "GM0197") == 0);
    int projects = -1;
    for (const auto& t : s["analysis"]["analysis"]["by_legal_form"])
        if (t["code"] == "project") projects = t["count"];
    CHECK(projects == 4);
    CHECK(browser().fragment.find("stated_only=1") != std::string::npos);
}

TEST_CASE("English and high contrast can be switched on and off") {
    FakeHost host = host_of_2014();
    Screen screen(host);
    screen.click("top.language");
    CHECK(screen.state()["lang"] == "en");
    CHECK_THAT(screen.words(), Catch::Contains("Analysis"));
    screen.click("top.contrast");
    CHECK(screen.state()["theme"] == "high_contrast");
    screen.click("top.language");
    screen.click("top.contrast");
    CHECK(screen.state()["lang"] == "nl");
    CHECK(screen.state()["theme"] == "light");
    CHECK_THAT(screen.words(), Catch::Contains("Analyse"));
}

} // namespace swm::test
