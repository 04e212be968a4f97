// Charts drawn with ImGui's draw list: horizontal bars (labels stay readable
// at any length, which vertical bars would not allow for "Kring van
// gemeentesecretarissen") and a clickable crosstab.
#pragma once
#include "imgui.h"

#include "core/analysis.h"

#include <string>
#include <vector>

namespace swm::web {

struct Bar {
    std::string code;   // the value's code, for the click and the test target
    std::string label;
    int count = 0;
    ImU32 colour = 0;
};

// Draws the bars; returns the index of the clicked bar, or -1. Test targets
// are "chart.<id>.<code>".
int bar_chart(const char* id, const std::vector<Bar>& bars);

struct CellClick {
    int row = -1;
    int column = -1;
};

// A crosstab with row and column labels; zero cells are muted. Returns the
// clicked cell (row -1 when none). Test targets "crosstab.<row>.<column>".
CellClick crosstab_table(const char* id, const Crosstab& table, const std::vector<std::string>& row_labels,
                         const std::vector<std::string>& column_labels, const char* corner);

} // namespace swm::web
