// What the monitor does when the user asks it to stop: Ctrl-C, SIGTERM,
// closing the console window, logging off. The platform's watcher
// (platform::watch_stop_requests) calls deliver_stop_request() on a thread
// of its own, at any moment: during start-up too, and after main has begun
// to take down what the callback stops. The callback is therefore armed
// only while its StopRequestHandler lives; the destructor waits for a call
// in progress and disarms it, so a request never reaches a server that is
// already gone (a Ctrl-C just before the server listens leaves the watcher
// waiting inside HttpServer::stop() while main frees the server; read from
// the code as the likely cause of an intermittent ASan report on that thread).
#pragma once
#include <functional>

namespace swm {

class StopRequestHandler {
public:
    explicit StopRequestHandler(std::function<void()> on_stop);
    ~StopRequestHandler();
    StopRequestHandler(const StopRequestHandler&) = delete;
    StopRequestHandler& operator=(const StopRequestHandler&) = delete;
};

// Runs the armed callback, at most once per process; without one, nothing.
void deliver_stop_request();

} // namespace swm
