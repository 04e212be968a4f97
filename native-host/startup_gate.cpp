#include "native-host/startup_gate.h"

namespace swm {

void StartupGate::hold() {
    const std::lock_guard<std::mutex> lock(mutex_);
    state_ = State::held;
}

void StartupGate::open() {
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        state_ = State::open;
    }
    changed_.notify_all();
}

void StartupGate::fail(ApiError fault) {
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        state_ = State::failed;
        fault_ = std::move(fault);
    }
    changed_.notify_all();
}

bool StartupGate::pass(ApiError& fault) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return state_ != State::held; });
    if (state_ == State::open) return true;
    fault = fault_;
    return false;
}

} // namespace swm
