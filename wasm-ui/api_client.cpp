#include "api_client.h"

#include "web_platform.h"

#include <emscripten.h>

#include <unordered_map>

namespace swm::web {
namespace {

std::unordered_map<int, ResponseFn> g_waiting;
int g_next_id = 1;

EM_JS(void, js_fetch, (int id, const char* method, const char* path, const char* body), {
    window.swmBridge.fetch(id, UTF8ToString(method), UTF8ToString(path), UTF8ToString(body));
});

} // namespace

void api_request(const char* method, const std::string& path, const std::string& body, ResponseFn done) {
    const int id = g_next_id++;
    g_waiting.emplace(id, std::move(done));
    js_fetch(id, method, path.c_str(), body.c_str());
}

int api_pending() { return int(g_waiting.size()); }

} // namespace swm::web

extern "C" EMSCRIPTEN_KEEPALIVE void swm_fetch_done(int id, int status, const char* body) {
    auto it = swm::web::g_waiting.find(id);
    if (it == swm::web::g_waiting.end()) return;
    swm::web::ResponseFn done = std::move(it->second);
    swm::web::g_waiting.erase(it);
    done(status, body ? body : "");
    swm::web::request_redraw();
}
