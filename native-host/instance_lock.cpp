#include "native-host/instance_lock.h"

#include "native-host/platform.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace swm {
namespace {

const char* const kLockName = "monitor.lock";

std::string lock_content(const std::string& url) {
    return "pid=" + std::to_string(platform::process_id()) + "\nurl=" + url + "\n";
}

// The value of the line `key=value` in the lock file, or empty.
std::string field(const std::string& text, const std::string& key) {
    const std::string prefix = key + "=";
    for (size_t start = 0; start < text.size();) {
        const size_t end = std::min(text.find('\n', start), text.size());
        if (text.compare(start, prefix.size(), prefix) == 0) return text.substr(start + prefix.size(), end - start - prefix.size());
        start = end + 1;
    }
    return {};
}

// Whether a monitor answers /api/version at `url` ("http://host:port/").
bool answers(const std::string& url) {
    if (url.rfind("http://", 0) != 0 || url.back() != '/') return false;
    httplib::Client client(url.substr(0, url.size() - 1));
    client.set_connection_timeout(1);
    client.set_read_timeout(2);
    const auto res = client.Get("/api/version");
    if (!res || res->status != 200) return false;
    const auto body = nlohmann::json::parse(res->body, nullptr, false);
    return body.is_object() && body.value("name", "") == "Samenwerkingsmonitor";
}

} // namespace

std::string running_monitor_url(const std::string& data_dir) {
    std::string text, error;
    if (!platform::read_file(platform::join_path(data_dir, kLockName), text, error)) return {};
    const std::string url = field(text, "url");
    return !url.empty() && answers(url) ? url : std::string();
}

InstanceLock::InstanceLock(const std::string& data_dir, const std::string& url)
    : path_(platform::join_path(data_dir, kLockName)), content_(lock_content(url)) {
    // Without the file (a read-only folder) the monitor still runs; only a
    // second start would then report the taken port instead.
    std::string error;
    platform::write_file_atomic(path_, content_, error);
}

InstanceLock::~InstanceLock() {
    // Only our own lock: a second monitor may have taken the folder over
    // after this one stopped answering.
    std::string text, error;
    if (platform::read_file(path_, text, error) && text == content_) platform::remove_file(path_);
}

} // namespace swm
