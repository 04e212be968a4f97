// An imported map must hold the register's municipalities; extra ones are
// context, and a register municipality under a wrong code is named as such.
#include "core/geo/map_coverage.h"

#include <catch2/catch.hpp>

using namespace swm::geo;
using swm::Lang;

namespace {

Municipality square(const std::string& code, const std::string& name, double x) {
    return {code, name, MultiPolygon{{Polygon{{{x, 52.0}, {x + 0.1, 52.0}, {x + 0.1, 52.1}, {x, 52.1}}, {}}}}};
}

const std::vector<RequiredMunicipality> kRequired = {
    {"GM1735", "Hof van Twente", {}},
    {"GM0164", "Hengelo", {"Hengelo (O.)"}},
};

} // namespace

TEST_CASE("geo: a map with every register municipality and more is complete", "[geo][coverage]") {
    MunicipalityMap map;
    map.municipalities = {square("GM1735", "Hof van Twente", 6.5), square("GM0164", "Hengelo", 6.7),
                          square("GM0363", "Amsterdam", 4.9)};
    CHECK(check_coverage(map, kRequired).empty());
}

TEST_CASE("geo: a missing register municipality is an error", "[geo][coverage]") {
    MunicipalityMap map;
    map.municipalities = {square("GM1735", "Hof van Twente", 6.5)};
    const GeoErrors errors = check_coverage(map, kRequired);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path.empty());
    CHECK(errors[0].describe(Lang::nl) ==
          "gemeente GM0164 (Hengelo) ontbreekt; de kaart moet alle gemeenten van het register bevatten");
}

TEST_CASE("geo: a register municipality under an unknown code is reported at that feature", "[geo][coverage]") {
    MunicipalityMap map;
    map.municipalities = {square("GM1735", "Hof van Twente", 6.5), square("GM9999", "hengelo (o.)", 6.7)};
    const GeoErrors errors = check_coverage(map, kRequired);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].describe(Lang::en) ==
          "features[1].properties.statcode: unknown municipality code 'GM9999' for Hengelo: the register knows "
          "Hengelo as GM0164");
}
