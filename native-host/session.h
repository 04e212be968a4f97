// Who gets in: the session of the person who started the monitor, the way
// Jupyter does it. The monitor prints (and opens) a link with a one-time
// secret in its fragment (#login=...), which never reaches a server log or a
// Referer; the page trades it once (POST /api/login) for the credential,
// keeps that in its own origin's storage and sends it on every request
// (Authorization: Bearer ...). A cookie would not do: cookies are shared by
// every port of 127.0.0.1, so another user's monitor would receive it.
//
// Local means a peer at exactly 127.0.0.1 or ::1. Beyond loopback (a
// non-loopback --bind) other machines read without a session and write
// nothing; writes come only from local clients holding the credential.
#pragma once
#include <httplib.h>

#include <chrono>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace swm {

struct ServerSettings;

// A fresh random secret, as 48 hex digits.
std::string make_secret();

// Whether a peer address is this machine's loopback: exactly 127.0.0.1 or
// ::1 (also as an IPv4-mapped IPv6 address), not the rest of 127/8.
bool is_local_peer(const std::string& address);

// Whether an address to listen on keeps the monitor on this machine.
bool is_loopback_bind(const std::string& address);

class Session {
public:
    Session();

    // Held by the running monitor in its data folder (instance_lock.h), so a
    // second start by the same OS user can ask for a fresh login secret.
    const std::string& launch_key() const { return launch_key_; }

    // A one-time secret for a login link.
    std::string new_login_secret();
    // Trades a login secret for the credential, once; empty if unknown or used.
    std::string redeem(const std::string& secret);
    bool holds(const std::string& credential) const;

    // A short-lived single-use link to `path` (a GET route carrying data),
    // for what the browser opens itself: the report, the snapshot download.
    std::string new_link(const std::string& path);
    // Whether `token` is a live link to `path`; uses it up.
    bool use_link(const std::string& token, const std::string& path);

    // Decides a request before routing; answers it (and returns true) when it
    // may not pass.
    bool refuse(const httplib::Request& req, httplib::Response& res, const ServerSettings& settings);

private:
    using Clock = std::chrono::steady_clock;
    const std::string credential_;
    const std::string launch_key_;
    std::mutex mutex_;
    std::vector<std::string> login_secrets_;  // not yet used
    std::map<std::string, std::pair<std::string, Clock::time_point>> links_;  // token -> path, expiry
};

// POST /api/login (the trade), POST /api/login/secret (a fresh login secret,
// for a second start that proves it knows the launch key), POST /api/links
// (a single-use link for the signed-in page).
void install_session_routes(httplib::Server& server, Session& session, const ServerSettings& settings);

// The credential a request carries in `Authorization: Bearer ...`, or empty.
std::string bearer(const httplib::Request& req);

// The login link for a monitor at `base_url` ("http://host:port/"): the
// secret first in the fragment, then what the page should open (`fragment`,
// without '#', may be empty).
std::string login_url(const std::string& base_url, const std::string& secret, const std::string& fragment);

} // namespace swm
