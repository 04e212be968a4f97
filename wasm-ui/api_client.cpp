#include "api_client.h"

#include "web_platform.h"

namespace swm::web {
namespace {

int g_pending = 0;

} // namespace

void api_request(const char* method, const std::string& path, const std::string& body, ResponseFn done) {
    ++g_pending;
    http_request(method, path, body, [done = std::move(done)](int status, const std::string& text) {
        --g_pending;
        done(status, text);
    });
}

int api_pending() { return g_pending; }

} // namespace swm::web
