#include "native-host/platform.h"
#include "native-host/stop_request.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <cstdlib>
#include <fcntl.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <pthread.h>
#include <pwd.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace swm::platform {

std::string env(const char* name) {
    const char* v = std::getenv(name);
    return v ? v : "";
}

std::string default_data_dir() {
    std::string base = env("XDG_DATA_HOME");
    if (base.empty()) {
        std::string home = env("HOME");
        if (home.empty()) {
            if (const passwd* pw = getpwuid(getuid())) home = pw->pw_dir;
        }
        base = home + "/.local/share";
    }
    return base + "/samenwerkingsmonitor";
}

bool make_dirs(const std::string& path, std::string& error) {
    for (size_t i = 1; i <= path.size(); ++i) {
        if (i != path.size() && path[i] != '/') continue;
        const std::string part = path.substr(0, i);
        if (mkdir(part.c_str(), 0700) != 0 && errno != EEXIST) {
            error = part + ": " + std::strerror(errno);
            return false;
        }
    }
    struct stat st {};
    if (stat(path.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
        error = path + ": geen map";
        return false;
    }
    return true;
}

bool read_file(const std::string& path, std::string& out, std::string& error) {
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = path + ": " + std::strerror(errno);
        return false;
    }
    out.clear();
    char buf[65536];
    ssize_t n = 0;
    while ((n = read(fd, buf, sizeof buf)) > 0) out.append(buf, size_t(n));
    const int err = errno;
    close(fd);
    if (n < 0) {
        error = path + ": " + std::strerror(err);
        return false;
    }
    return true;
}

namespace {

bool write_atomic(const std::string& path, const std::string& data, mode_t mode, std::string& error) {
    const std::string tmp = path + ".tmp-" + std::to_string(getpid());
    unlink(tmp.c_str());  // O_EXCL below: never reuse a file someone else made
    const int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        error = tmp + ": " + std::strerror(errno);
        return false;
    }
    size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = write(fd, data.data() + done, data.size() - done);
        if (n <= 0) break;
        done += size_t(n);
    }
    const bool ok = done == data.size() && fsync(fd) == 0;
    const int err = errno;
    close(fd);
    if (!ok || rename(tmp.c_str(), path.c_str()) != 0) {
        error = path + ": " + std::strerror(ok ? errno : err);
        unlink(tmp.c_str());
        return false;
    }
    return true;
}

} // namespace

bool write_file_atomic(const std::string& path, const std::string& data, std::string& error) {
    return write_atomic(path, data, 0644, error);
}

bool write_private_file(const std::string& path, const std::string& data, std::string& error) {
    return write_atomic(path, data, 0600, error);
}

bool file_exists(const std::string& path) {
    struct stat st {};
    return stat(path.c_str(), &st) == 0;
}

bool remove_file(const std::string& path) { return unlink(path.c_str()) == 0; }

std::string join_path(const std::string& dir, const std::string& name) {
    if (dir.empty() || dir.back() == '/') return dir + name;
    return dir + "/" + name;
}

bool has_desktop() { return !env("DISPLAY").empty() || !env("WAYLAND_DISPLAY").empty(); }

bool open_browser(const std::string& url) {
    // xdg-open may block until the browser exits; spawn it and reap it in a
    // detached thread so no zombie remains.
    const char* argv[] = {"xdg-open", url.c_str(), nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, "xdg-open", &actions, nullptr, const_cast<char**>(argv), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) return false;
    std::thread([pid] { waitpid(pid, nullptr, 0); }).detach();
    return true;
}

void watch_stop_requests() {
    // Block the signals in every thread (threads made later inherit the mask)
    // and wait for them in one thread: the handler then runs as normal code,
    // not in a signal context where almost nothing is allowed.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::thread([set] {
        int sig = 0;
        sigwait(&set, &sig);
        deliver_stop_request();
    }).detach();
}

std::string user_name() {
    if (const passwd* pw = getpwuid(getuid())) return pw->pw_name;
    return env("USER");
}

void init_console() {
    // Output piped to a closed reader (`| head`, a test that stopped reading)
    // must not kill the server; writes then just fail.
    std::signal(SIGPIPE, SIG_IGN);
}

void tune_allocator() {
#ifdef __GLIBC__
    mallopt(M_ARENA_MAX, 2);
    // Set, it also stops glibc raising it to the size of each block freed.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
}

void release_free_memory() {
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

void set_listen_socket_options(std::uintptr_t socket) {
    int yes = 1;
    setsockopt(int(socket), SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
}

long process_id() { return long(getpid()); }

bool random_bytes(unsigned char* out, size_t n) {
    const int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    size_t got = 0;
    while (got < n) {
        const ssize_t r = read(fd, out + got, n - got);
        if (r <= 0) break;
        got += size_t(r);
    }
    close(fd);
    return got == n;
}

} // namespace swm::platform

// --- Storage checks (faults) ---
namespace swm::platform {

bool folder_writable(const std::string& dir) { return access(dir.c_str(), W_OK) == 0; }

std::string network_file_system(const std::string& path) {
    struct statfs fs {};
    if (statfs(path.c_str(), &fs) != 0) return {};
    return network_fs_from_statfs_type(int64_t(fs.f_type));
}

} // namespace swm::platform
