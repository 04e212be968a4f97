// Presentation mode for council sessions: a deck (an ordered list of saved
// views with a title per slide) shown full screen, controls and editing
// hidden, type scaled for the back row (body text 24 CSS px at 1024x768),
// driven by the keys presenters and their remotes send:
//   next      Right, Down, PageDown, Space, Enter
//   previous  Left, Up, PageUp
//   first/last Home, End
//   blank     B or '.' (again, or a slide key, to come back)
//   H high contrast, F full screen, Esc leaves.
#pragma once
#include "core/view_state.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace swm::web {

class App;

// Body text in presentation mode at 1024x768, still the resolution of many
// council-room projectors, in CSS pixels (the UI's default is 17 px). A
// larger screen scales it up with its size (about 34 px at 1920x1080), so a
// slide fills any screen as it does the projector; smaller windows keep it.
inline constexpr float kPresentationBodyPx = 24.0f;

class Presentation {
public:
    // Shows deck `deck_id` (0: the first deck) from slide `slide` (from 1)
    // once the saved views have been fetched.
    void start(App& app, long long deck_id, int slide);
    // Back to the screen from before, out of full screen.
    void stop(App& app);
    bool active() const { return active_; }
    bool wanted() const { return active_ || starting_; }

    // Sets the UI scale for the window size; call before drawing.
    void fit_scale() const;
    // The slide: its title, the view (drawn by `content`) and the corner.
    void draw(App& app, const std::function<void()>& content);
    // A deck that could not be opened says why, above the view.
    void draw_notice();
    // The fragment of the current slide (core/view_link.h).
    std::string link() const;
    void fullscreen_changed(App& app, bool on);
    nlohmann::json state() const;

private:
    struct Slide {
        std::string title;
        std::optional<ViewState> state;  // none when its saved view is gone
    };
    long long deck_id_ = 0;
    std::string deck_name_;
    std::vector<Slide> slides_;
    int index_ = 0;
    bool active_ = false;
    bool starting_ = false;
    bool blank_ = false;
    bool fullscreen_ = false;
    std::optional<ViewState> before_;  // the view to return to
    std::string error_;

    void begin(App& app, long long deck_id, int slide);
    void go(App& app, int index);
    bool key(App& app, int dom_code);
    void draw_corner(App& app, float pad);
};

} // namespace swm::web
