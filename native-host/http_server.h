// The local HTTP server: cpp-httplib with the checks that keep strangers out
// (Host header against DNS rebinding, a per-run token and same-origin for
// writes, read-only mode), a body limit, JSON errors and one log line per
// request.
#pragma once
#include "native-host/bounded_server.h"

#include <httplib.h>

#include <atomic>
#include <string>

namespace swm {

struct ServerSettings {
    std::string bind = "127.0.0.1";
    int port = 0;
    bool read_only = false;
    std::string token;  // writes must carry it in X-SWM-Token
};

// Body limits: a record (and everything else), and a boundary file, which
// PDOK serves at tens of MB (POST /api/geo/import).
constexpr size_t kMaxBodyBytes = 1 << 20;
constexpr size_t kMaxMapBodyBytes = 64 << 20;

class HttpServer {
public:
    explicit HttpServer(ServerSettings settings);
    httplib::Server& routes() { return server_; }
    const ServerSettings& settings() const { return settings_; }

    // Binds the socket; on failure `error` says why in Dutch.
    bool bind(std::string& error);
    int port() const { return port_; }
    std::string url() const;
    // Serves until stop(); returns false if the server failed.
    bool run();
    // Safe from any thread at any time, also before run() has started
    // listening (a Ctrl-C during start-up).
    void stop();

    // Whether a request's Host header names this server (exposed for tests).
    bool host_allowed(const std::string& host) const;

private:
    httplib::Server::HandlerResponse check(const httplib::Request& req, httplib::Response& res) const;

    ServerSettings settings_;
    BoundedServer server_;
    int port_ = 0;
    std::atomic<bool> stop_requested_{false};
    std::atomic<bool> run_returned_{false};
};

// A fresh random token for this run, as hex.
std::string make_token();

} // namespace swm
