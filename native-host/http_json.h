// JSON responses of the API: one shape for data and one for errors, so the
// UI and scripts handle every failure the same way.
#pragma once
#include "core/api_error.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <string>

namespace swm {

inline void send_json(httplib::Response& res, int status, const nlohmann::json& body) {
    res.status = status;
    // Invalid UTF-8 from a user's file is replaced rather than aborting the response.
    res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "application/json; charset=utf-8");
}

// {"error": code, "message": text, ...extra}: `code` is stable for programs,
// `message` is Dutch for people.
inline void send_error(httplib::Response& res, int status, const std::string& code, const std::string& message,
                       nlohmann::json extra = nlohmann::json::object()) {
    extra["error"] = code;
    extra["message"] = message;
    send_json(res, status, extra);
}

// Every refusal in the one shape of core/api_error.h.
inline void send_error(httplib::Response& res, const ApiError& e) { send_json(res, e.status, encode_api_error(e)); }

} // namespace swm
