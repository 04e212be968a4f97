#include "core/i18n.h"

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("i18n: Dutch by default, English on request, missing keys visible") {
    using swm::Lang;
    CHECK(std::string(swm::tr("app.title", Lang::nl)) == "Samenwerkingsmonitor Hof van Twente");
    CHECK(std::string(swm::tr("app.title", Lang::en)) == "Partnership monitor Hof van Twente");
    CHECK(std::string(swm::tr("no.such.key", Lang::nl)) == "no.such.key");
    CHECK(swm::lang_from_code("en") == Lang::en);
    CHECK(swm::lang_from_code("fr") == Lang::nl);
}
