// Holds requests for data until the data folder is ready. A first start
// fills a new database with the 2014 register (some 30 ms); it does that
// after printing the link, while the browser fetches the page and the wasm,
// which need no data. Everything else waits here, so no request ever sees
// the empty database between its creation and its seed.
#pragma once
#include "core/api_error.h"

#include <condition_variable>
#include <mutex>
#include <string>

namespace swm {

class StartupGate {
public:
    // Requests pass at once until hold() (a folder that needs no seed).
    void hold();
    void open();
    // The folder could not be made ready: waiting requests get `fault`.
    void fail(ApiError fault);

    // Waits while held; false with the fault once failed.
    bool pass(ApiError& fault);

private:
    enum class State { open, held, failed };
    std::mutex mutex_;
    std::condition_variable changed_;
    State state_ = State::open;
    ApiError fault_;
};

} // namespace swm
