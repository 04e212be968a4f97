// The small documents of signing in (docs/data-format.md, "Aanmelden"): the
// page trades the one-time secret of its start link for a credential, a
// second start asks the running monitor for a fresh secret, and the UI asks
// for a short-lived link to a download.
#pragma once
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace swm {

// POST /api/login {"secret"} and POST /api/links {"path"}: the one string
// asked for; nullopt when the body is not an object holding it as text.
std::optional<std::string> decode_session_request(std::string_view body, const char* key);

// POST /api/login: {"credential", "read_only"}.
nlohmann::json encode_login_answer(const std::string& credential, bool read_only);
// POST /api/login/secret: {"secret"}.
nlohmann::json encode_login_secret(const std::string& secret);
// POST /api/links: {"url"}, the path with its single-use link.
nlohmann::json encode_link_answer(const std::string& url);

} // namespace swm
