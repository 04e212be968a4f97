// Keeps the page's URL fragment and the screen in step (core/view_link.h):
// the fragment the page was opened with (a copied link, a bookmark,
// `--present`) is applied once the register is there, and from then on the
// fragment follows what is on screen, so copying the address copies the view.
#pragma once
#include <nlohmann/json.hpp>

#include <string>

namespace swm::web {

class App;

class LinkSync {
public:
    // Reads the fragment the page was opened with.
    void start();
    // Once per frame, after drawing.
    void frame(App& app);
    // The person edited the address (hashchange): open what it says.
    void fragment_changed();
    // A link that could not be opened says why, above the view.
    void draw_notice();
    // The address of the current screen, for "copy link".
    std::string url(const std::string& fragment) const;
    nlohmann::json state() const;

private:
    std::string pending_;      // to be applied; empty: nothing
    bool has_pending_ = false;
    bool waiting_ = false;     // for the saved views a link names
    std::string written_;      // the fragment as last written
    std::string error_;

    void apply(App& app, const std::string& fragment);
};

} // namespace swm::web
