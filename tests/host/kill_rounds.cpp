#include "kill_rounds.h"

#include "monitor_process.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace swm::test {
namespace {

using nlohmann::json;

constexpr int64_t kEditedNumber = 11;
// One keep-alive connection. cpp-httplib 0.11.4 answers a pipelined second
// request with 400 and drops it, so each connection has one request in
// flight at a time; the writers keep several connections busy at once.
class Connection {
public:
    explicit Connection(int port) {
        fd_ = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(uint16_t(port));
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        timeval tv{20, 0};
        setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        if (connect(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) close_fd();
    }
    ~Connection() { close_fd(); }
    bool open() const { return fd_ >= 0; }

    bool send_all(const std::string& bytes) {
        size_t done = 0;
        while (fd_ >= 0 && done < bytes.size()) {
            const ssize_t n = ::send(fd_, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
            if (n <= 0) return false;
            done += size_t(n);
        }
        return fd_ >= 0;
    }

    // The next answer's status (0 when the connection ended first).
    int read_status() {
        size_t head_end = 0;
        while ((head_end = buf_.find("\r\n\r\n")) == std::string::npos)
            if (!fill()) return 0;
        const std::string head = buf_.substr(0, head_end);
        size_t length = 0;
        const size_t cl = head.find("Content-Length: ");
        if (cl != std::string::npos) length = std::stoul(head.substr(cl + 16));
        while (buf_.size() < head_end + 4 + length)
            if (!fill()) return 0;
        const int status = std::stoi(head.substr(9, 3));
        buf_.erase(0, head_end + 4 + length);
        return status;
    }

private:
    bool fill() {
        char chunk[16384];
        const ssize_t n = fd_ >= 0 ? recv(fd_, chunk, sizeof chunk, 0) : -1;
        if (n <= 0) return false;
        buf_.append(chunk, size_t(n));
        return true;
    }
    void close_fd() {
        if (fd_ >= 0) ::close(fd_);
        fd_ = -1;
    }
    int fd_ = -1;
    std::string buf_;
};

std::string request(MonitorProcess& m, const std::string& method, const std::string& path, const std::string& body) {
    std::string r = method + " " + path + " HTTP/1.1\r\nHost: " + m.host() + "\r\n";
    for (const auto& [k, v] : m.write_headers()) r += k + ": " + v + "\r\n";
    r += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
    return r;
}

json fetch(MonitorProcess& m, const std::string& path) {
    auto res = m.client().Get(path);
    REQUIRE(res);
    REQUIRE(res->status == 200);
    return json::parse(res->body);
}

// A write that is acknowledged by `on_ack` once its answer is a 2xx.
struct PendingWrite {
    std::string bytes;
    std::function<void()> on_ack;
};

struct Counters {
    std::atomic<int> acknowledged{0};
    std::atomic<int> in_flight{0};
    std::atomic<int> refused{0};
};

// Sends the writes of `next` one after the other until the connection dies.
void write_stream(int port, std::function<PendingWrite()> next, Counters& counters) {
    Connection conn(port);
    while (conn.open()) {
        PendingWrite w = next();
        ++counters.in_flight;
        if (!conn.send_all(w.bytes)) return;
        const int status = conn.read_status();
        if (status == 0) return;  // killed: it stays in flight
        --counters.in_flight;
        if (status / 100 != 2) {
            ++counters.refused;
            return;
        }
        ++counters.acknowledged;
        w.on_ack();
    }
}

// Acknowledged writes missing from the restarted monitor; `detail` names them.
int count_missing(MonitorProcess& m, const AckedWrites& acked, std::string& detail) {
    int lost = 0;
    auto missing = [&](const std::string& what) {
        ++lost;
        if (detail.size() < 400) detail += what + "; ";
    };
    std::map<int64_t, std::string> names;
    const json listed = fetch(m, "/api/partnerships");  // kept: a range-for over a temporary's member dangles
    for (const auto& p : listed["partnerships"]) names[p["number"].get<int64_t>()] = p["name"];
    for (const auto& [number, name] : acked.created)
        if (!names.count(number) || names[number] != name) missing("partnership " + std::to_string(number));
    for (const auto& [number, seq] : acked.edited) {
        const std::string notes = fetch(m, "/api/partnerships/" + std::to_string(number))["notes"];
        const size_t at = notes.rfind(' ');
        const int64_t now = at == std::string::npos ? -1 : std::atoll(notes.c_str() + at + 1);
        if (now < seq) missing("edit " + std::to_string(seq) + " of " + std::to_string(number) + " (now: " + notes + ")");
    }
    std::set<std::string> taken;
    const json snapshots = fetch(m, "/api/snapshots");
    for (const auto& s : snapshots["snapshots"]) taken.insert(s["name"].get<std::string>());
    for (const auto& name : acked.snapshots)
        if (!taken.count(name)) missing("snapshot " + name);
    return lost;
}

} // namespace

std::string integrity_check(const std::string& db_path) {
    sqlite3* db = nullptr;
    std::string out = "cannot open";
    if (sqlite3_open_v2(("file:" + db_path + "?mode=ro").c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) == SQLITE_OK) {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
            out = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
        else
            out = sqlite3_errmsg(db);
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return out;
}

KillRound kill_during_writes(const std::string& data_dir, int kill_after_ms, AckedWrites& acked) {
    KillRound round;
    std::mutex mutex;  // guards `acked` between the writers
    Counters counters;
    {
        MonitorProcess m(data_dir);
        json model = fetch(m, "/api/partnerships/2");
        model.erase("revision");
        int64_t revision = fetch(m, "/api/partnerships/" + std::to_string(kEditedNumber))["revision"];
        json edited = fetch(m, "/api/partnerships/" + std::to_string(kEditedNumber));

        auto creates = [&] {
            std::lock_guard lock(mutex);
            const int64_t n = ++acked.serial;
            json p = model;
            p["number"] = 100000 + n;
            p["name"] = "Doorlopende schrijftest " + std::to_string(n);
            return PendingWrite{request(m, "POST", "/api/partnerships", p.dump()), [&, n, name = p["name"].get<std::string>()] {
                                    std::lock_guard l(mutex);
                                    acked.created[100000 + n] = name;
                                }};
        };
        // Edits of one record, each based on the revision the one before it made.
        auto edits = [&] {
            std::lock_guard lock(mutex);
            const int64_t n = ++acked.serial;
            edited["notes"] = "Bewerkt tijdens de kill-test, volgnummer " + std::to_string(n);
            edited["revision"] = revision;
            return PendingWrite{request(m, "PUT", "/api/partnerships/" + std::to_string(kEditedNumber), edited.dump()), [&, n] {
                                    std::lock_guard l(mutex);
                                    acked.edited[kEditedNumber] = n;
                                    ++revision;
                                }};
        };
        // Snapshots: one larger transaction each (the whole register).
        auto snapshots = [&] {
            std::lock_guard lock(mutex);
            const std::string name = "Kill-test " + std::to_string(++acked.serial);
            return PendingWrite{request(m, "POST", "/api/snapshots", json{{"name", name}, {"peildatum", "2026-12"}}.dump()), [&, name] {
                                    std::lock_guard l(mutex);
                                    acked.snapshots.insert(name);
                                }};
        };
        std::vector<std::thread> writers;
        for (int i = 0; i < 4; ++i) writers.emplace_back(write_stream, m.port(), creates, std::ref(counters));
        writers.emplace_back(write_stream, m.port(), edits, std::ref(counters));
        writers.emplace_back(write_stream, m.port(), snapshots, std::ref(counters));
        // The clock starts once ten writes are acknowledged, so that a busy
        // machine (slow to connect and to sync) still kills in the middle of
        // a stream with something to lose.
        for (int i = 0; i < 3000 && counters.acknowledged < 10; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        std::this_thread::sleep_for(std::chrono::milliseconds(kill_after_ms));
        m.kill_hard();
        for (auto& t : writers) t.join();
    }
    round.acknowledged = counters.acknowledged;
    round.in_flight = counters.in_flight;
    round.refused = counters.refused;
    MonitorProcess again(data_dir);
    round.lost = count_missing(again, acked, round.lost_detail);
    round.integrity = integrity_check(data_dir + "/monitor.sqlite");
    again.stop();
    return round;
}

} // namespace swm::test
