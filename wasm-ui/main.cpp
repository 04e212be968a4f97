// Entry point of the WebAssembly UI and the functions tests read it through.
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
