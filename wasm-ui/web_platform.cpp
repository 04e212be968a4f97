#include "web_platform.h"

#include "dom_keys.h"

#include "fonts.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <deque>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <vector>

extern const unsigned char font_regular[];  // fonts.cpp's body font, for the text area
extern const unsigned long long font_regular_size;

namespace swm::web {
namespace {

struct State {
    std::string canvas;
    FrameFn frame;
    int frames_pending = 0;
    bool frame_scheduled = false;
    bool first_frame_held = true;  // see show_first_frame
    double last_time = 0;
    double css_w = 0, css_h = 0;
    float pixel_ratio = 0;
    float ui_scale = 1.0f;
    float fonts_built_for = 0;  // pixel_ratio * ui_scale of the current atlas
    long frames = 0;
    std::vector<const char*> marks;  // see mark_when_drawn
    std::string clipboard;
    // Input waiting for a frame. ImGui 1.86 reads button and key state once
    // per frame, so a press and release between two frames (a quick click,
    // a scripted one) would be lost; each frame takes at most one change per
    // button or key from this queue.
    struct InputEvent {
        enum Kind { move, mouse_button, key, text } kind = move;
        int index = 0;  // ImGui mouse button or DOM key code
        bool down = false;
        ImVec2 pos;
        bool ctrl = false, shift = false, alt = false, meta = false;
        std::string chars;  // typed or pasted text, in order with the keys around it
    };
    std::deque<InputEvent> input;
    KeyHandler key_handler;
    // The text area over a field (place_text_overlay).
    struct Overlay {
        std::string id;    // empty: closed
        std::string text;  // its text as last edited
        std::string css;   // its place and look as last set
        bool edited = false;
        bool blurred = false;
        bool placed = false;  // in the frame being drawn
    } overlay;
};
State g;

EM_JS(void, js_mark, (const char* name), { performance.mark(UTF8ToString(name)); });

// The page's own loading text stays until the canvas has something on it.
EM_JS(void, js_first_frame_drawn, (), {
    const loading = document.getElementById('swm-loading');
    if (loading) loading.remove();
});

EM_BOOL on_animation_frame(double time, void*);
void sync_text_input();
void end_overlay_frame();
void apply_queued_input();

void schedule() {
    if (g.frame_scheduled || g.first_frame_held) return;
    g.frame_scheduled = true;
    emscripten_request_animation_frame(on_animation_frame, nullptr);
}

float device_pixel_ratio() {
    const float ratio = float(emscripten_get_device_pixel_ratio());
    return ratio > 0 ? ratio : 1.0f;
}

// The atlas for the screen's pixel ratio and the UI's scale, built only when
// one of them changed.
void sync_fonts(float pixel_ratio) {
    if (g.fonts_built_for == pixel_ratio * g.ui_scale) return;
    build_fonts(pixel_ratio, g.ui_scale);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    g.fonts_built_for = pixel_ratio * g.ui_scale;
}

// Sizes the canvas's backing store to CSS pixels x devicePixelRatio, so the
// framebuffer has one texel per physical pixel.
void sync_size() {
    double w = 0, h = 0;
    emscripten_get_element_css_size(g.canvas.c_str(), &w, &h);
    const float ratio = device_pixel_ratio();
    if (w != g.css_w || h != g.css_h || ratio != g.pixel_ratio) {
        g.css_w = w;
        g.css_h = h;
        g.pixel_ratio = ratio;
        emscripten_set_canvas_element_size(g.canvas.c_str(), int(std::lround(w * g.pixel_ratio)),
                                           int(std::lround(h * g.pixel_ratio)));
    }
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(float(w), float(h));
    io.DisplayFramebufferScale = ImVec2(g.pixel_ratio, g.pixel_ratio);
    sync_fonts(g.pixel_ratio);
}

EM_BOOL on_animation_frame(double time, void*) {
    g.frame_scheduled = false;
    sync_size();
    ImGuiIO& io = ImGui::GetIO();
    // After an idle spell the real gap is long; ImGui only needs a sane step.
    const double dt = (time - g.last_time) / 1000.0;
    io.DeltaTime = float(dt > 0 && dt < 0.25 ? dt : 1.0 / 60.0);
    g.last_time = time;

    apply_queued_input();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    const bool busy = g.frame();
    sync_text_input();
    end_overlay_frame();
    ImGui::Render();
    int fb_w = 0, fb_h = 0;
    emscripten_get_canvas_element_size(g.canvas.c_str(), &fb_w, &fb_h);
    glViewport(0, 0, fb_w, fb_h);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (++g.frames == 1) {
        g.marks.push_back("swm-first-frame");
        js_first_frame_drawn();
    }
    for (const char* name : g.marks) js_mark(name);
    g.marks.clear();

    --g.frames_pending;
    if (busy && g.frames_pending < 1) g.frames_pending = 1;
    if (!g.input.empty() && g.frames_pending < 1) g.frames_pending = 1;
    if (g.frames_pending > 0) schedule();
    return EM_FALSE;
}

// --- input -------------------------------------------------------------------

void set_modifiers(bool ctrl, bool shift, bool alt, bool meta) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.KeyShift = shift;
    io.KeyAlt = alt;
    io.KeySuper = meta;
}

void set_modifiers(bool ctrl, bool shift, bool alt, bool meta);

// Applies queued input in order, stopping where ImGui would lose something:
// a second change of the same key, any second mouse button change, or a
// pointer move after a button changed (the release must happen where the
// press did, or the click is lost).
void apply_queued_input() {
    ImGuiIO& io = ImGui::GetIO();
    bool button_changed = false;
    bool key_changed[512] = {};
    while (!g.input.empty()) {
        const State::InputEvent& e = g.input.front();
        if (e.kind == State::InputEvent::mouse_button) {
            if (button_changed) break;
            // A press where the pointer was not yet: hover there for one frame
            // first, as a real hand would, so ImGui sees the item hovered.
            if (io.MousePos.x != e.pos.x || io.MousePos.y != e.pos.y) {
                io.MousePos = e.pos;
                break;
            }
            button_changed = true;
            io.MouseDown[e.index] = e.down;
            set_modifiers(e.ctrl, e.shift, e.alt, e.meta);
        } else if (e.kind == State::InputEvent::key) {
            if (key_changed[e.index]) break;
            key_changed[e.index] = true;
            io.KeysDown[e.index] = e.down;
            set_modifiers(e.ctrl, e.shift, e.alt, e.meta);
        } else if (e.kind == State::InputEvent::text) {
            io.AddInputCharactersUTF8(e.chars.c_str());
        } else {
            if (button_changed) break;
            io.MousePos = e.pos;
        }
        g.input.pop_front();
    }
}

void queue_input(State::InputEvent e) {
    g.input.push_back(std::move(e));
    request_redraw();
}

State::InputEvent move_event(ImVec2 pos) {
    State::InputEvent e;
    e.pos = pos;
    return e;
}

State::InputEvent press_event(State::InputEvent::Kind kind, int index, bool down, ImVec2 pos, bool ctrl, bool shift,
                              bool alt, bool meta) {
    State::InputEvent e;
    e.kind = kind;
    e.index = index;
    e.down = down;
    e.pos = pos;
    e.ctrl = ctrl;
    e.shift = shift;
    e.alt = alt;
    e.meta = meta;
    return e;
}

EM_BOOL on_mouse_move(int, const EmscriptenMouseEvent* e, void*) {
    queue_input(move_event(ImVec2(float(e->targetX), float(e->targetY))));
    request_redraw();
    return EM_FALSE;
}

EM_BOOL on_mouse_button(int type, const EmscriptenMouseEvent* e, void*) {
    // DOM buttons: 0 left, 1 middle, 2 right; ImGui: 0 left, 1 right, 2 middle.
    static const int kMap[3] = {0, 2, 1};
    if (e->button < 3) {
        // Releases arrive from the whole document, so the position is taken
        // from the viewport, which the canvas fills.
        queue_input(press_event(State::InputEvent::mouse_button, kMap[e->button], type == EMSCRIPTEN_EVENT_MOUSEDOWN,
                     ImVec2(float(e->clientX), float(e->clientY)), bool(e->ctrlKey), bool(e->shiftKey),
                     bool(e->altKey), bool(e->metaKey)));
    }
    return EM_FALSE;  // let the page keep focus handling (the input bridge)
}

EM_BOOL on_mouse_leave(int, const EmscriptenMouseEvent*, void*) {
    queue_input(move_event(ImVec2(-FLT_MAX, -FLT_MAX)));
    return EM_FALSE;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
    // Browsers report pixels, lines or pages; ImGui wants "notches" (one line
    // of text each). Chromium and Firefox give 100 px or 3 lines per notch.
    double step = 1.0;
    switch (e->deltaMode) {
    case DOM_DELTA_PIXEL: step = 100.0; break;
    case DOM_DELTA_LINE: step = 3.0; break;
    default: step = 1.0; break;
    }
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheel -= float(e->deltaY / step);
    io.MouseWheelH -= float(e->deltaX / step);
    request_redraw();
    return EM_TRUE;  // the page itself never scrolls
}

bool is_editing_key(int code) {
    // Keys whose browser default would move focus, scroll or edit the hidden
    // text area instead of reaching ImGui.
    return code == 8 || code == 9 || code == 13 || code == 27 || (code >= 33 && code <= 40) || code == 46;
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*) {
    // Keys typed into the open text area are its own, editing keys included.
    if (!g.overlay.id.empty()) return EM_FALSE;
    const int code = int(e->keyCode);
    const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    const bool shortcut = e->ctrlKey || e->metaKey;
    if (down && !shortcut && !e->repeat && g.key_handler && g.key_handler(code)) {
        request_redraw();
        return EM_TRUE;
    }
    // Pasting (Ctrl+V, Shift+Insert) is left to the browser: its paste event
    // carries the system clipboard, which the bridge feeds in as typed text.
    if ((shortcut && code == 86) || (e->shiftKey && code == 45)) return EM_FALSE;
    // Letters matter to ImGui only in shortcuts; typed text comes through the
    // bridge. Queuing every letter would cost two frames per typed character.
    const bool letter = code >= 65 && code <= 90;
    if (letter && !shortcut && down) return EM_FALSE;
    if (code >= 0 && code < int(IM_ARRAYSIZE(ImGui::GetIO().KeysDown))) {
        queue_input(press_event(State::InputEvent::key, code, down, ImVec2(), bool(e->ctrlKey), bool(e->shiftKey),
                     bool(e->altKey), bool(e->metaKey)));
    }
    if (shortcut && (code == 67 || code == 88)) return EM_FALSE;  // copy/cut events still fire
    return (is_editing_key(code) || (shortcut && code == 65)) ? EM_TRUE : EM_FALSE;
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
    request_redraw();
    return EM_FALSE;
}

EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void*) {
    ImGuiIO& io = ImGui::GetIO();
    if (type == EMSCRIPTEN_EVENT_BLUR) {
        // Keys held while the window lost focus never send their keyup.
        g.input.clear();
        std::memset(io.KeysDown, 0, sizeof(io.KeysDown));
        set_modifiers(false, false, false, false);
    }
    request_redraw();
    return EM_FALSE;
}

// --- files and dates ---------------------------------------------------------

EM_JS(void, js_download, (const char* path), {
    if (window.swmBridge) window.swmBridge.download(UTF8ToString(path));
});

EM_JS(void, js_pick_text_file, (double max_bytes), {
    if (window.swmBridge) window.swmBridge.pickTextFile('swm_file_chosen', max_bytes);
});

// The picker's answer goes to whoever asked last.
FileChosenFn g_text_file_chosen;

// Requests on their way, by the id the bridge answers with.
struct Waiting {
    HttpDoneFn done;
    ProgressFn progress;  // uploads only
};
std::unordered_map<int, Waiting> g_waiting;
int g_next_request = 1;

int wait_for_answer(HttpDoneFn done, ProgressFn progress = nullptr) {
    const int id = g_next_request++;
    g_waiting.emplace(id, Waiting{std::move(done), std::move(progress)});
    return id;
}

EM_JS(void, js_fetch, (int id, const char* method, const char* path, const char* body), {
    window.swmBridge.fetch(id, UTF8ToString(method), UTF8ToString(path), UTF8ToString(body));
});

EM_JS(void, js_upload_picked, (int id, const char* method, const char* path), {
    window.swmBridge.uploadPicked(id, UTF8ToString(method), UTF8ToString(path));
});

// Strings the page hands over are allocated with _malloc and freed here.
std::string take_js_string(char* p) {
    std::string out = p ? p : "";
    std::free(p);
    return out;
}

// The host stores UTC; people read their own clock. The browser knows the
// time zone (and summer time), so it converts.
EM_JS(char*, js_local_time, (const char* iso), {
    var d = new Date(UTF8ToString(iso));
    var s = "";
    if (!isNaN(d.getTime())) {
        var two = function(n) { return (n < 10 ? "0" : "") + n; };
        s = two(d.getDate()) + "-" + two(d.getMonth() + 1) + "-" + d.getFullYear() + " " +
            two(d.getHours()) + ":" + two(d.getMinutes());
    }
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

// 0: the fragment with its '#'; 1: the address without it.
EM_JS(char*, js_location, (int part), {
    var s = part === 0 ? location.hash : location.href.split("#")[0];
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

EM_JS(void, js_replace_fragment, (const char* fragment), {
    var f = UTF8ToString(fragment);
    history.replaceState(history.state, "", f ? "#" + f : location.pathname + location.search);
});

EM_JS(char*, js_editor_name, (), {
    var name = window.swmBridge ? window.swmBridge.editorName() : "";
    var n = lengthBytesUTF8(name) + 1;
    var p = _malloc(n);
    stringToUTF8(name, p, n);
    return p;
});

EM_JS(void, js_set_editor_name, (const char* name), {
    if (window.swmBridge) window.swmBridge.setEditorName(UTF8ToString(name));
});

EM_JS(void, js_fullscreen, (int on), {
    if (window.swmBridge) window.swmBridge.fullscreen(!!on);
});

EM_JS(int, js_today, (), {
    const d = new Date();
    return d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate();
});

// --- clipboard ---------------------------------------------------------------

EM_JS(void, js_write_clipboard, (const char* text), {
    if (window.swmBridge) window.swmBridge.writeClipboard(UTF8ToString(text));
});

EM_JS(void, js_set_text_input, (int active), {
    if (window.swmBridge) window.swmBridge.setTextInput(!!active);
});

const char* get_clipboard(void*) { return g.clipboard.c_str(); }

void set_clipboard(void*, const char* text) {
    g.clipboard = text;
    js_write_clipboard(text);
}

} // namespace

void download(const std::string& path) { js_download(path.c_str()); }

void pick_text_file(double max_bytes, FileChosenFn chosen) {
    g_text_file_chosen = std::move(chosen);
    js_pick_text_file(max_bytes);
}

CivilDate today() {
    const int ymd = js_today();
    return {ymd / 10000, ymd / 100 % 100, ymd % 100};
}

void http_request(const char* method, const std::string& path, const std::string& body, HttpDoneFn done) {
    js_fetch(wait_for_answer(std::move(done)), method, path.c_str(), body.c_str());
}

void upload_picked_file(const char* method, const std::string& path, ProgressFn progress, HttpDoneFn done) {
    js_upload_picked(wait_for_answer(std::move(done), std::move(progress)), method, path.c_str());
}

double now_ms() { return emscripten_get_now(); }

std::string local_time(const std::string& iso) { return take_js_string(js_local_time(iso.c_str())); }

std::string location_fragment() { return take_js_string(js_location(0)); }
std::string location_without_fragment() { return take_js_string(js_location(1)); }
void replace_fragment(const std::string& fragment) { js_replace_fragment(fragment.c_str()); }

std::string stored_editor_name() { return take_js_string(js_editor_name()); }
void store_editor_name(const std::string& name) { js_set_editor_name(name.c_str()); }

void set_fullscreen(bool on) { js_fullscreen(on ? 1 : 0); }

namespace {
// How long the first frame waits for show_first_frame().
constexpr int kFirstFrameWaitMs = 1500;

void on_first_frame_timeout(void*) { show_first_frame(); }
} // namespace

bool start(const char* canvas_selector, FrameFn frame) {
    g.canvas = canvas_selector;
    g.frame = std::move(frame);

    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.alpha = EM_FALSE;
    attrs.antialias = EM_FALSE;  // ImGui anti-aliases its own geometry
    // Nor does it test depth (stencil is off by default): without a depth
    // buffer WebGL allocates, and clears before every frame, one full-screen
    // buffer less.
    attrs.depth = EM_FALSE;
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context(canvas_selector, &attrs);
    if (ctx <= 0) return false;
    emscripten_webgl_make_context_current(ctx);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is the app's, not a file's
    io.BackendPlatformName = "swm_web";
    io.GetClipboardTextFn = get_clipboard;
    io.SetClipboardTextFn = set_clipboard;
    map_dom_keys();
    ImGui_ImplOpenGL3_Init("#version 300 es");

    const char* c = canvas_selector;
    emscripten_set_mousemove_callback(c, nullptr, EM_FALSE, on_mouse_move);
    emscripten_set_mousedown_callback(c, nullptr, EM_FALSE, on_mouse_button);
    // Releases are caught on the whole document so a drag ending outside the
    // canvas still ends.
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_FALSE, on_mouse_button);
    emscripten_set_mouseleave_callback(c, nullptr, EM_FALSE, on_mouse_leave);
    emscripten_set_wheel_callback(c, nullptr, EM_FALSE, on_wheel);
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_key);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_key);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_resize);
    emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_focus);
    emscripten_set_focus_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_focus);
    // The shaders and the font atlas now, while the first answers are on
    // their way, rather than in the first frame after them (the shaders
    // first: they come with a default atlas, which sync_fonts replaces). The
    // canvas keeps its small default backing store until the first frame
    // sizes and fills it in one go: sized now, the browser would composite
    // a full-screen empty canvas first (tens of ms without a GPU).
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    sync_fonts(device_pixel_ratio());
    emscripten_set_timeout(on_first_frame_timeout, kFirstFrameWaitMs, nullptr);
    request_redraw();
    return true;
}

void show_first_frame() {
    if (!g.first_frame_held) return;
    g.first_frame_held = false;
    schedule();
}

void request_redraw(int frames) {
    if (g.frames_pending < frames) g.frames_pending = frames;
    schedule();
}

void set_ui_scale(float scale) {
    g.ui_scale = scale;
    request_redraw();
}

float ui_scale() { return g.ui_scale; }

void set_key_handler(KeyHandler handler) { g.key_handler = std::move(handler); }

long frames_drawn() { return g.frames; }

void mark_when_drawn(const char* name) { g.marks.push_back(name); }

namespace {
// Tells the bridge whether a text field has focus, so the on-screen keyboard
// and IME target the hidden text area only then.
void sync_text_input() {
    static int last = -1;
    const int want = ImGui::GetIO().WantTextInput ? 1 : 0;
    if (want == last) return;
    last = want;
    js_set_text_input(want);
}
} // namespace

// --- the text area over a field ------------------------------------------------

namespace {

EM_JS(void, js_overlay_open, (const char* text, const unsigned char* font, double font_size), {
    if (window.swmBridge) window.swmBridge.openTextArea(UTF8ToString(text), HEAPU8.subarray(font, font + font_size));
});

EM_JS(void, js_overlay_place, (const char* css), {
    if (window.swmBridge) window.swmBridge.placeTextArea(UTF8ToString(css));
});

EM_JS(void, js_overlay_close, (), {
    if (window.swmBridge) window.swmBridge.closeTextArea();
});

void close_overlay() {
    g.overlay = State::Overlay{};
    js_overlay_close();
    request_redraw();
}

// A text area no view placed in this frame belongs to a view that is gone.
void end_overlay_frame() {
    if (!g.overlay.id.empty() && !g.overlay.placed) close_overlay();
    g.overlay.placed = false;
}

// ImGui sizes a font by its line (ascender to descender), CSS by its em:
// the em per pixel of line of the body font, from its 'head' and 'hhea'
// tables, as stb_truetype reads them.
float em_per_line() {
    const unsigned char* f = font_regular;
    auto u16 = [&](std::size_t at) { return unsigned(f[at] << 8 | f[at + 1]); };
    auto u32 = [&](std::size_t at) { return std::size_t(u16(at)) << 16 | u16(at + 2); };
    float units = 0, line = 0;
    for (unsigned i = 0, n = u16(4); i < n; ++i) {
        const std::size_t rec = 12 + 16 * std::size_t(i);
        const std::size_t at = u32(rec + 8);
        if (std::memcmp(f + rec, "head", 4) == 0) units = float(u16(at + 18));
        if (std::memcmp(f + rec, "hhea", 4) == 0) line = float(int16_t(u16(at + 4))) - float(int16_t(u16(at + 6)));
    }
    return units > 0 && line > 0 ? units / line : 1.0f;
}

std::string css_colour(ImGuiCol c) {
    const ImVec4 v = ImGui::GetStyleColorVec4(c);
    char out[40];
    std::snprintf(out, sizeof out, "rgb(%d,%d,%d)", int(v.x * 255 + 0.5f), int(v.y * 255 + 0.5f), int(v.z * 255 + 0.5f));
    return out;
}

} // namespace

const std::string& text_overlay_id() { return g.overlay.id; }

void open_text_overlay(const std::string& id, const std::string& text) {
    g.overlay = State::Overlay{};
    g.overlay.id = id;
    g.overlay.text = text;
    // The page gets the UI's own body font, so the text wraps where ImGui's does.
    static bool font_given = false;
    js_overlay_open(text.c_str(), font_given ? nullptr : font_regular, font_given ? 0.0 : double(font_regular_size));
    font_given = true;
    request_redraw();
}

bool place_text_overlay(ScreenRect f, ScreenRect v, std::string& text) {
    State::Overlay& o = g.overlay;
    if (o.id.empty()) return false;
    o.placed = true;
    const bool edited = o.edited;
    if (edited) text = o.text;
    o.edited = false;
    if (o.blurred) {
        close_overlay();
        return edited;
    }
    // The text sits where ImGui's would: frame padding inside a border in
    // the accent colour, which says the field is being edited.
    const ImGuiStyle& st = ImGui::GetStyle();
    const float border = std::max(2.0f, st.FrameBorderSize);
    const float font = ImGui::GetFontSize();
    static const float em = em_per_line();
    char css[640];
    std::snprintf(css, sizeof css,
                  "left:%.1fpx;top:%.1fpx;width:%.1fpx;height:%.1fpx;clip-path:inset(%.1fpx %.1fpx %.1fpx %.1fpx);"
                  "font-size:%.2fpx;line-height:%.2fpx;padding:%.1fpx %.1fpx;border:%.1fpx solid %s;"
                  "border-radius:%.1fpx;color:%s;background:%s;",
                  f.x0, f.y0, f.x1 - f.x0, f.y1 - f.y0, std::max(0.0f, v.y0 - f.y0), std::max(0.0f, f.x1 - v.x1),
                  std::max(0.0f, f.y1 - v.y1), std::max(0.0f, v.x0 - f.x0), font * em, font,
                  std::max(0.0f, st.FramePadding.y - border), std::max(0.0f, st.FramePadding.x - border), border,
                  css_colour(ImGuiCol_CheckMark).c_str(), st.FrameRounding, css_colour(ImGuiCol_Text).c_str(),
                  css_colour(ImGuiCol_FrameBg).c_str());
    if (o.css != css) {
        o.css = css;
        js_overlay_place(css);
    }
    return edited;
}

} // namespace swm::web

// --- entry points for the JS bridge (assets/shell.html) ------------------------

extern "C" {

// Text from the hidden text area: typed, composed (IME, dead keys) or pasted.
EMSCRIPTEN_KEEPALIVE void swm_text_input(const char* utf8) {
    swm::web::State::InputEvent e;
    e.kind = swm::web::State::InputEvent::text;
    e.chars = utf8;
    swm::web::queue_input(std::move(e));
}

// The file picker's answer (pick_text_file).
EMSCRIPTEN_KEEPALIVE void swm_file_chosen(const char* name, const char* text, double size) {
    if (swm::web::g_text_file_chosen) swm::web::g_text_file_chosen(name, text, size);
}

// The text area over a field was edited; `utf8` is its whole text.
EMSCRIPTEN_KEEPALIVE void swm_text_overlay_input(const char* utf8) {
    auto& o = swm::web::g.overlay;
    if (o.id.empty()) return;
    o.text = utf8;
    o.edited = true;
    swm::web::request_redraw();
}

// The text area lost focus (a click elsewhere, Esc, Tab): it closes in the
// next frame, once its field has taken the last edit.
EMSCRIPTEN_KEEPALIVE void swm_text_overlay_blurred() {
    auto& o = swm::web::g.overlay;
    if (o.id.empty()) return;
    o.blurred = true;
    swm::web::request_redraw();
}

// The answer to http_request or upload_picked_file.
EMSCRIPTEN_KEEPALIVE void swm_fetch_done(int id, int status, const char* body) {
    auto it = swm::web::g_waiting.find(id);
    if (it == swm::web::g_waiting.end()) return;
    swm::web::HttpDoneFn done = std::move(it->second.done);
    swm::web::g_waiting.erase(it);
    done(status, body ? body : "");
    swm::web::request_redraw();
}

// An upload's bytes sent so far (upload_picked_file).
EMSCRIPTEN_KEEPALIVE void swm_upload_progress(int id, double sent, double total) {
    auto it = swm::web::g_waiting.find(id);
    if (it == swm::web::g_waiting.end() || !it->second.progress) return;
    it->second.progress(sent, total);
    swm::web::request_redraw();
}

// The bridge asks for frames after events it handles itself.
EMSCRIPTEN_KEEPALIVE void swm_request_redraw() { swm::web::request_redraw(); }

} // extern "C"
