// The command line: `samenwerkingsmonitor [options]` serves the monitor;
// subcommands (export, import, ...) work on the data folder and exit.
#pragma once
#include <string>
#include <vector>

namespace swm {

constexpr int kDefaultPort = 8642;

struct Options {
    std::string command = "serve";  // serve | export | import | import-map | report
    std::string data_dir;           // empty: the platform's default
    std::string bind = "127.0.0.1";
    int port = kDefaultPort;
    bool port_given = false;  // --port: a taken port is an error, not a reason to pick another
    std::string host_name;    // --host-name: a name for this machine that clients beyond loopback use
    bool open_browser = true;
    bool read_only = false;
    bool present = false;  // --present: read-only, the browser opens the first deck
    bool help = false;
    bool version = false;
    // export / import
    std::string format = "json";  // json | csv
    std::string output;            // empty: standard output
    std::string input;             // import, import-map: the file to read
    std::string since;             // report: snapshot id to compare with; empty: the first
};

struct ParsedOptions {
    Options options;
    std::string error;  // empty when the command line is valid
};

ParsedOptions parse_options(const std::vector<std::string>& args);
std::string usage_text();

} // namespace swm
