#include "native-host/ui_page.h"

#include "native-host/embedded.h"

#include <zlib.h>

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

std::string gzip(const std::string& in) {
    z_stream zs{};
    // 15 + 16: a gzip header rather than raw zlib, which is what
    // Content-Encoding: gzip means.
    if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK) return {};
    std::string out(deflateBound(&zs, uLong(in.size())), '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs.avail_in = uInt(in.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : std::string();
}

std::string fnv1a_hex(const std::string& s) {
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

UiPage make_ui_page(const std::string& token) {
    UiPage page;
    page.html = std::string(embedded_ui_html());
    static const std::string kPlaceholder = "%%SWM_TOKEN%%";
    const size_t at = page.html.find(kPlaceholder);
    if (at != std::string::npos) page.html.replace(at, kPlaceholder.size(), token);
    page.gzip = gzip(page.html);
    page.etag = "\"" + fnv1a_hex(page.html) + "\"";
    return page;
}

void serve_ui_page(const UiPage& page, const httplib::Request& req, httplib::Response& res) {
    // The page holds this run's token: revalidate every time, never store.
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
    if (!page.gzip.empty() && accepts_gzip(req)) {
        res.set_header("Content-Encoding", "gzip");
        res.set_content(page.gzip, "text/html; charset=utf-8");
        return;
    }
    res.set_content(page.html, "text/html; charset=utf-8");
}

} // namespace swm
