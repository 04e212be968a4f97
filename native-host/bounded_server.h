// cpp-httplib's server with bounds on what one request and one client can
// take from it. cpp-httplib 0.11.4 checks a body only against Content-Length
// (a chunked or length-less body is read whole), reads a header line of any
// length before checking it, builds multi-range answers in memory without a
// limit, matches the path and the Range header with std::regex (which
// recurses once per character: a long one overflows a thread's stack), and
// serves every connection from a pool of 8 threads, so 8 idle connections
// stall everyone else. Here each request is read through a stream that
// counts and times it, and connections get threads of their own up to a cap.
#pragma once
#include <httplib.h>

#include <atomic>
#include <cstddef>
#include <string>
#include <vector>

namespace swm {

struct RequestLimits {
    // Request line (method, path, query): 2 KiB keeps the route regexes'
    // recursion far from the bottom of a 1 MiB thread stack.
    std::size_t max_request_line = 2 * 1024;
    std::size_t max_header_line = 8 * 1024;
    // Room for one range; the Range regex recurses per character too.
    std::size_t max_range_header = 100;
    std::size_t max_header_bytes = 32 * 1024;
    std::size_t max_header_count = 64;
    std::size_t max_body = 1 << 20;  // unless a route has its own (limit_body)
    // The request line and headers must arrive within this; a body within
    // body_seconds. Each read waits at most read_timeout_seconds.
    int head_seconds = 10;
    int body_seconds = 120;
    int read_timeout_seconds = 5;
    // Connections served at once, each on its own thread; more are answered
    // 503 at once.
    int max_connections = 256;
};

// Why a request stopped being read, for the error answer.
enum class LimitHit { none, request_line_too_long, header_too_large, too_many_headers, range_too_long, body_too_large, too_slow };

class BoundedServer : public httplib::Server {
public:
    explicit BoundedServer(RequestLimits limits = {});
    const RequestLimits& limits() const { return limits_; }
    // A larger (or smaller) body limit for one route, e.g. a boundary file.
    void limit_body(std::string method, std::string path, std::size_t max_bytes);
    std::size_t body_limit(const httplib::Request& req) const;

    // On the thread that is handling a request: which limit it hit, if any,
    // and the body limit of its route (for the error handler's message).
    static LimitHit current_hit();
    static std::size_t current_body_limit();

private:
    bool process_and_close_socket(socket_t sock) override;

    struct RouteLimit {
        std::string method, path;
        std::size_t max_bytes;
    };
    RequestLimits limits_;
    std::vector<RouteLimit> route_limits_;  // set before the server runs
    std::atomic<int> connections_{0};
};

} // namespace swm
