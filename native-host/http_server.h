// The local HTTP server: cpp-httplib with the checks that keep strangers out
// (Host header against DNS rebinding, the session of session.h, read-only
// mode), a body limit, JSON errors and one log line per request.
#pragma once
#include "native-host/bounded_server.h"
#include "native-host/session.h"
#include "native-host/startup_gate.h"

#include <httplib.h>

#include <atomic>
#include <string>

namespace swm {

struct ServerSettings {
    std::string bind = "127.0.0.1";
    int port = 0;
    bool read_only = false;
    std::string host_name;  // --host-name: a further name clients may use beyond loopback
};

// The body limit of a record (and of everything else but a boundary file,
// core/geo/map_import.h's kMaxMapImportBytes).
constexpr size_t kMaxBodyBytes = 1 << 20;

class HttpServer {
public:
    explicit HttpServer(ServerSettings settings);
    httplib::Server& routes() { return server_; }
    const ServerSettings& settings() const { return settings_; }
    Session& session() { return session_; }
    // Holds every request but the UI's files while the data folder is made ready.
    StartupGate& startup_gate() { return gate_; }

    // Binds the socket; on failure `error` says why in Dutch.
    bool bind(std::string& error);
    int port() const { return port_; }
    std::string url() const;
    // Serves until stop(); returns false if the server failed.
    bool run();
    // Safe from any thread at any time, also before run() has started
    // listening (a Ctrl-C during start-up).
    void stop();

    // Whether a request's Host header names this server: a loopback name,
    // the address the client connected to, or --host-name.
    bool host_allowed(const std::string& host, const std::string& local_addr) const;

private:
    httplib::Server::HandlerResponse check(const httplib::Request& req, httplib::Response& res);

    ServerSettings settings_;
    Session session_;
    StartupGate gate_;
    BoundedServer server_;
    int port_ = 0;
    std::atomic<bool> stop_requested_{false};
    std::atomic<bool> run_returned_{false};
};

} // namespace swm
