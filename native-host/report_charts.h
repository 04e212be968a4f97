// Horizontal bar charts as inline SVG for the printed report: labelled
// (role="img", <title> and a <desc> that reads out every value), sized by
// the page through the viewBox, with text drawn by the browser so it prints
// sharp at any resolution.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace swm::report {

struct Bar {
    std::string label;
    int count = 0;
    std::string colour;  // "#RRGGBB"
};

// The UI's Okabe-Ito colour of a scale code ("MT", ..., "none" grey), so the
// printed charts and map match the screen (wasm-ui/theme.cpp scale_colour).
std::string scale_colour(std::string_view code);

// `id` must be unique in the document (it names the title and description).
std::string bar_chart_svg(const std::string& id, const std::string& title, const std::vector<Bar>& bars);

} // namespace swm::report
