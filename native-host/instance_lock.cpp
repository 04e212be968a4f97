#include "native-host/instance_lock.h"

#include "native-host/platform.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace swm {
namespace {

const char* const kLockName = "monitor.lock";

std::string lock_content(const std::string& url, const std::string& launch_key) {
    return "pid=" + std::to_string(platform::process_id()) + "\nurl=" + url + "\nkey=" + launch_key + "\n";
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

// A fresh login secret from the monitor at `url` ("http://host:port/"), or
// empty when no monitor that knows `launch_key` answers there.
std::string ask_login_secret(const std::string& url, const std::string& launch_key) {
    if (url.rfind("http://", 0) != 0 || url.back() != '/' || launch_key.empty()) return {};
    httplib::Client client(url.substr(0, url.size() - 1));
    client.set_connection_timeout(1);
    client.set_read_timeout(2);
    const auto res = client.Post("/api/login/secret", {{"Authorization", "Bearer " + launch_key}}, "", "application/json");
    if (!res || res->status != 201) return {};
    const auto body = nlohmann::json::parse(res->body, nullptr, false);
    return body.is_object() && body.contains("secret") && body["secret"].is_string() ? body["secret"].get<std::string>()
                                                                                     : std::string();
}

} // namespace

RunningMonitor find_running_monitor(const std::string& data_dir) {
    RunningMonitor found;
    const std::string path = platform::join_path(data_dir, kLockName);
    std::string text, error;
    if (!platform::read_file(path, text, error)) {
        // There but not readable: another OS user's monitor holds the folder.
        if (platform::file_exists(path)) found.found = RunningMonitor::Found::other_user;
        return found;
    }
    const std::string url = field(text, "url");
    const std::string secret = ask_login_secret(url, field(text, "key"));
    if (secret.empty()) return found;
    found.found = RunningMonitor::Found::ours;
    found.url = url;
    found.secret = secret;
    return found;
}

InstanceLock::InstanceLock(const std::string& data_dir, const std::string& url, const std::string& launch_key)
    : path_(platform::join_path(data_dir, kLockName)), content_(lock_content(url, launch_key)) {
    // Without the file (a read-only folder) the monitor still runs; only a
    // second start would then report the taken port instead.
    std::string error;
    platform::write_private_file(path_, content_, error);
}

InstanceLock::~InstanceLock() {
    // Only our own lock: a second monitor may have taken the folder over
    // after this one stopped answering.
    std::string text, error;
    if (platform::read_file(path_, text, error) && text == content_) platform::remove_file(path_);
}

} // namespace swm
