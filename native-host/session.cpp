#include "native-host/session.h"

#include "native-host/http_json.h"
#include "native-host/http_server.h"
#include "native-host/platform.h"
#include "native-host/ui_page.h"

#include "core/session_documents.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

namespace swm {
namespace {

constexpr size_t kMaxLoginSecrets = 32;
constexpr size_t kMaxLinks = 64;
constexpr auto kLinkLifetime = std::chrono::seconds(60);

// Compares without an early exit, so the time taken tells nothing about the secret.
bool same_secret(const std::string& a, const std::string& b) {
    if (a.size() != b.size() || a.empty()) return false;
    unsigned char diff = 0;
    for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

bool reads(const std::string& method) { return method == "GET" || method == "HEAD" || method == "OPTIONS"; }

// The page, its wasm, and what a second start asks to tell a monitor from
// a stranger: no register data.
bool public_read(const httplib::Request& req) {
    return is_ui_file(req.path) || req.path == "/api/version";
}

// The trade of a login secret, and a second start asking for one: they
// carry a secret of their own instead of the credential.
bool login_route(const std::string& path) { return path == "/api/login" || path == "/api/login/secret"; }

// The routes a single-use link may open: what the browser opens or
// downloads itself, where no header can be added.
bool linkable(const std::string& path) {
    return path == "/report" || path == "/snapshot" || path == "/api/export" || path == "/api/calendar.ics" ||
           path == "/api/verbonden_partijen.csv";
}

std::string lower_ascii(std::string s) {
    for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string secret_of(const httplib::Request& req, const char* key) {
    return decode_session_request(req.body, key).value_or("");
}

void refuse_no_session(httplib::Response& res) {
    send_error(res, api_error(401, "no_session", "api.no_session"));
}

} // namespace

std::string make_secret() {
    unsigned char bytes[24];
    if (!platform::random_bytes(bytes, sizeof bytes)) {
        std::fprintf(stderr, "geen veilige willekeurige bron beschikbaar\n");
        std::abort();
    }
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned char b : bytes) {
        out += hex[b >> 4];
        out += hex[b & 15];
    }
    return out;
}

bool is_local_peer(const std::string& address) {
    return address == "127.0.0.1" || address == "::1" || lower_ascii(address) == "::ffff:127.0.0.1";
}

bool is_loopback_bind(const std::string& address) {
    return address == "localhost" || address == "::1" || address.rfind("127.", 0) == 0;
}

std::string bearer(const httplib::Request& req) {
    const std::string value = req.get_header_value("Authorization");
    const std::string prefix = "Bearer ";
    return value.rfind(prefix, 0) == 0 ? value.substr(prefix.size()) : std::string();
}

std::string login_url(const std::string& base_url, const std::string& secret, const std::string& fragment) {
    return base_url + "#login=" + secret + (fragment.empty() ? "" : "&" + fragment);
}

Session::Session() : credential_(make_secret()), launch_key_(make_secret()) {}

std::string Session::new_login_secret() {
    std::string secret = make_secret();
    std::lock_guard<std::mutex> lock(mutex_);
    if (login_secrets_.size() >= kMaxLoginSecrets) login_secrets_.erase(login_secrets_.begin());
    login_secrets_.push_back(secret);
    return secret;
}

std::string Session::redeem(const std::string& secret) {
    std::lock_guard<std::mutex> lock(mutex_);
    const auto it = std::find_if(login_secrets_.begin(), login_secrets_.end(),
                                 [&secret](const std::string& s) { return same_secret(s, secret); });
    if (it == login_secrets_.end()) return {};
    login_secrets_.erase(it);
    return credential_;
}

bool Session::holds(const std::string& credential) const { return same_secret(credential, credential_); }

std::string Session::new_link(const std::string& path) {
    std::string token = make_secret();
    std::lock_guard<std::mutex> lock(mutex_);
    const auto now = Clock::now();
    for (auto it = links_.begin(); it != links_.end();) it = it->second.second < now ? links_.erase(it) : std::next(it);
    if (links_.size() >= kMaxLinks) links_.erase(links_.begin());
    links_[token] = {path, now + kLinkLifetime};
    return token;
}

bool Session::use_link(const std::string& token, const std::string& path) {
    std::lock_guard<std::mutex> lock(mutex_);
    const auto it = links_.find(token);
    if (it == links_.end()) return false;
    const bool ok = it->second.first == path && Clock::now() < it->second.second;
    links_.erase(it);
    return ok;
}

bool Session::refuse(const httplib::Request& req, httplib::Response& res, const ServerSettings& settings) {
    const bool local = is_local_peer(req.remote_addr);
    // Bound to loopback, only this machine connects, but any local program
    // may pick a source address in 127/8 other than 127.0.0.1.
    if (!local && is_loopback_bind(settings.bind)) {
        send_error(res, api_error(403, "not_local", "api.not_local"));
        return true;
    }
    if (reads(req.method)) {
        if (public_read(req) || !local) return false;  // beyond loopback: read-only without a session
        if (holds(bearer(req))) return false;
        if (req.has_param("link") && use_link(req.get_param_value("link"), req.path)) return false;
        refuse_no_session(res);
        return true;
    }
    if (!local) {
        send_error(res, api_error(403, "remote_read_only", "api.remote_read_only"));
        return true;
    }
    const std::string origin = req.get_header_value("Origin");
    if (!origin.empty() && lower_ascii(origin) != "http://" + lower_ascii(req.get_header_value("Host"))) {
        send_error(res, api_error(403, "bad_origin", "api.bad_origin", origin));
        return true;
    }
    if (login_route(req.path)) return false;
    if (!holds(bearer(req))) {
        refuse_no_session(res);
        return true;
    }
    // A link changes nothing in the register, so a read-only monitor gives one.
    if (req.path == "/api/links") return false;
    if (settings.read_only) {
        send_error(res, api_error(403, "read_only", "api.read_only"));
        return true;
    }
    return false;
}

void install_session_routes(httplib::Server& svr, Session& session, const ServerSettings& settings) {
    svr.Post("/api/login", [&session, &settings](const httplib::Request& req, httplib::Response& res) {
        const std::string credential = session.redeem(secret_of(req, "secret"));
        if (credential.empty())
            return send_error(res, api_error(403, "bad_secret", "api.bad_secret"));
        res.set_header("Cache-Control", "no-store");
        send_json(res, 200, encode_login_answer(credential, settings.read_only));
    });
    svr.Post("/api/login/secret", [&session](const httplib::Request& req, httplib::Response& res) {
        if (!same_secret(bearer(req), session.launch_key()))
            return send_error(res, api_error(403, "bad_key", "api.bad_key"));
        res.set_header("Cache-Control", "no-store");
        send_json(res, 201, encode_login_secret(session.new_login_secret()));
    });
    svr.Post("/api/links", [&session](const httplib::Request& req, httplib::Response& res) {
        const std::string target = secret_of(req, "path");
        const size_t q = target.find('?');
        const std::string path = target.substr(0, q);
        const std::string query = q == std::string::npos ? "" : target.substr(q + 1);
        if (!linkable(path) || query.find('#') != std::string::npos)
            return send_error(res, api_error(422, "bad_path", "api.bad_link_path"));
        res.set_header("Cache-Control", "no-store");
        send_json(res, 201, encode_link_answer(path + "?" + (query.empty() ? "" : query + "&") + "link=" + session.new_link(path)));
    });
}

} // namespace swm
