// HTTP requests from the UI to the host's JSON API, through the platform's
// http_request (web_platform.h), counted so that tests can wait for them. Responses arrive asynchronously
// as (status, body); status 0 means the host could not be reached.
#pragma once
#include <functional>
#include <string>

namespace swm::web {

using ResponseFn = std::function<void(int status, const std::string& body)>;

void api_request(const char* method, const std::string& path, const std::string& body, ResponseFn done);
inline void api_get(const std::string& path, ResponseFn done) { api_request("GET", path, "", std::move(done)); }

// Number of requests sent and not yet answered.
int api_pending();

} // namespace swm::web
