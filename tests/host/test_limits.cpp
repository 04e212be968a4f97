// Bounded requests: no single client can take the monitor's memory or all
// its threads. Hostile requests that cpp-httplib's client cannot send go over
// raw sockets.
#include "monitor_process.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <fstream>
#include <memory>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using nlohmann::json;
using swm::test::MonitorProcess;
using swm::test::TempDir;

namespace {

// One TCP connection to the monitor, spoken to byte by byte.
class RawConnection {
public:
    explicit RawConnection(int port) {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        REQUIRE(fd_ >= 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(uint16_t(port));
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
        ::fcntl(fd_, F_SETFL, ::fcntl(fd_, F_GETFL) | O_NONBLOCK);
    }
    ~RawConnection() { ::close(fd_); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    // Sends `data` unless the monitor answers or closes first; returns
    // whether all of it went out.
    bool send(const std::string& data) {
        size_t done = 0;
        while (done < data.size()) {
            pollfd p{fd_, POLLIN | POLLOUT, 0};
            if (::poll(&p, 1, 10000) <= 0) return false;
            if (p.revents & (POLLIN | POLLHUP | POLLERR)) return false;
            const ssize_t n = ::send(fd_, data.data() + done, data.size() - done, MSG_NOSIGNAL);
            if (n < 0 && errno != EAGAIN) return false;
            if (n > 0) done += size_t(n);
        }
        return true;
    }

    // Sends `piece` again and again, up to `total` bytes, unless the monitor
    // answers or closes first; returns the bytes that went out.
    size_t send_repeated(const std::string& piece, size_t total) {
        size_t sent = 0;
        while (sent < total && send(piece)) sent += piece.size();
        return sent;
    }

    // Everything the monitor sends until it closes or `timeout_ms` passes.
    std::string receive(int timeout_ms = 10000) {
        std::string out;
        const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
        while (std::chrono::steady_clock::now() < until) {
            pollfd p{fd_, POLLIN, 0};
            if (::poll(&p, 1, 100) <= 0) continue;
            char buf[65536];
            const ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
            if (n <= 0) break;
            out.append(buf, size_t(n));
        }
        return out;
    }

private:
    int fd_ = -1;
};

struct RawAnswer {
    int status = 0;
    json body;
};

RawAnswer parse_answer(const std::string& text) {
    RawAnswer a;
    INFO("answer: " << text.substr(0, 300));
    REQUIRE(text.rfind("HTTP/1.1 ", 0) == 0);
    a.status = std::stoi(text.substr(9, 3));
    const auto body = text.find("\r\n\r\n");
    if (body != std::string::npos) a.body = json::parse(text.substr(body + 4), nullptr, false);
    return a;
}

// The request head of a write, with what the fixture says a write carries.
std::string write_head(MonitorProcess& m, const std::string& method, const std::string& target,
                       const std::string& framing) {
    std::string head = method + " " + target + " HTTP/1.1\r\nHost: " + m.host() + "\r\n";
    for (const auto& [k, v] : m.write_headers()) head += k + ": " + v + "\r\n";
    return head + "Content-Type: application/json\r\n" + framing + "\r\n";
}

std::string hex(size_t n) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%zx", n);
    return buf;
}

// `body` as chunks of 64 KiB, with the last chunk.
std::string chunked(const std::string& body) {
    std::string out;
    for (size_t at = 0; at < body.size(); at += 65536) {
        const std::string part = body.substr(at, 65536);
        out += hex(part.size()) + "\r\n" + part + "\r\n";
    }
    return out + "0\r\n\r\n";
}

// The register as exported, with its first partnership renamed and padded
// with spaces (valid JSON) to `size` bytes.
std::string padded_import(MonitorProcess& m, const std::string& new_name, size_t size) {
    auto res = m.client().Get("/api/export?format=json");
    REQUIRE(res);
    REQUIRE(res->status == 200);
    json dataset = json::parse(res->body);
    for (auto& p : dataset["partnerships"])
        if (p["number"] == 1) p["name"] = new_name;
    std::string text = dataset.dump();
    if (text.size() < size) text.append(size - text.size(), ' ');
    return text;
}

// The name of the register's first partnership (number 1), as stored.
std::string first_name(MonitorProcess& m) {
    auto res = m.client().Get("/api/partnerships/1");
    REQUIRE(res);
    REQUIRE(res->status == 200);
    return json::parse(res->body)["name"].get<std::string>();
}

int thread_count(long pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("Threads:", 0) == 0) return std::stoi(line.substr(8));
    return -1;
}

} // namespace

TEST_CASE("many ranges in one request get the whole snapshot once, not a copy per range") {
    TempDir dir;
    MonitorProcess m(dir.path);
    auto whole = m.client().Get("/snapshot");
    REQUIRE(whole);
    REQUIRE(whole->status == 200);
    CHECK(whole->get_header_value("Accept-Ranges") == "none");

    std::string twenty = "bytes=0-";
    for (int i = 1; i < 20; ++i) twenty += ",0-";
    auto res = m.client().Get("/snapshot", {{"Range", twenty}});
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(res->body.size() == whole->body.size());
    CHECK(res->get_header_value("Content-Type").find("text/html") == 0);
    CHECK_FALSE(res->has_header("Content-Range"));
    // One range is not offered either: the answer is the whole document.
    res = m.client().Get("/snapshot", {{"Range", "bytes=0-99"}});
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(res->body.size() == whole->body.size());
}

TEST_CASE("an 8 KB Range header is refused before anything is built, and the monitor keeps serving") {
    TempDir dir;
    MonitorProcess m(dir.path);
    std::string ranges = "bytes=0-";
    while (ranges.size() < 8000) ranges += ",0-";
    RawConnection c(m.port());
    REQUIRE(c.send("GET /snapshot HTTP/1.1\r\nHost: " + m.host() + "\r\nRange: " + ranges + "\r\n\r\n"));
    const std::string text = c.receive();
    const RawAnswer a = parse_answer(text);
    CHECK(a.status == 431);
    CHECK(a.body["error"] == "range_not_supported");
    CHECK(text.size() < 4096);
    auto res = m.client().Get("/api/version");
    REQUIRE(res);
    CHECK(res->status == 200);
}

TEST_CASE("a chunked record body over 1 MiB is refused unread and changes nothing") {
    TempDir dir;
    MonitorProcess m(dir.path);
    const std::string before = first_name(m);
    // Valid JSON that would be imported if it were read whole.
    const std::string body = chunked(padded_import(m, "Via een te grote chunked body", 3 << 20));
    RawConnection c(m.port());
    REQUIRE(c.send(write_head(m, "POST", "/api/import", "Transfer-Encoding: chunked\r\n")));
    c.send(body);
    const RawAnswer a = parse_answer(c.receive());
    CHECK(a.status == 413);
    CHECK(a.body["error"] == "too_large");
    CHECK(a.body["message"].get<std::string>().find("1 MiB") != std::string::npos);
    CHECK(first_name(m) == before);
}

TEST_CASE("a record body without length over 1 MiB is refused and changes nothing") {
    TempDir dir;
    MonitorProcess m(dir.path);
    const std::string before = first_name(m);
    const std::string body = padded_import(m, "Via een body zonder lengte", 2 << 20);
    RawConnection c(m.port());
    REQUIRE(c.send(write_head(m, "POST", "/api/import", "Connection: close\r\n")));
    c.send(body);
    const RawAnswer a = parse_answer(c.receive());
    CHECK(a.status == 413);
    CHECK(first_name(m) == before);
}

TEST_CASE("a record body within 1 MiB still arrives chunked") {
    TempDir dir;
    MonitorProcess m(dir.path);
    const std::string body = chunked(padded_import(m, "Chunked ingelezen", 512 << 10));
    RawConnection c(m.port());
    REQUIRE(c.send(write_head(m, "POST", "/api/import", "Transfer-Encoding: chunked\r\n") + body));
    const RawAnswer a = parse_answer(c.receive());
    INFO(a.body.dump());
    CHECK(a.status == 200);
    CHECK(first_name(m) == "Chunked ingelezen");
}

TEST_CASE("a client that announces a too large body is refused before it sends it") {
    TempDir dir;
    MonitorProcess m(dir.path);
    RawConnection c(m.port());
    REQUIRE(c.send(write_head(m, "POST", "/api/partnerships", "Content-Length: 5000000\r\nExpect: 100-continue\r\n")));
    const RawAnswer a = parse_answer(c.receive());
    CHECK(a.status == 413);
}

TEST_CASE("a boundary file is streamed up to 64 MiB: a 5 MiB file is imported chunked, a 65 MiB one refused") {
    TempDir dir;
    MonitorProcess m(dir.path);
    auto res = m.client().Get("/api/geo");
    REQUIRE(res);
    // The built-in map as a file, padded (as pretty-printed files are) past
    // the records' limit.
    std::string map = res->body + std::string(5 << 20, ' ');
    {
        RawConnection c(m.port());
        REQUIRE(c.send(write_head(m, "POST", "/api/geo/import?name=groot.geojson", "Transfer-Encoding: chunked\r\n") +
                       chunked(map)));
        const RawAnswer a = parse_answer(c.receive(30000));
        INFO(a.body.dump());
        CHECK(a.status == 200);
        CHECK(a.body["municipalities"].get<int>() > 0);
    }
    const std::string imported = m.client().Get("/api/geo")->body;
    {
        RawConnection c(m.port());
        REQUIRE(c.send(write_head(m, "POST", "/api/geo/import?name=te-groot.geojson", "Transfer-Encoding: chunked\r\n")));
        const std::string spaces(65536, ' ');
        const size_t sent = c.send_repeated(hex(spaces.size()) + "\r\n" + spaces + "\r\n", size_t(80) << 20);
        CHECK(sent < size_t(80) << 20);  // the monitor answered before the end
        const RawAnswer a = parse_answer(c.receive());
        CHECK(a.status == 413);
        CHECK(a.body["message"].get<std::string>().find("64 MiB") != std::string::npos);
    }
    CHECK(m.client().Get("/api/geo")->body == imported);
}

TEST_CASE("a header line that never ends is cut off after its limit, not read into memory") {
    TempDir dir;
    MonitorProcess m(dir.path);
    RawConnection c(m.port());
    REQUIRE(c.send("GET /api/version HTTP/1.1\r\nHost: " + m.host() + "\r\nX-Endless: "));
    const size_t total = size_t(256) << 20;
    CHECK(c.send_repeated(std::string(65536, 'a'), total) < total);
    const RawAnswer a = parse_answer(c.receive());
    CHECK(a.status == 431);
    CHECK(a.body["error"] == "headers_too_large");
}

TEST_CASE("too many headers, and too long an address, are refused") {
    TempDir dir;
    MonitorProcess m(dir.path);
    {
        std::string head = "GET /api/version HTTP/1.1\r\nHost: " + m.host() + "\r\n";
        for (int i = 0; i < 100; ++i) head += "X-Header-" + std::to_string(i) + ": x\r\n";
        RawConnection c(m.port());
        REQUIRE(c.send(head + "\r\n"));
        const RawAnswer a = parse_answer(c.receive());
        CHECK(a.status == 431);
    }
    {
        // A long path would make the route regexes recurse once per character.
        RawConnection c(m.port());
        REQUIRE(c.send("GET /api/" + std::string(4000, 'a') + " HTTP/1.1\r\nHost: " + m.host() + "\r\n\r\n"));
        const RawAnswer a = parse_answer(c.receive());
        CHECK(a.status == 414);
    }
    // Forty ordinary headers, as a browser with cookies sends, pass.
    httplib::Headers many;
    for (int i = 0; i < 40; ++i) many.emplace("X-Header-" + std::to_string(i), std::string(100, 'x'));
    auto res = m.client().Get("/api/version", many);
    REQUIRE(res);
    CHECK(res->status == 200);
}

TEST_CASE("a client that sends its request head byte by byte is cut off") {
    TempDir dir;
    MonitorProcess m(dir.path);
    RawConnection c(m.port());
    REQUIRE(c.send("GET /api/version HTTP/1.1\r\nHost: " + m.host() + "\r\n"));
    // One byte a second: each read is quick, the head as a whole never ends.
    std::string answer;
    for (int i = 0; i < 30 && answer.empty(); ++i) {
        if (!c.send("X")) break;
        answer = c.receive(1000);
    }
    if (answer.empty()) answer = c.receive(1000);
    const RawAnswer a = parse_answer(answer);
    CHECK(a.status == 408);
}

TEST_CASE("idle and slow connections do not take all threads and past 256 at once the monitor says it is busy") {
    TempDir dir;
    MonitorProcess m(dir.path);
    std::vector<std::unique_ptr<RawConnection>> slow;
    const std::string partial = "GET /api/version HTTP/1.1\r\nHost: " + m.host() + "\r\n";
    auto open_slow = [&](int n) {
        for (int i = 0; i < n; ++i) {
            slow.push_back(std::make_unique<RawConnection>(m.port()));
            REQUIRE(slow.back()->send(partial));
        }
    };
    open_slow(200);
    // Well above 64 connections hang: a new client is still answered, by a
    // free thread (its read timeout is shorter than any of the monitor's).
    {
        httplib::Client client("127.0.0.1", m.port());
        client.set_read_timeout(3);
        auto res = client.Get("/api/version");
        REQUIRE(res);
        CHECK(res->status == 200);
    }
    open_slow(56);
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    RawConnection one_more(m.port());
    // The answer may come before the request is sent.
    one_more.send("GET /api/version HTTP/1.1\r\nHost: " + m.host() + "\r\n\r\n");
    const RawAnswer a = parse_answer(one_more.receive());
    CHECK(a.status == 503);
    CHECK(a.body["error"] == "busy");
    // A thread per connection, and no more.
    const int threads = thread_count(m.pid());
    CHECK(threads >= 256);
    CHECK(threads <= 256 + 16 + 8);
    // When the slow ones are gone, everyone is served again.
    slow.clear();
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    auto res = m.client().Get("/api/version");
    REQUIRE(res);
    CHECK(res->status == 200);
}
