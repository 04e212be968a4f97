// The register: every partnership in a sortable table under the filter bar,
// with how many are shown of how many there are. A row opens the detail.
#pragma once
#include <nlohmann/json.hpp>

#include <vector>

namespace swm::web {

class App;
struct AppState;

class RegisterView {
public:
    void draw(App& app, AppState& state);
    // Numbers shown (in table order), counts, sort.
    nlohmann::json state(const AppState& state) const;

private:
    int sort_column_ = 0;  // index of the column, 0: number
    bool ascending_ = true;
    std::vector<int> order_;  // partnership numbers in the order last drawn
};

} // namespace swm::web
