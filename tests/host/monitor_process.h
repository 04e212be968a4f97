// Test fixture: the real samenwerkingsmonitor executable, started on a free
// port on 127.0.0.1 with a temporary data folder, and an HTTP client for it
// signed in the way README describes for scripts: the one-time secret of the
// printed link traded for the session's credential (POST /api/login).
#pragma once
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace swm::test {

// A fresh, empty temporary folder, removed by the destructor.
struct TempDir {
    std::string path;
    TempDir();
    ~TempDir();
};

class MonitorProcess {
public:
    // Starts the executable with `--no-browser --port 0 --data-dir DIR` plus
    // `extra`; without `--port 0` when `default_port` (8642, or a free one).
    MonitorProcess(const std::string& data_dir, std::vector<std::string> extra = {}, bool default_port = false);
    ~MonitorProcess();

    int port() const { return port_; }
    long pid() const { return pid_; }
    // What it printed on start, up to and including its login link.
    const std::string& printed() const { return printed_; }
    std::string host() const { return "127.0.0.1:" + std::to_string(port_); }
    // The one-time secret of the printed link (#login=...).
    const std::string& login_secret() const { return login_secret_; }
    // The session's credential, traded once for the printed secret.
    std::string credential() const;
    // A client that sends the credential on every request.
    httplib::Client client() const;
    // A client that has no session: another program or user on this machine.
    httplib::Client anonymous_client() const;
    // Headers a same-origin write from the UI carries.
    httplib::Headers write_headers() const;

    void kill_hard();          // SIGKILL, as a crash would
    int stop();                // SIGINT (Ctrl-C); returns the exit status
    bool running() const { return pid_ > 0; }

private:
    long pid_ = -1;
    int port_ = 0;
    std::string login_secret_;
    mutable std::string credential_;
    std::string printed_;
};

// Runs the executable to completion (subcommands); returns exit code and output.
struct RunResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};
RunResult run_exe(const std::vector<std::string>& args, const std::string& stdin_text = "");

// Starts the monitor on `data_dir` and sends it SIGINT `after_us` later,
// whatever it is doing by then; returns its exit status as stop() does.
int interrupt_during_start(const std::string& data_dir, int after_us);

// A file's bytes, or "" when it cannot be read.
std::string read_text(const std::string& path);

// An API answer: the status and the body parsed (discarded if not JSON).
struct Answer {
    int status;
    nlohmann::json body;
};

} // namespace swm::test
