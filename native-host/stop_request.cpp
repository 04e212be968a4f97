#include "native-host/stop_request.h"

#include "native-host/platform.h"

#include <cassert>
#include <mutex>

namespace swm {
namespace {

// The mutex is held while the callback runs: the handler's destructor then
// waits for it to return.
std::mutex g_mutex;
std::function<void()> g_on_stop;
bool g_delivered = false;

} // namespace

StopRequestHandler::StopRequestHandler(std::function<void()> on_stop) {
    {
        std::lock_guard lock(g_mutex);
        assert(!g_on_stop);  // one handler at a time
        g_on_stop = std::move(on_stop);
    }
    static std::once_flag watching;
    std::call_once(watching, platform::watch_stop_requests);
}

StopRequestHandler::~StopRequestHandler() {
    std::lock_guard lock(g_mutex);
    g_on_stop = nullptr;
}

void deliver_stop_request() {
    std::lock_guard lock(g_mutex);
    if (g_delivered || !g_on_stop) return;
    g_delivered = true;
    g_on_stop();
}

} // namespace swm
