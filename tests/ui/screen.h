// The UI on a screen without a browser: Dear ImGui frames drawn headless
// (a font atlas, no renderer), mouse and keys put into ImGui's input the way
// web_platform.cpp does, and what a person would see read back: the text
// drawn in the last frame (its glyphs, read from the draw lists) and the
// state the views report (App::state(), with the widgets' hit targets).
#pragma once
#include "fake_host.h"

#include <nlohmann/json.hpp>

#include <string>

namespace swm::test {

class Screen {
public:
    // Starts the app against `host` on a window of `width` x `height` CSS
    // pixels, and draws until the first answers are shown.
    explicit Screen(FakeHost& host, float width = 1280, float height = 720);

    // One frame: the answers that arrived, then the app draws.
    void frame();
    // Frames until every request is answered and the screen is still.
    void settle();

    // What the views report, and the text drawn in the last frame.
    nlohmann::json state() const;
    // Lines as drawn (a wrapped sentence spans lines), and the same as one
    // line, for finding a sentence however it wrapped.
    const std::string& text() const { return text_; }
    std::string words() const;

    // Clicks the middle of the widget the UI calls `target` (widgets.h);
    // fails the test when it is not on screen.
    void click(const std::string& target);
    // Clicks a text field, selects what it holds and types `text` over it.
    void type_into(const std::string& target, const std::string& text);
    // The mouse wheel at (x, y), `notches` down (negative: up).
    void scroll(float x, float y, float notches);

private:
    FakeHost& host_;
    std::string text_;

    void key(int dom_code, bool ctrl = false);
};

} // namespace swm::test
