// Placing names without overlap: shifted clear of each other and of
// obstacles such as the legend, or left out, the less important first.
#include "core/geo/label_layout.h"

#include <catch2/catch.hpp>

using namespace swm::geo;

namespace {

bool overlap(const BBox& a, const BBox& b) {
    return a.min_x < b.max_x && b.min_x < a.max_x && a.min_y < b.max_y && b.min_y < a.max_y;
}

} // namespace

TEST_CASE("geo: labels that would collide are shifted apart or dropped, never drawn over each other", "[geo][labels]") {
    const BBox view{0, 0, 400, 300};
    // Hellendoorn and Wierden: neighbours whose names meet at the fitted zoom.
    const std::vector<LabelRequest> requests = {
        {{200, 150}, 80, 14},  // Hof van Twente first
        {{230, 152}, 70, 14},  // shifted: right beside it
        {{200, 150}, 60, 14},  // the same spot again
        {{395, 150}, 60, 14},  // at the view's edge: moved in or left out
    };
    const auto placed = layout_labels(requests, {}, view);
    REQUIRE(placed.size() == requests.size());
    CHECK(placed[0].shown);
    CHECK(placed[0].centre().x == Approx(200));  // the first keeps its own place
    CHECK(placed[0].centre().y == Approx(150));
    CHECK(placed[1].shown);
    for (std::size_t i = 0; i < placed.size(); ++i) {
        if (!placed[i].shown) continue;
        CHECK(placed[i].box.min_x >= 0);
        CHECK(placed[i].box.max_x <= 400);
        for (std::size_t j = i + 1; j < placed.size(); ++j)
            if (placed[j].shown) CHECK_FALSE(overlap(placed[i].box, placed[j].box));
    }
    // Nothing further than one and a half lines and a third of its width.
    for (std::size_t i = 0; i < placed.size(); ++i)
        if (placed[i].shown) {
            CHECK(std::abs(placed[i].centre().y - requests[i].anchor.y) <= 1.5 * 14 + 1e-9);
            CHECK(std::abs(placed[i].centre().x - requests[i].anchor.x) <= 0.35 * requests[i].width + 1e-9);
        }
}

TEST_CASE("geo: no label over an obstacle such as the legend", "[geo][labels]") {
    const BBox view{0, 0, 400, 300};
    const BBox legend{0, 100, 150, 300};
    const std::vector<LabelRequest> requests = {
        {{60, 200}, 60, 14},   // deep under the legend: left out
        {{170, 120}, 60, 14},  // its left end would touch the legend: shifted right
        {{300, 50}, 60, 14},   // clear: where it belongs
    };
    const auto placed = layout_labels(requests, {legend}, view);
    CHECK_FALSE(placed[0].shown);
    REQUIRE(placed[1].shown);
    CHECK_FALSE(overlap(placed[1].box, legend.expanded(2)));
    REQUIRE(placed[2].shown);
    CHECK(placed[2].centre().x == Approx(300));
    CHECK(placed[2].centre().y == Approx(50));
}
