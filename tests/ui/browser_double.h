// The browser as the views see it (wasm-ui/web_platform.h), without one: a
// clock, the address bar, full screen and downloads as plain fields, the file
// picker answered by the test, and every HTTP request answered by a function
// the test sets (fake_host.h), between frames as the network would.
#pragma once
#include "web_platform.h"

#include <deque>
#include <functional>
#include <string>
#include <vector>

namespace swm::test {

struct HttpRequest {
    std::string method;
    std::string path;  // with its query
    std::string body;
};

struct HttpResponse {
    int status = 200;
    std::string body;
};

struct Browser {
    // The host's answers; unset: every request goes unanswered (status 0).
    std::function<HttpResponse(const HttpRequest&)> host;
    std::vector<HttpRequest> sent;  // every request, in order

    std::string fragment;  // location.hash, with its '#' (or empty)
    std::string editor_name = "Viewtest";  // localStorage swm-editor: set, so the prompt stays closed
    std::string address = "http://127.0.0.1:8123/";
    bool fullscreen = false;
    std::vector<std::string> downloads;
    CivilDate today{2014, 11, 20};
    long frames = 0;
    web::KeyHandler key_handler;  // sees key presses before ImGui (the presentation's)

    // The file picker: open after pick_text_file until a file is chosen.
    bool picker_open = false;
    double picker_max_bytes = 0;
    web::FileChosenFn picker_chosen;
    std::string picked;  // the file's text, sent by upload_picked_file

    // The browser's text area over a long field (open_text_overlay): what
    // it holds, whether a person edited it since the field last read it,
    // and whether this frame placed it (unplaced at a frame's end, it closes).
    std::string overlay_id, overlay_text;
    bool overlay_edited = false, overlay_placed = false;

    // Types into the open text area, replacing its text.
    void edit_overlay(const std::string& text);
    // Ends a frame: a text area no view placed closes.
    void frame_done();

    // Chooses a file in the open picker, as a person would.
    void choose_file(const std::string& name, const std::string& text);
    // Answers the requests sent so far; returns how many.
    int answer_requests();
    // Requests sent whose path starts with `prefix`.
    int count_sent(const std::string& method, const std::string& prefix) const;

    struct Waiting {
        HttpRequest request;
        web::HttpDoneFn done;
        web::ProgressFn progress;
    };
    std::deque<Waiting> waiting;
};

Browser& browser();

} // namespace swm::test
