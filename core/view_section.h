// The part of a view a saved view or slide points at (the view state's
// "section"): a name, "principles", or numbered items of it, "principles:6-10",
// so that a long list can be shown on two slides that each fit a projector.
#pragma once
#include <climits>
#include <string>
#include <string_view>

namespace swm {

struct ViewSection {
    std::string name;  // empty: not a section (a range that does not parse)
    int first = 1;     // the items numbered first..last
    int last = INT_MAX;

    bool whole() const { return first == 1 && last == INT_MAX; }
};

// "name" or "name:a-b" with 1 <= a <= b; anything else after the colon
// gives no name, so the view treats it as a section it does not have.
ViewSection parse_view_section(std::string_view text);

} // namespace swm
