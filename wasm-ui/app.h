// The monitor's UI state and its drawing, one ImGui frame at a time.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

namespace swm::web {

struct App {
    // What the host told us.
    nlohmann::json version;        // GET /api/version
    nlohmann::json partnerships;   // GET /api/partnerships
    std::string load_error;        // shown instead of data when the host fails
    int requests_done = 0;

    void start();
    // Draws one frame; returns true while it still needs frames.
    bool frame();
    // The UI's state for tests: frames drawn, what was loaded, which view.
    nlohmann::json state() const;
};

App& app();

} // namespace swm::web
