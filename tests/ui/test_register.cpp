// The register and a partnership's detail, as a person uses them: the list
// of 2014, a click on a row, the search box, and changed data from the host.
#include "screen.h"

#include <catch2/catch.hpp>

namespace swm::test {
TEST_CASE("the register of 2014 lists its 33 partnerships with the peildatum") {
    FakeHost host = host_of_2014();
    Screen screen(host);
    const auto s = screen.state();
    CHECK(s["view"] == "register");
    CHECK(s["register"]["shown"] == 33);
    CHECK(s["peildatum"] == "2014-11");
    CHECK_THAT(screen.words(), Catch::Contains("Werkplein Midden Twente"));
    CHECK(s["targets"].contains("top.peildatum"));
}

TEST_CASE("clicking a register row opens its detail") {
    FakeHost host = host_of_2014();
    Screen screen(host);
    const std::string name = host.dataset.partnership(3)->name;
    screen.click("register.row.3");
    const auto s = screen.state();
    CHECK(s["view"] == "detail");
    CHECK(s["selected"] == 3);
    CHECK(s["detail"]["history_loaded"] == true);
    CHECK_THAT(screen.words(), Catch::Contains(name));
    CHECK(browser().count_sent("GET", "/api/partnerships/3/history") == 1);
}

TEST_CASE("typing in the search box narrows the register") {
    FakeHost host = host_of_2014();
    Screen screen(host);
    screen.type_into("register.search", "veiligheid");
    const auto s = screen.state();
    CHECK(s["filter"]["q"] == "veiligheid");
    CHECK(s["register"]["shown"].get<int>() > 0);
    CHECK(s["register"]["shown"].get<int>() < 33);
    CHECK_THAT(screen.words(), Catch::Contains(host.dataset.partnership(7)->name));
    CHECK_THAT(screen.words(), !Catch::Contains("Werkplein Midden Twente"));
}

TEST_CASE("choosing a scale in its list filters the register, a click outside closes the list") {
    FakeHost host = host_of_2014();
    Screen screen(host);
    screen.click("filter.scale");
    screen.click("filter.scale.0");  // Midden Twente
    auto s = screen.state();
    CHECK(s["filter"]["scale"] == nlohmann::json::array({"MT"}));
    CHECK(s["register"]["shown"] == 7);
    screen.click("register.title");
    CHECK_FALSE(screen.state()["targets"].contains("filter.scale.0"));
    screen.click("register.clear");
    CHECK(screen.state()["register"]["shown"] == 33);
}

TEST_CASE("the register shows what the host holds, not the shipped 2014 data") {
    FakeHost host = host_of_2014();
    host.dataset.partnerships.resize(5);
    host.dataset.partnerships[0].name = "Regionale samenwerking Zoë en Daniël";
    Screen screen(host);
    CHECK(screen.state()["register"]["shown"] == 5);
    CHECK_THAT(screen.words(), Catch::Contains("Regionale samenwerking Zoë en Daniël"));
}

} // namespace swm::test
