// Who makes the changes: the name a person gives once, remembered by this
// browser (localStorage "swm-editor", kept by assets/shell.html, which sends
// it percent-encoded with every write), so the history says who changed what
// rather than the computer's user name. Asked for at the first start on a
// monitor this page may write to; the top bar shows it and opens the prompt
// again to change it. The host checks the name with the same core rule
// (core/editor_name.h).
#pragma once
#include <nlohmann/json.hpp>

#include <string>

namespace swm::web {

struct AppState;

class EditorPrompt {
public:
    void start();  // reads the remembered name
    void open();   // asks for the name (again)
    // The prompt, when it is open; opens it first when the monitor may be
    // written and no name is known yet (once per page).
    void draw(const AppState& state);
    const std::string& name() const { return name_; }
    nlohmann::json state() const;

private:
    std::string name_;   // as remembered; empty: none given
    std::string draft_;  // what is being typed
    std::string error_;
    bool asked_ = false;      // the first-start question has been put
    bool opening_ = false;    // OpenPopup on the next frame
    bool focus_ = false;      // put the keyboard in the field
    bool shown_ = false;      // the prompt is on screen

    void save();
};

} // namespace swm::web
