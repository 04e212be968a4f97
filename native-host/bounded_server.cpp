#include "native-host/bounded_server.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace swm {
namespace {

using Clock = std::chrono::steady_clock;

// What the request being read on this thread has run into. A connection is
// served by one thread from start to end, so the error handler, called deep
// inside cpp-httplib, finds it here.
struct RequestState {
    LimitHit hit = LimitHit::none;
    std::size_t body_limit = 0;
};
thread_local RequestState* t_request = nullptr;

// One request read through the connection's stream: the head counted per
// line and in total, the body counted against its route's limit, both timed.
// A limit hit ends the reading: in the head as an end of input (cpp-httplib
// then answers 400, which the error handler turns into the right status), in
// the body as a read error (an end of input would pass a length-less body
// as complete).
class LimitedStream final : public httplib::Stream {
public:
    LimitedStream(httplib::Stream& inner, const RequestLimits& limits, RequestState& state)
        : inner_(inner), limits_(limits), state_(state),
          deadline_(Clock::now() + std::chrono::seconds(limits.head_seconds)) {}

    void start_body(std::size_t limit) {
        in_head_ = false;
        body_limit_ = limit;
        deadline_ = Clock::now() + std::chrono::seconds(limits_.body_seconds);
    }

    ssize_t read(char* ptr, std::size_t size) override {
        // What was written goes out before the client is waited for (the
        // interim "100 Continue" before a body).
        if (!flush()) return -1;
        if (state_.hit != LimitHit::none) return stopped();
        if (Clock::now() > deadline_) return stop(LimitHit::too_slow);
        if (!in_head_ && body_bytes_ >= body_limit_) {
            // One byte more than allowed tells a body at the limit from one over it.
            size = 1;
        }
        const ssize_t n = inner_.read(ptr, size);
        if (n <= 0) return n;
        if (in_head_) return count_head(ptr, std::size_t(n)) ? n : stopped();
        body_bytes_ += std::size_t(n);
        return body_bytes_ > body_limit_ ? stop(LimitHit::body_too_large) : n;
    }

    bool is_readable() const override { return inner_.is_readable(); }
    bool is_writable() const override { return inner_.is_writable(); }
    // The head of an answer and a small body leave in one send rather than
    // two: a segment, a system call and a wakeup of the client less for
    // nearly every answer. A large body follows the head unbuffered.
    ssize_t write(const char* ptr, std::size_t size) override {
        if (pending_.size() + size <= kCoalesceBytes) {
            pending_.append(ptr, size);
            return ssize_t(size);
        }
        if (!flush()) return -1;
        return inner_.write(ptr, size);
    }
    // Sends what write() kept back; false if the connection failed.
    bool flush() {
        for (std::size_t sent = 0; sent < pending_.size();) {
            const ssize_t n = inner_.write(pending_.data() + sent, pending_.size() - sent);
            if (n <= 0) return false;
            sent += std::size_t(n);
        }
        pending_.clear();
        return true;
    }
    void get_remote_ip_and_port(std::string& ip, int& port) const override { inner_.get_remote_ip_and_port(ip, port); }
    void get_local_ip_and_port(std::string& ip, int& port) const override { inner_.get_local_ip_and_port(ip, port); }
    socket_t socket() const override { return inner_.socket(); }

private:
    ssize_t stopped() const { return in_head_ ? 0 : -1; }
    ssize_t stop(LimitHit why) {
        state_.hit = why;
        return stopped();
    }

    bool count_head(const char* p, std::size_t n) {
        for (std::size_t i = 0; i < n; ++i) {
            const char c = p[i];
            ++line_bytes_;
            if (line_bytes_ <= 6) line_start_ += char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            const bool range = lines_ > 0 && line_start_ == "range:";
            const std::size_t max = lines_ == 0 ? limits_.max_request_line
                                    : range     ? limits_.max_range_header
                                                : limits_.max_header_line;
            if (line_bytes_ > max) {
                state_.hit = lines_ == 0 ? LimitHit::request_line_too_long
                             : range     ? LimitHit::range_too_long
                                         : LimitHit::header_too_large;
                return false;
            }
            if (++head_bytes_ > limits_.max_header_bytes) {
                state_.hit = LimitHit::header_too_large;
                return false;
            }
            if (c != '\n') continue;
            line_bytes_ = 0;
            line_start_.clear();
            if (++lines_ > limits_.max_header_count + 1) {  // + the request line
                state_.hit = LimitHit::too_many_headers;
                return false;
            }
        }
        return true;
    }

    static constexpr std::size_t kCoalesceBytes = 16 * 1024;

    httplib::Stream& inner_;
    const RequestLimits& limits_;
    RequestState& state_;
    Clock::time_point deadline_;
    bool in_head_ = true;
    std::size_t head_bytes_ = 0, lines_ = 0, line_bytes_ = 0;
    std::string line_start_;  // the line's first bytes, lower case, to spot "range:"
    std::size_t body_bytes_ = 0, body_limit_ = 0;
    std::string pending_;  // written, not yet sent
};

// A thread per connection, started when no thread is free, kept for the
// next one, at most `max_threads`; further connections wait their turn.
class ConnectionThreads final : public httplib::TaskQueue {
public:
    explicit ConnectionThreads(std::size_t max_threads) : max_threads_(max_threads) {}

    void enqueue(std::function<void()> job) override {
        std::lock_guard lock(mutex_);
        jobs_.push_back(std::move(job));
        if (idle_ < jobs_.size() && threads_.size() < max_threads_) threads_.emplace_back([this] { work(); });
        wake_.notify_one();
    }

    void shutdown() override {
        {
            std::lock_guard lock(mutex_);
            shutting_down_ = true;
        }
        wake_.notify_all();
        for (auto& t : threads_) t.join();  // enqueue is never called any more
    }

private:
    void work() {
        std::unique_lock lock(mutex_);
        for (;;) {
            ++idle_;
            wake_.wait(lock, [this] { return shutting_down_ || !jobs_.empty(); });
            --idle_;
            if (jobs_.empty()) return;  // shutting down, nothing left to finish
            auto job = std::move(jobs_.front());
            jobs_.pop_front();
            lock.unlock();
            job();
            lock.lock();
        }
    }

    const std::size_t max_threads_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::function<void()>> jobs_;
    std::vector<std::thread> threads_;
    std::size_t idle_ = 0;
    bool shutting_down_ = false;
};

// Threads beyond max_connections, so that refusing a connection never waits
// for one that is being served.
constexpr int kSpareThreads = 16;

// Closes after an answer without discarding it: stop sending, then read
// (and drop) what the client still sends, briefly. Closing with unread
// input makes the system reset the connection, and the client may lose the
// answer it has not yet read.
void close_gracefully(socket_t sock) {
#ifdef _WIN32
    ::shutdown(sock, SD_SEND);
#else
    ::shutdown(sock, SHUT_WR);
#endif
    const auto until = Clock::now() + std::chrono::seconds(1);
    char buf[4096];
    while (Clock::now() < until && httplib::detail::select_read(sock, 0, 100000) > 0) {
        if (::recv(sock, buf, sizeof buf, 0) <= 0) break;
    }
    httplib::detail::close_socket(sock);
}

void refuse_connection(socket_t sock) {
    static const std::string body =
        R"({"error":"busy","message":"De monitor heeft te veel verbindingen tegelijk open; probeer het zo opnieuw."})";
    const std::string answer = "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json; charset=utf-8\r\n"
                               "Content-Length: " + std::to_string(body.size()) +
                               "\r\nRetry-After: 1\r\nConnection: close\r\n\r\n" + body;
    httplib::detail::SocketStream strm(sock, 0, 0, 1, 0);
    strm.write(answer.data(), answer.size());
    close_gracefully(sock);
}

} // namespace

BoundedServer::BoundedServer(RequestLimits limits) : limits_(limits) {
    new_task_queue = [this] { return new ConnectionThreads(std::size_t(limits_.max_connections + kSpareThreads)); };
    set_read_timeout(limits_.read_timeout_seconds);
    // Content-Length is checked per route when the head has been read; this
    // only has to let the largest through.
    set_payload_max_length(limits_.max_body);
    // Ranges are not offered: no route needs them, and a multi-range answer is
    // built in memory. (A server may ignore Range, RFC 9110 14.2.)
    set_default_headers({{"Accept-Ranges", "none"}});
    // A client that waits before sending a large body learns at once that
    // it is too large.
    set_expect_100_continue_handler([this](const httplib::Request& req, httplib::Response& res) {
        if (req.get_header_value<uint64_t>("Content-Length") <= body_limit(req)) return 100;
        res.status = 413;  // cpp-httplib answers with res.status, not with what this returns
        return 413;
    });
}

void BoundedServer::limit_body(std::string method, std::string path, std::size_t max_bytes) {
    route_limits_.push_back({std::move(method), std::move(path), max_bytes});
    if (max_bytes > payload_max_length_) set_payload_max_length(max_bytes);
}

std::size_t BoundedServer::body_limit(const httplib::Request& req) const {
    for (const auto& r : route_limits_)
        if (r.method == req.method && r.path == req.path) return r.max_bytes;
    return limits_.max_body;
}

LimitHit BoundedServer::current_hit() { return t_request ? t_request->hit : LimitHit::none; }
std::size_t BoundedServer::current_body_limit() { return t_request ? t_request->body_limit : 0; }

bool BoundedServer::process_and_close_socket(socket_t sock) {
    const int open = ++connections_;
    struct Leave {
        std::atomic<int>& n;
        ~Leave() { --n; }
    } leave{connections_};
    if (open > limits_.max_connections) {
        refuse_connection(sock);
        return false;
    }
    bool cut_short = false;
    const bool ok = httplib::detail::process_server_socket(
        svr_sock_, sock, keep_alive_max_count_, keep_alive_timeout_sec_, read_timeout_sec_, read_timeout_usec_,
        write_timeout_sec_, write_timeout_usec_,
        [&](httplib::Stream& strm, bool close_connection, bool& connection_closed) {
            RequestState state;
            LimitedStream limited(strm, limits_, state);
            t_request = &state;
            const bool served = process_request(limited, close_connection, connection_closed, [&](httplib::Request& req) {
                req.ranges.clear();
                state.body_limit = body_limit(req);
                // A declared length over the limit fails the first read of the body.
                if (req.get_header_value<uint64_t>("Content-Length") > state.body_limit) state.hit = LimitHit::body_too_large;
                limited.start_body(state.body_limit);
            });
            t_request = nullptr;
            if (!limited.flush()) connection_closed = true;
            // Whatever of the request is still unread must not be taken for the next one.
            if (state.hit != LimitHit::none) connection_closed = cut_short = true;
            return served;
        });
    if (cut_short) {
        close_gracefully(sock);
        return ok;
    }
    httplib::detail::shutdown_socket(sock);
    httplib::detail::close_socket(sock);
    return ok;
}

} // namespace swm
