#include "native-host/ui_page.h"

#include "native-host/embedded.h"

#include <cstdint>
#include <cstdio>

namespace swm {
namespace {

// The page may only run its own inline code, talk to this host and never be
// framed by another site. 'wasm-unsafe-eval' and data: let the inlined wasm
// compile; nothing is loaded from elsewhere.
const char* const kContentSecurityPolicy =
    "default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'unsafe-inline'; "
    "connect-src 'self' data:; img-src 'self' data: blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

std::string fnv1a_hex(std::string_view s) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    char buf[24];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

bool accepts_gzip(const httplib::Request& req) {
    const std::string ae = req.get_header_value("Accept-Encoding");
    return ae.find("gzip") != std::string::npos;
}

} // namespace

UiPage make_ui_page() {
    UiPage page{embedded_ui_html(), embedded_ui_html_gz(), ""};
    page.etag = "\"" + fnv1a_hex(page.gzip) + "\"";
    return page;
}

void serve_ui_page(const UiPage& page, const httplib::Request& req, httplib::Response& res) {
    // Revalidate every time: a new build serves a new page.
    res.set_header("Cache-Control", "no-cache");
    res.set_header("ETag", page.etag);
    res.set_header("Vary", "Accept-Encoding");
    res.set_header("Content-Security-Policy", kContentSecurityPolicy);
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    if (req.get_header_value("If-None-Match") == page.etag) {
        res.status = 304;
        return;
    }
    // cpp-httplib is built without zlib, so it never compresses this again.
    if (accepts_gzip(req)) {
        res.set_header("Content-Encoding", "gzip");
        res.set_content(page.gzip.data(), page.gzip.size(), "text/html; charset=utf-8");
        return;
    }
    res.set_content(page.html.data(), page.html.size(), "text/html; charset=utf-8");
}

} // namespace swm
