#include "native-host/http_server.h"

#include "native-host/api_request.h"
#include "native-host/clock.h"
#include "native-host/http_json.h"
#include "native-host/platform.h"
#include "native-host/sqlite_db.h"
#include "native-host/storage_fault.h"
#include "native-host/ui_page.h"

#include "core/geo/map_import.h"

#include <cctype>
#include <chrono>
#include <thread>
#include <cstdio>

namespace swm {
namespace {

std::string lower(std::string s) {
    for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

void log_request(const httplib::Request& req, const httplib::Response& res) {
    const std::string when = local_now("%Y-%m-%dT%H:%M:%S");
    // A kept body is sent from where it is kept (http_body.h), not from res.body.
    const std::string length = res.body.empty() ? res.get_header_value("Content-Length") : std::to_string(res.body.size());
    std::fprintf(stderr, "%s %s %s %d %s\n", when.c_str(), req.method.c_str(), req.path.c_str(), res.status,
                 length.empty() ? "0" : length.c_str());
}

std::string mib(size_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

// The answer to a request that the server stopped reading (bounded_server.h).
// The connection is closed after it: the rest of the request is unread.
bool explain_limit(httplib::Response& res) {
    const LimitHit hit = BoundedServer::current_hit();
    if (hit == LimitHit::none && res.status != 413) return false;
    res.set_header("Connection", "close");
    switch (hit) {
    case LimitHit::request_line_too_long:
        send_error(res, api_error(414, "uri_too_long", "api.uri_too_long"));
        break;
    case LimitHit::header_too_large:
    case LimitHit::too_many_headers:
        send_error(res, api_error(431, "headers_too_large", "api.headers_too_large"));
        break;
    case LimitHit::range_too_long:
        send_error(res, api_error(431, "range_not_supported", "api.range_not_supported"));
        break;
    case LimitHit::too_slow:
        send_error(res, api_error(408, "too_slow", "api.too_slow"));
        break;
    case LimitHit::body_too_large:
    case LimitHit::none:  // 413 on a declared length, or from the expect handler
        send_error(res, api_error(413, "too_large", "api.too_large", mib(BoundedServer::current_body_limit())));
        break;
    }
    return true;
}

} // namespace

HttpServer::HttpServer(ServerSettings settings) : settings_(std::move(settings)) {
    // Without it, keep-alive requests on loopback wait ~26 ms on Nagle and
    // delayed ACK (TOOLCHAIN.md).
    server_.set_tcp_nodelay(true);
    // cpp-httplib closes a keep-alive connection after 5 requests by default;
    // a page or a script making many costs a new connection every 5.
    server_.set_keep_alive_max_count(100000);
    server_.set_socket_options([](socket_t sock) { platform::set_listen_socket_options(std::uintptr_t(sock)); });
    server_.limit_body("POST", "/api/geo/import", geo::kMaxMapImportBytes);
    server_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) { return check(req, res); });
    server_.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return;  // a handler already explained itself
        if (explain_limit(res)) return;
        if (res.status == 404) send_error(res, api_error(404, "not_found", "api.unknown_route", req.path));
        else if (res.status == 400) send_error(res, api_error(400, "bad_request", "api.bad_request"));
        else send_error(res, api_error(res.status, "error", "api.error_status", std::to_string(res.status)));
    });
    server_.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "onbekende fout";
        try {
            std::rethrow_exception(ep);
        } catch (const DbError& e) {
            std::fprintf(stderr, "databasefout: %s\n", e.what());
            const ApiError fault = storage_fault(e.code);
            if (fault.status) return send_error(res, fault);
            what = e.what();
        } catch (const std::exception& e) {
            what = e.what();
        } catch (...) {
        }
        std::fprintf(stderr, "interne fout: %s\n", what.c_str());
        send_error(res, api_error(500, "internal", "api.internal"));
    });
    server_.set_logger(log_request);
}

bool HttpServer::bind(std::string& error) {
    if (settings_.port == 0) {
        port_ = server_.bind_to_any_port(settings_.bind);
    } else {
        port_ = server_.bind_to_port(settings_.bind, settings_.port) ? settings_.port : -1;
    }
    if (port_ > 0) return true;
    if (settings_.port == 0) error = "Kon geen vrije poort openen op " + settings_.bind + ".";
    else
        error = "Poort " + std::to_string(settings_.port) + " op " + settings_.bind +
                " is al in gebruik (of niet toegestaan). Kies een andere met --port, bijvoorbeeld --port " +
                std::to_string(settings_.port + 1) + ".";
    return false;
}

std::string HttpServer::url() const {
    const std::string& b = settings_.bind;
    std::string host = (b == "0.0.0.0" || b == "::") ? "127.0.0.1" : b;
    if (host.find(':') != std::string::npos) host = "[" + host + "]";
    return "http://" + host + ":" + std::to_string(port_) + "/";
}

bool HttpServer::run() {
    const bool ok = stop_requested_ || server_.listen_after_bind();
    run_returned_ = true;
    return ok;
}

void HttpServer::stop() {
    stop_requested_ = true;
    // httplib's stop() does nothing until the listen loop runs; wait for it
    // unless run() saw the flag first and never starts.
    for (int i = 0; i < 500 && !server_.is_running() && !run_returned_; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    server_.stop();
}

bool HttpServer::host_allowed(const std::string& host_header, const std::string& local_addr) const {
    // A page on attacker.example that rebinds its name to 127.0.0.1 still
    // sends "Host: attacker.example"; only names of this machine pass.
    const std::string host = lower(host_header);
    const std::string port = ":" + std::to_string(port_);
    const auto bracketed = [](const std::string& a) { return a.find(':') != std::string::npos ? "[" + lower(a) + "]" : lower(a); };
    const bool wildcard = settings_.bind == "0.0.0.0" || settings_.bind == "::";
    for (const std::string& name : {std::string("127.0.0.1"), std::string("localhost"), std::string("[::1]"), bracketed(local_addr),
                                    wildcard ? std::string() : bracketed(settings_.bind), lower(settings_.host_name)}) {
        if (!name.empty() && (host == name + port || (port_ == 80 && host == name))) return true;
    }
    return false;
}

httplib::Server::HandlerResponse HttpServer::check(const httplib::Request& req, httplib::Response& res) {
    using HR = httplib::Server::HandlerResponse;
    if (!host_allowed(req.get_header_value("Host"), req.local_addr)) {
        send_error(res, api_error(403, "bad_host", "api.bad_host"));
        return HR::Handled;
    }
    if (session_.refuse(req, res, settings_)) return HR::Handled;
    ApiError fault;
    if (!is_ui_file(req.path) && !gate_.pass(fault)) {
        send_error(res, fault);
        return HR::Handled;
    }
    return editor_header_ok(req, res) ? HR::Unhandled : HR::Handled;
}

} // namespace swm
