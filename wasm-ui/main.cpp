// Entry point of the WebAssembly UI, the page's calls into it
// (assets/shell.html) and the function tests read it through.
#include "app.h"
#include "map_slot.h"
#include "web_platform.h"

#include <emscripten.h>

#include <cstdio>
#include <string>

int main() {
    if (!swm::web::start("#canvas", [] { return swm::web::app().frame(); })) {
        std::fprintf(stderr, "WebGL2 is niet beschikbaar in deze browser.\n");
        return 1;
    }
    swm::web::install_map_view(swm::web::app());
    swm::web::app().start();
    return 0;
}

extern "C" EMSCRIPTEN_KEEPALIVE const char* swm_state_json() {
    static std::string out;
    out = swm::web::app().state().dump();
    return out.c_str();
}

// The bridge reports the page entering or leaving full screen (Esc in full
// screen reaches only the browser).
extern "C" EMSCRIPTEN_KEEPALIVE void swm_fullscreen_changed(int on) {
    swm::web::app().presentation().fullscreen_changed(swm::web::app(), on != 0);
}

// The bridge reports the address's fragment changing (a link pasted into
// the address bar of an open monitor).
extern "C" EMSCRIPTEN_KEEPALIVE void swm_fragment_changed() { swm::web::app().link().fragment_changed(); }
