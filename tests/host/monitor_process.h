// Test fixture: the real samenwerkingsmonitor executable, started on a free
// port on 127.0.0.1 with a temporary data folder, and an HTTP client for it.
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
    // Starts the executable with `--no-browser --port 0 --data-dir DIR` plus `extra`.
    MonitorProcess(const std::string& data_dir, std::vector<std::string> extra = {});
    ~MonitorProcess();

    int port() const { return port_; }
    long pid() const { return pid_; }
    // What it printed on start, up to and including its URL.
    const std::string& printed() const { return printed_; }
    std::string host() const { return "127.0.0.1:" + std::to_string(port_); }
    // The write token, read from the served page as a browser would.
    std::string token();
    httplib::Client client() const;
    // Headers a same-origin write from the UI carries.
    httplib::Headers write_headers();

    void kill_hard();          // SIGKILL, as a crash would
    int stop();                // SIGINT (Ctrl-C); returns the exit status
    bool running() const { return pid_ > 0; }

private:
    long pid_ = -1;
    int port_ = 0;
    std::string token_;
    std::string printed_;
};

// Runs the executable to completion (subcommands); returns exit code and output.
struct RunResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};
RunResult run_exe(const std::vector<std::string>& args, const std::string& stdin_text = "");

// A file's bytes, or "" when it cannot be read.
std::string read_text(const std::string& path);

// An API answer: the status and the body parsed (discarded if not JSON).
struct Answer {
    int status;
    nlohmann::json body;
};

} // namespace swm::test
