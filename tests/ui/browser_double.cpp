#include "browser_double.h"

#include <chrono>
#include <cstdio>

namespace swm::test {

Browser& browser() {
    static Browser b;
    return b;
}

void Browser::choose_file(const std::string& name, const std::string& text) {
    picker_open = false;
    const bool fits = double(text.size()) <= picker_max_bytes;
    if (fits) picked = text;
    if (picker_chosen) picker_chosen(name.c_str(), fits ? text.c_str() : nullptr, double(text.size()));
}

void Browser::edit_overlay(const std::string& text) {
    overlay_text = text;
    overlay_edited = true;
}

void Browser::frame_done() {
    if (!overlay_placed) overlay_id.clear();
    overlay_placed = false;
}

int Browser::answer_requests() {
    int n = 0;
    for (std::size_t k = waiting.size(); k > 0 && !waiting.empty(); --k) {
        Waiting w = std::move(waiting.front());
        waiting.pop_front();
        const HttpResponse r = host ? host(w.request) : HttpResponse{0, ""};
        if (w.progress) w.progress(double(w.request.body.size()), double(w.request.body.size()));
        w.done(r.status, r.body);
        ++n;
    }
    return n;
}

int Browser::count_sent(const std::string& method, const std::string& prefix) const {
    int n = 0;
    for (const auto& r : sent)
        if (r.method == method && r.path.rfind(prefix, 0) == 0) ++n;
    return n;
}

} // namespace swm::test

// --- wasm-ui/web_platform.h over the double ------------------------------------

namespace swm::web {

using test::browser;

bool start(const char*, FrameFn) { return true; }
void show_first_frame() {}
void request_redraw(int) {}

namespace {
float g_ui_scale = 1.0f;
} // namespace

void set_ui_scale(float scale) { g_ui_scale = scale; }
float ui_scale() { return g_ui_scale; }
void set_key_handler(KeyHandler handler) { browser().key_handler = std::move(handler); }
void download(const std::string& path) { browser().downloads.push_back(path); }

void pick_text_file(double max_bytes, FileChosenFn chosen) {
    browser().picker_open = true;
    browser().picker_max_bytes = max_bytes;
    browser().picker_chosen = std::move(chosen);
}

void upload_picked_file(const char* method, const std::string& path, ProgressFn progress, HttpDoneFn done) {
    test::HttpRequest r{method, path, browser().picked};
    browser().sent.push_back(r);
    browser().waiting.push_back({std::move(r), std::move(done), std::move(progress)});
}

void http_request(const char* method, const std::string& path, const std::string& body, HttpDoneFn done) {
    test::HttpRequest r{method, path, body};
    browser().sent.push_back(r);
    browser().waiting.push_back({std::move(r), std::move(done), nullptr});
}

CivilDate today() { return browser().today; }

double now_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// The test's time zone is UTC: the timestamp as it is, in the UI's layout.
std::string local_time(const std::string& iso) {
    int y, mo, d, h, mi;
    if (std::sscanf(iso.c_str(), "%4d-%2d-%2dT%2d:%2d", &y, &mo, &d, &h, &mi) != 5) return "";
    char out[32];
    std::snprintf(out, sizeof out, "%02d-%02d-%04d %02d:%02d", d, mo, y, h, mi);
    return out;
}

std::string location_fragment() { return browser().fragment; }
std::string stored_editor_name() { return browser().editor_name; }
void store_editor_name(const std::string& name) { browser().editor_name = name; }
std::string location_without_fragment() { return browser().address; }
void replace_fragment(const std::string& fragment) { browser().fragment = fragment.empty() ? "" : "#" + fragment; }
void set_fullscreen(bool on) { browser().fullscreen = on; }

const std::string& text_overlay_id() { return browser().overlay_id; }

void open_text_overlay(const std::string& id, const std::string& text) {
    browser().overlay_id = id;
    browser().overlay_text = text;
    browser().overlay_edited = false;
    browser().overlay_placed = true;
}

bool place_text_overlay(ScreenRect, ScreenRect, std::string& text) {
    test::Browser& b = browser();
    if (b.overlay_id.empty()) return false;
    b.overlay_placed = true;
    if (!b.overlay_edited) return false;
    b.overlay_edited = false;
    text = b.overlay_text;
    return true;
}

long frames_drawn() { return browser().frames; }
void mark_when_drawn(const char*) {}

} // namespace swm::web
