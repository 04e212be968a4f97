// A view's section: a name, or numbered items of it for a slide that would
// not fit them all; a range that does not parse is no section.
#include "core/view_section.h"

#include <catch2/catch.hpp>

using namespace swm;

TEST_CASE("a section names a part of a view, or some of its numbered items") {
    const ViewSection all = parse_view_section("principles");
    CHECK(all.name == "principles");
    CHECK(all.whole());

    const ViewSection part = parse_view_section("principles:6-10");
    CHECK(part.name == "principles");
    CHECK(part.first == 6);
    CHECK(part.last == 10);
    CHECK_FALSE(part.whole());

    for (const char* broken : {"principles:", "principles:6", "principles:6-", "principles:-10", "principles:0-3",
                               "principles:5-4", "principles:1-5x", "principles: 1-5", "principles:1-99999999999"})
        CHECK(parse_view_section(broken).name.empty());
}
