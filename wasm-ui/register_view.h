// The register: every partnership in a sortable table under the filter bar,
// with how many are shown of how many there are. A row opens the detail.
#pragma once
#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace swm {
struct Partnership;
}

namespace swm::web {

class App;
struct AppState;

class RegisterView {
public:
    void draw(App& app, AppState& state);
    // Numbers shown (in table order), counts, sort, the columns shown, and
    // the cells whose text did not fit their width (number, column).
    nlohmann::json state(const AppState& state) const;

private:
    int sort_column_ = 0;  // index of the column, 0: number
    bool ascending_ = true;
    std::vector<int> order_;  // partnership numbers in the order last drawn
    std::vector<std::string> shown_columns_;
    std::vector<std::pair<int, int>> clipped_;
    int cells_checked_ = 0;

    void text_cell(int number, int column, const std::string& text);
    void scale_cell(const Partnership& p);
};

} // namespace swm::web
