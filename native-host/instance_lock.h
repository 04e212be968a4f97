// One monitor per data folder. The running monitor keeps monitor.lock in its
// folder (process id, URL and its launch key), readable only by the OS user
// who started it. A second start by that user reads the key, which proves
// it is the same user, and asks the running monitor for a fresh one-time
// login link instead of failing on the port. A lock left behind by a crash
// is ignored: nothing answers at it.
#pragma once
#include <string>

namespace swm {

struct RunningMonitor {
    enum class Found { none, ours, other_user };
    Found found = Found::none;
    std::string url;     // ours: "http://host:port/"
    std::string secret;  // ours: a fresh one-time login secret (session.h)
};

// The monitor that serves `data_dir` now, if any.
RunningMonitor find_running_monitor(const std::string& data_dir);

// Marks `data_dir` as served by this process at `url` while it lives.
class InstanceLock {
public:
    InstanceLock(const std::string& data_dir, const std::string& url, const std::string& launch_key);
    ~InstanceLock();
    InstanceLock(const InstanceLock&) = delete;
    InstanceLock& operator=(const InstanceLock&) = delete;

private:
    std::string path_;
    std::string content_;
};

} // namespace swm
