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

// Every refusal in the one shape of core/api_error.h.
inline void send_error(httplib::Response& res, const ApiError& e) { send_json(res, e.status, encode_api_error(e)); }

} // namespace swm
