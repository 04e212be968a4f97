// Only the person who started the monitor gets in (issue 16): another
// program or OS user on the same machine gets no credential and no data; the
// printed link signs in once; a second start by the same user gets a fresh
// link; beyond loopback the monitor is read-only and says so, with
// 127.0.0.2 standing in for another machine.
#include "monitor_process.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <cstdlib>
#include <netinet/in.h>
#include <regex>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using nlohmann::json;
using swm::test::MonitorProcess;
using swm::test::TempDir;
using swm::test::run_exe;

namespace {

// Every route that carries register data, read by a program without a session.
const char* const kDataRoutes[] = {
    "/api/dataset",   "/api/partnerships", "/api/partnerships/24", "/api/partnerships/24/history", "/api/changes",
    "/api/snapshots", "/api/views",        "/api/organisations",   "/api/strategy",                "/api/analysis",
    "/api/geo",       "/api/export",       "/api/export?format=csv", "/report",                    "/snapshot",
};

struct NetworkAnswer {
    int status = 0;
    std::string body;
};

// One HTTP/1.1 request over a socket bound to `from` before it connects:
// a client at another address, as a machine on the network would be.
NetworkAnswer raw_request(const std::string& from, const std::string& to, int port, const std::string& request) {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    REQUIRE(inet_pton(AF_INET, from.c_str(), &local.sin_addr) == 1);
    REQUIRE(bind(fd, reinterpret_cast<sockaddr*>(&local), sizeof local) == 0);
    sockaddr_in remote{};
    remote.sin_family = AF_INET;
    remote.sin_port = htons(uint16_t(port));
    REQUIRE(inet_pton(AF_INET, to.c_str(), &remote.sin_addr) == 1);
    REQUIRE(connect(fd, reinterpret_cast<sockaddr*>(&remote), sizeof remote) == 0);
    REQUIRE(send(fd, request.data(), request.size(), MSG_NOSIGNAL) == ssize_t(request.size()));
    std::string text;
    char buf[65536];
    for (ssize_t n; (n = recv(fd, buf, sizeof buf, 0)) > 0;) text.append(buf, size_t(n));
    close(fd);
    NetworkAnswer a;
    if (text.rfind("HTTP/1.1 ", 0) == 0) a.status = std::stoi(text.substr(9, 3));
    const size_t body = text.find("\r\n\r\n");
    if (body != std::string::npos) a.body = text.substr(body + 4);
    return a;
}

// A request as another machine sends it: from 127.0.0.2, to 127.0.0.2 (or `to`).
NetworkAnswer from_network(const MonitorProcess& m, const std::string& method, const std::string& path,
                       const std::string& extra_headers = "", const std::string& body = "", const std::string& host = "") {
    const std::string port = std::to_string(m.port());
    const std::string request = method + " " + path + " HTTP/1.1\r\nHost: " + (host.empty() ? "127.0.0.2:" + port : host) +
                                "\r\nConnection: close\r\n" + extra_headers + "Content-Length: " + std::to_string(body.size()) +
                                "\r\n\r\n" + body;
    return raw_request("127.0.0.2", "127.0.0.2", m.port(), request);
}

std::string error_of(const std::string& body) { return json::parse(body, nullptr, false).value("error", ""); }

// The secret of a login link in text a start printed.
std::string secret_in(const std::string& printed) {
    static const std::regex kLink(R"(#login=([0-9a-f]{48}))");
    std::smatch m;
    return std::regex_search(printed, m, kLink) ? std::string(m[1]) : std::string();
}

httplib::Result trade(const MonitorProcess& m, const std::string& secret) {
    return m.anonymous_client().Post("/api/login", json{{"secret", secret}}.dump(), "application/json");
}

} // namespace

TEST_CASE("Session: another program on this machine gets no credential and no register data") {
    TempDir dir;
    MonitorProcess m(dir.path);
    auto stranger = m.anonymous_client();
    // What used to hand out the write token to anyone.
    for (const httplib::Headers& h : {httplib::Headers{}, httplib::Headers{{"Sec-Fetch-Site", "same-origin"}}}) {
        auto s = stranger.Get("/api/session", h);
        REQUIRE(s);
        CHECK(s->status == 401);
        CHECK(s->body.find(m.credential()) == std::string::npos);
    }
    for (const char* path : kDataRoutes) {
        INFO(path);
        auto res = stranger.Get(path);
        REQUIRE(res);
        CHECK(res->status == 401);
        CHECK(error_of(res->body) == "no_session");
        CHECK(res->body.find("Samenwerkingsverband") == std::string::npos);
        // The signed-in client reads the same route.
        auto own = m.client().Get(path);
        REQUIRE(own);
        CHECK(own->status == 200);
    }
    // Only the page shell and the program's name are public.
    auto page = stranger.Get("/");
    REQUIRE(page);
    CHECK(page->status == 200);
    auto version = stranger.Get("/api/version");
    REQUIRE(version);
    CHECK(json::parse(version->body)["name"] == "Samenwerkingsmonitor");
    CHECK(version->body.find(m.credential()) == std::string::npos);
}

TEST_CASE("Session: the printed link's secret signs in once, and nothing else does") {
    TempDir dir;
    MonitorProcess m(dir.path);
    CHECK(m.printed().find("draait op http://127.0.0.1:" + std::to_string(m.port()) + "/#login=" + m.login_secret() + "\n") !=
          std::string::npos);
    auto wrong = trade(m, std::string(48, 'a'));
    REQUIRE(wrong);
    CHECK(wrong->status == 403);
    CHECK(error_of(wrong->body) == "bad_secret");
    auto first = trade(m, m.login_secret());
    REQUIRE(first);
    REQUIRE(first->status == 200);
    CHECK(first->get_header_value("Cache-Control") == "no-store");
    const std::string credential = json::parse(first->body)["credential"];
    CHECK(credential.size() == 48);
    CHECK(credential != m.login_secret());
    // Whoever sees the link later (scrollback, history) is too late.
    auto again = trade(m, m.login_secret());
    REQUIRE(again);
    CHECK(again->status == 403);
    CHECK(again->body.find(credential) == std::string::npos);
    // The credential is the key: sent as a header, it reads the register.
    auto read = m.anonymous_client().Get("/api/dataset", {{"Authorization", "Bearer " + credential}});
    REQUIRE(read);
    CHECK(read->status == 200);
    // Without "Bearer" or with a cookie it is no key.
    for (const httplib::Headers& h : {httplib::Headers{{"Authorization", credential}}, httplib::Headers{{"Cookie", "swm=" + credential}}}) {
        auto res = m.anonymous_client().Get("/api/dataset", h);
        REQUIRE(res);
        CHECK(res->status == 401);
    }
    // A page on another site cannot trade a secret it has seen.
    auto cross = m.anonymous_client().Post("/api/login", {{"Origin", "http://attacker.example"}},
                                           json{{"secret", m.login_secret()}}.dump(), "application/json");
    REQUIRE(cross);
    CHECK(cross->status == 403);
}

TEST_CASE("Session: a second start by the same user opens the running monitor with a fresh one-time link") {
    TempDir dir;
    MonitorProcess m(dir.path);
    // The lock that proves the user is readable by that user only.
    struct stat st {};
    REQUIRE(stat((dir.path + "/monitor.lock").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    const auto second = run_exe({"--no-browser", "--port", std::to_string(m.port()), "--data-dir", dir.path});
    CHECK(second.exit_code == 0);
    CHECK(second.out.find("http://" + m.host() + "/#login=") != std::string::npos);
    const std::string fresh = secret_in(second.out);
    REQUIRE(fresh.size() == 48);
    CHECK(fresh != m.login_secret());
    auto signed_in = trade(m, fresh);
    REQUIRE(signed_in);
    CHECK(signed_in->status == 200);
    CHECK(json::parse(signed_in->body)["credential"] == m.credential());
    CHECK(trade(m, fresh)->status == 403);

    // Without the lock's key, asking for a login secret gets nothing.
    auto guess = m.anonymous_client().Post("/api/login/secret", {{"Authorization", "Bearer " + std::string(48, '1')}}, "",
                                           "application/json");
    REQUIRE(guess);
    CHECK(guess->status == 403);
    CHECK(secret_in(guess->body).empty());
}

TEST_CASE("Session: a start while the default port is taken (another user's monitor) serves on a free port") {
    // Whoever holds 8642 (this socket, or anything else), it is taken.
    const int holder = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(8642);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(holder, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0) listen(holder, 1);
    TempDir dir;
    MonitorProcess m(dir.path, {}, true);
    CHECK(m.port() != 8642);
    CHECK(m.printed().find("al in gebruik") == std::string::npos);
    auto res = m.client().Get("/api/dataset");
    REQUIRE(res);
    CHECK(res->status == 200);
    close(holder);
}

TEST_CASE("Session: single-use links open the report and the snapshot once, for the signed-in page") {
    TempDir dir;
    MonitorProcess m(dir.path);
    auto stranger = m.anonymous_client();
    CHECK(stranger.Post("/api/links", json{{"path", "/report"}}.dump(), "application/json")->status == 401);
    for (const std::string path : {"/report", "/snapshot", "/report?since=1"}) {
        INFO(path);
        auto made = m.client().Post("/api/links", m.write_headers(), json{{"path", path}}.dump(), "application/json");
        REQUIRE(made);
        REQUIRE(made->status == 201);
        const std::string url = json::parse(made->body)["url"];
        CHECK(url.rfind(path + (path.find('?') == std::string::npos ? "?" : "&") + "link=", 0) == 0);
        auto opened = stranger.Get(url);
        REQUIRE(opened);
        CHECK(opened->status == 200);
        CHECK(opened->get_header_value("Content-Type").find("text/html") == 0);
        auto reopened = stranger.Get(url);
        REQUIRE(reopened);
        CHECK(reopened->status == 401);
    }
    // A link is for its own route only.
    auto made = m.client().Post("/api/links", m.write_headers(), json{{"path", "/report"}}.dump(), "application/json");
    const std::string token = json::parse(made->body)["url"].get<std::string>().substr(std::string("/report?link=").size());
    CHECK(stranger.Get("/api/dataset?link=" + token)->status == 401);
    CHECK(stranger.Get("/report?link=" + token)->status == 401);  // used up by the wrong route
    auto bad = m.client().Post("/api/links", m.write_headers(), json{{"path", "/api/dataset"}}.dump(), "application/json");
    REQUIRE(bad);
    CHECK(bad->status == 422);
}

TEST_CASE("Session: on loopback, a client at another 127/8 address gets nothing, even with the credential") {
    TempDir dir;
    MonitorProcess m(dir.path);
    const std::string host = "Host: 127.0.0.1:" + std::to_string(m.port()) + "\r\n";
    for (const char* path : {"/api/dataset", "/report"}) {
        const auto a = raw_request("127.0.0.2", "127.0.0.1", m.port(),
                                   std::string("GET ") + path + " HTTP/1.1\r\n" + host + "Authorization: Bearer " + m.credential() +
                                       "\r\nConnection: close\r\n\r\n");
        CHECK(a.status == 403);
        CHECK(error_of(a.body) == "not_local");
    }
}

TEST_CASE("Session: beyond loopback the monitor warns, serves other machines read-only, and takes writes only locally") {
    TempDir dir;
    MonitorProcess m(dir.path, {"--bind", "0.0.0.0", "--host-name", "raadzaal"});
    CHECK(m.printed().find("iedereen op dat netwerk kan het register lezen") != std::string::npos);

    // The council room's second screen reads without a session.
    const auto page = from_network(m, "GET", "/");
    CHECK(page.status == 200);
    for (const char* path : {"/api/dataset", "/report", "/api/views"}) {
        INFO(path);
        CHECK(from_network(m, "GET", path).status == 200);
    }
    const auto version = from_network(m, "GET", "/api/version");
    REQUIRE(version.status == 200);
    CHECK(json::parse(version.body)["read_only"] == true);
    CHECK(json::parse(m.client().Get("/api/version")->body)["read_only"] == false);
    // By the names of this machine only: the address it reached, --host-name.
    CHECK(from_network(m, "GET", "/api/dataset", "", "", "raadzaal:" + std::to_string(m.port())).status == 200);
    CHECK(error_of(from_network(m, "GET", "/api/dataset", "", "", "attacker.example:" + std::to_string(m.port())).body) ==
          "bad_host");

    // No write from the network, not even with the credential or a loopback Host.
    const std::string record = json::parse(m.client().Get("/api/partnerships/24")->body).dump();
    const std::string with_key = "Authorization: Bearer " + m.credential() + "\r\nContent-Type: application/json\r\n";
    for (const std::string& host : {std::string(), "127.0.0.1:" + std::to_string(m.port())}) {
        const auto put = from_network(m, "PUT", "/api/partnerships/24", with_key, record, host);
        CHECK(put.status == 403);
        CHECK(error_of(put.body) == "remote_read_only");
    }
    // Nor a sign-in: a secret is for this machine.
    const auto fresh = run_exe({"--no-browser", "--data-dir", dir.path});
    const std::string secret = secret_in(fresh.out);
    REQUIRE(secret.size() == 48);
    const auto login = from_network(m, "POST", "/api/login", "Content-Type: application/json\r\n", json{{"secret", secret}}.dump());
    CHECK(login.status == 403);
    CHECK(login.body.find(m.credential()) == std::string::npos);
    CHECK(trade(m, secret)->status == 200);  // still unused, so still good here

    // This machine, signed in, writes.
    json changed = json::parse(record);
    changed["name"] = "Regio Twente (gewijzigd in de raadzaal)";
    auto put = m.client().Put("/api/partnerships/24", m.write_headers(), changed.dump(), "application/json");
    REQUIRE(put);
    CHECK(put->status == 200);
    CHECK(from_network(m, "GET", "/api/partnerships/24").body.find("gewijzigd in de raadzaal") != std::string::npos);
}

TEST_CASE("Session: the browser is sent to the login link through a page only this user reads, not a command line") {
    TempDir dir;
    MonitorProcess m(dir.path);
    // A desktop to open a browser on, and no xdg-open to find: the page is
    // written, and nothing is started.
    const char* old_path = std::getenv("PATH");
    const std::string path = old_path ? old_path : "";
    setenv("DISPLAY", ":99", 1);
    setenv("PATH", "/nonexistent", 1);
    const auto second = run_exe({"--data-dir", dir.path});
    setenv("PATH", path.c_str(), 1);
    unsetenv("DISPLAY");
    REQUIRE(second.exit_code == 0);
    const std::string secret = secret_in(second.out);
    REQUIRE(secret.size() == 48);
    const std::string page = dir.path + "/open-monitor.html";
    struct stat st {};
    REQUIRE(stat(page.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(swm::test::read_text(page).find("url=http://" + m.host() + "/#login=" + secret + "\"") != std::string::npos);
}
