// One monitor per data folder. The running monitor keeps monitor.lock in its
// folder (process id and URL); a second start on that folder finds it there,
// checks that it answers, and opens the browser at it instead of failing on
// the port. A lock left behind by a crash is ignored: nothing answers at it.
#pragma once
#include <string>

namespace swm {

// The URL of the monitor that serves `data_dir` now, or empty if none does.
std::string running_monitor_url(const std::string& data_dir);

// Marks `data_dir` as served by this process at `url` while it lives.
class InstanceLock {
public:
    InstanceLock(const std::string& data_dir, const std::string& url);
    ~InstanceLock();
    InstanceLock(const InstanceLock&) = delete;
    InstanceLock& operator=(const InstanceLock&) = delete;

private:
    std::string path_;
    std::string content_;
};

} // namespace swm
