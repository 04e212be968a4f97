// The browser side of the UI: a WebGL2 canvas that fills the window, input
// from the DOM into Dear ImGui, fonts rasterised for the device pixel ratio,
// and frames drawn only when something changed. Written over
// emscripten/html5.h rather than Emscripten's GLFW, which knows no
// devicePixelRatio, no IME and no system clipboard (TOOLCHAIN.md).
#pragma once
#include "core/civil_date.h"

#include <functional>
#include <string>

namespace swm::web {

struct FontSet;  // defined in fonts.h

// The UI's per-frame function; returns true while it still needs frames
// (an animation, a pending request), false when the screen is settled.
using FrameFn = std::function<bool()>;

// Creates the GL context on `canvas_selector`, ImGui and its renderer, and
// registers the DOM callbacks. `frame` draws one ImGui frame.
bool start(const char* canvas_selector, FrameFn frame);

// The first frame waits for this (or at most 1.5 s): the app calls it when
// it has something to show, its data or why there is none. A frame costs a
// whole compositing pass (hundreds of ms in a software-GL browser), and
// frames drawn before the data only delay it; the page's loading text
// stands in for them.
void show_first_frame();

// Asks for at least `frames` more frames. ImGui needs a few frames after an
// input to settle hover and layout, hence the count rather than a flag.
void request_redraw(int frames = 3);

// Scale of the whole UI relative to the default (1.0), e.g. for presentation;
// fonts are re-rasterised for it.
void set_ui_scale(float scale);
float ui_scale();

// A handler that sees each key press (DOM key code) before ImGui does, e.g.
// the presentation's slide keys; returning true keeps the key from ImGui and
// from the browser. Called inside the DOM event, so it may ask for things a
// browser allows only on a user gesture (full screen). Empty: none.
using KeyHandler = std::function<bool(int dom_key_code)>;
void set_key_handler(KeyHandler handler);

// Has the browser save a file the host names (the offline snapshot, the
// calendar, a CSV); the bridge gets it a short-lived link, since a download
// carries no header with the session's credential.
void download(const std::string& path);

// Opens the browser's file picker; `chosen` gets the file's name and text
// (UTF-8), or a null text when it is larger than `max_bytes` (then not read),
// and its size. One picker at a time: a later call replaces the callback.
using FileChosenFn = std::function<void(const char* name, const char* text, double size)>;
void pick_text_file(double max_bytes, FileChosenFn chosen);

// Sends the bytes the file picker read last (pick_text_file) to the host,
// with the session's credential, reporting the bytes sent so far; a large
// boundary file takes seconds to upload. `done` as for http_request.
using ProgressFn = std::function<void(double sent, double total)>;
using HttpDoneFn = std::function<void(int status, const std::string& body)>;
void upload_picked_file(const char* method, const std::string& path, ProgressFn progress, HttpDoneFn done);

// An HTTP request to the host through the page's fetch, which adds the
// session's credential (or, in an offline snapshot, answers from the
// embedded responses). `done` gets (status, body); status 0: the host could
// not be reached.
void http_request(const char* method, const std::string& path, const std::string& body, HttpDoneFn done);

// Today by the browser's clock, in its time zone.
CivilDate today();

// Milliseconds on a steady clock, for the UI's own timings.
double now_ms();

// The host's UTC timestamp ("YYYY-MM-DDTHH:MM:SSZ") on the browser's clock,
// time zone and summer time included: "DD-MM-YYYY HH:MM"; empty when the
// browser cannot read it.
std::string local_time(const std::string& iso);

// The address's fragment with its '#', as the browser keeps it
// (percent-encoded), and the address without the fragment.
std::string location_fragment();
std::string location_without_fragment();
// Replaces the fragment (empty: none) rather than pushing it, so that a
// filter click is no step of the Back button.
void replace_fragment(const std::string& fragment);

// The editor's name as this browser remembers it (empty: none yet), and
// remembering another; the page sends it with every write.
std::string stored_editor_name();
void store_editor_name(const std::string& name);

// Asks for full screen or out of it; a browser grants it only during a user
// gesture, so it may be refused (the page reports what happened through
// swm_fullscreen_changed).
void set_fullscreen(bool on);

// How many frames have been drawn since start; tests read it to see that the
// UI is idle when nothing changes.
long frames_drawn();

// Puts `name` into the browser's performance timeline (User Timing) when the
// frame being drawn has been handed to WebGL; the start-up benchmark reads
// "swm-first-frame" (set here for the first frame) and the UI's own marks.
void mark_when_drawn(const char* name);

// --- a text area that wraps while it is edited --------------------------------
// ImGui 1.86's fields cannot wrap while editing; the browser's own text area,
// laid over a field, wraps, and takes input methods and paste natively. One
// is open at a time, named by the caller's id.

// A rectangle in ImGui coordinates (CSS pixels).
struct ScreenRect {
    float x0, y0, x1, y1;
};

// The id of the open text area; empty when none is open.
const std::string& text_overlay_id();

// Opens the text area holding `text`, focused, the caret at the end.
void open_text_overlay(const std::string& id, const std::string& text);

// Keeps the open text area over `field` in this frame, in the current font
// and the theme's colours, showing only what lies inside `visible`. Returns
// true when it was edited since the last call, its whole text in `text`. It
// closes here once it has lost focus (after handing over its last edit), and
// at the end of a frame that did not place it (its view is gone).
bool place_text_overlay(ScreenRect field, ScreenRect visible, std::string& text);

} // namespace swm::web
