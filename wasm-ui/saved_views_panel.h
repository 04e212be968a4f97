// The actions on the right of the navigation: "Beelden" opens the saved
// views (open one, copy its link, save the current screen under a name,
// overwrite or delete one with undo, present a deck), "Presenteren" starts
// the first deck, and "Momentopname downloaden" saves an offline snapshot.
// Writing is offered only where the host allows it.
#pragma once
#include "core/saved_view.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace swm::web {

class App;
struct AppState;

class SavedViewsPanel {
public:
    // Draws the buttons at the cursor (the top bar places them).
    void draw(App& app, AppState& state);
    // How wide the buttons are together.
    float width(const AppState& state) const;
    nlohmann::json state() const;

private:
    std::string name_;
    std::vector<std::string> problems_;  // why the last save was refused
    std::string note_;                   // what the last action did
    std::string copied_;                 // the last link copied
    long long undo_change_ = 0;          // the last delete, for undo
    long long reveal_id_ = 0;            // a view just saved, to scroll into sight
    std::string undo_name_;
    bool busy_ = false;

    void popup(App& app, AppState& state);
    void save_current(App& app, const AppState& state);
    void view_row(App& app, const AppState& state, const SavedView& view);
    void deck_row(App& app, const SavedView& deck);
    void copy_link(App& app, const std::string& fragment);
};

} // namespace swm::web
