#include "monitor_process.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <poll.h>
#include <regex>
#include <spawn.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace swm::test {
namespace {

std::vector<char*> c_args(std::vector<std::string>& args) {
    std::vector<char*> out;
    for (auto& a : args) out.push_back(a.data());
    out.push_back(nullptr);
    return out;
}

// Reads from `fd` until `stop` says enough or `timeout_ms` passes.
template <class Stop> std::string read_until(int fd, int timeout_ms, Stop stop) {
    std::string out;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
    while (!stop(out)) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
        if (left <= 0) break;
        pollfd p{fd, POLLIN, 0};
        if (poll(&p, 1, int(left)) <= 0) continue;
        char buf[4096];
        const ssize_t n = read(fd, buf, sizeof buf);
        if (n <= 0) break;
        out.append(buf, size_t(n));
    }
    return out;
}

} // namespace

TempDir::TempDir() {
    char tmpl[] = "/tmp/swm-test-XXXXXX";
    const char* p = mkdtemp(tmpl);
    REQUIRE(p != nullptr);
    path = p;
}

TempDir::~TempDir() {
    const std::string cmd = "rm -rf '" + path + "'";
    if (std::system(cmd.c_str()) != 0) WARN("could not remove " << path);
}

MonitorProcess::MonitorProcess(const std::string& data_dir, std::vector<std::string> extra, bool default_port) {
    std::vector<std::string> args = {SWM_EXE, "--no-browser", "--data-dir", data_dir};
    if (!default_port) args.insert(args.end(), {"--port", "0"});
    args.insert(args.end(), extra.begin(), extra.end());
    int out[2];
    REQUIRE(pipe(out) == 0);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, out[1], 1);
    posix_spawn_file_actions_addclose(&fa, out[0]);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    auto argv = c_args(args);
    const int rc = posix_spawn(&pid, SWM_EXE, &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    close(out[1]);
    REQUIRE(rc == 0);
    pid_ = pid;
    static const std::regex kUrl(R"(http://127\.0\.0\.1:(\d+)/#login=([0-9a-f]{48})\S*\n)");
    const std::string text = read_until(out[0], 15000, [](const std::string& s) { return std::regex_search(s, kUrl); });
    close(out[0]);  // the host ignores SIGPIPE on stdout? it prints little after start
    std::smatch m;
    if (!std::regex_search(text, m, kUrl)) {
        kill_hard();
        FAIL("the monitor did not print its login link; output: " << text);
    }
    port_ = std::stoi(m[1]);
    login_secret_ = m[2];
    printed_ = text;
}

MonitorProcess::~MonitorProcess() {
    if (running()) kill_hard();
}

httplib::Client MonitorProcess::anonymous_client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_connection_timeout(5);
    c.set_read_timeout(20);
    return c;
}

std::string MonitorProcess::credential() const {
    if (!credential_.empty()) return credential_;
    auto res = anonymous_client().Post("/api/login", nlohmann::json{{"secret", login_secret_}}.dump(), "application/json");
    REQUIRE(res);
    REQUIRE(res->status == 200);
    credential_ = nlohmann::json::parse(res->body).at("credential").get<std::string>();
    return credential_;
}

httplib::Client MonitorProcess::client() const {
    httplib::Client c = anonymous_client();
    c.set_default_headers({{"Authorization", "Bearer " + credential()}});
    return c;
}

httplib::Headers MonitorProcess::write_headers() const {
    return {{"Authorization", "Bearer " + credential()}, {"Origin", "http://" + host()}};
}

int interrupt_during_start(const std::string& data_dir, int after_us) {
    std::vector<std::string> args = {SWM_EXE, "--no-browser", "--port", "0", "--data-dir", data_dir};
    auto argv = c_args(args);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, SWM_EXE, &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    REQUIRE(rc == 0);
    std::this_thread::sleep_for(std::chrono::microseconds(after_us));
    ::kill(pid, SIGINT);
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

void MonitorProcess::kill_hard() {
    if (pid_ <= 0) return;
    ::kill(pid_t(pid_), SIGKILL);
    waitpid(pid_t(pid_), nullptr, 0);
    pid_ = -1;
}

int MonitorProcess::stop() {
    if (pid_ <= 0) return -1;
    ::kill(pid_t(pid_), SIGINT);
    int status = 0;
    waitpid(pid_t(pid_), &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

RunResult run_exe(const std::vector<std::string>& args_in, const std::string& stdin_text) {
    std::vector<std::string> args = {SWM_EXE};
    args.insert(args.end(), args_in.begin(), args_in.end());
    int in[2], out[2], err[2];
    REQUIRE((pipe(in) == 0 && pipe(out) == 0 && pipe(err) == 0));
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, in[0], 0);
    posix_spawn_file_actions_adddup2(&fa, out[1], 1);
    posix_spawn_file_actions_adddup2(&fa, err[1], 2);
    for (int fd : {in[1], out[0], err[0]}) posix_spawn_file_actions_addclose(&fa, fd);
    pid_t pid = 0;
    auto argv = c_args(args);
    const int rc = posix_spawn(&pid, SWM_EXE, &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    close(in[0]);
    close(out[1]);
    close(err[1]);
    REQUIRE(rc == 0);
    // Feed stdin from a thread while draining both outputs, so large data
    // never deadlocks on a full pipe.
    std::thread feeder([&] {
        size_t done = 0;
        while (done < stdin_text.size()) {
            const ssize_t n = write(in[1], stdin_text.data() + done, stdin_text.size() - done);
            if (n <= 0) break;
            done += size_t(n);
        }
        close(in[1]);
    });
    RunResult r;
    std::thread err_reader([&] { r.err = read_until(err[0], 60000, [](const std::string&) { return false; }); });
    r.out = read_until(out[0], 60000, [](const std::string&) { return false; });
    err_reader.join();
    feeder.join();
    close(out[0]);
    close(err[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return r;
}

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace swm::test
