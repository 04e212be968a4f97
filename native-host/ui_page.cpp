#include "native-host/ui_page.h"

#include "native-host/embedded.h"
#include "native-host/gzip.h"
#include "native-host/http_body.h"


namespace swm {
namespace {

// The page may only run its own inline code, talk to this host and never be
// framed by another site. 'wasm-unsafe-eval' and data: let the inlined wasm
// compile; nothing is loaded from elsewhere.
const char* const kContentSecurityPolicy =
    "default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'unsafe-inline'; "
    "connect-src 'self' data:; img-src 'self' data: blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

} // namespace

UiPage make_ui_page() {
    const std::string_view html = embedded_ui_html_gz();
    const std::string_view wasm = embedded_ui_wasm_gz();
    return {{html, etag_of(html), "text/html; charset=utf-8"}, {wasm, etag_of(wasm), "application/wasm"}};
}

std::string ui_page_html() { return gzip_inflate(embedded_ui_html_gz()); }
std::string ui_page_wasm() { return gzip_inflate(embedded_ui_wasm_gz()); }

void serve_ui_file(const UiFile& file, const httplib::Request& req, httplib::Response& res) {
    res.set_header("Content-Security-Policy", kContentSecurityPolicy);
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    const bool gzip = accepts_gzip(req);
    // Revalidated every time: a new build serves a new page.
    res.set_header("Cache-Control", "no-cache");
    res.set_header("Vary", "Accept-Encoding");
    res.set_header("ETag", gzip ? gzip_tag(file.etag) : file.etag);
    if (client_holds(req, file.etag)) {
        res.status = 304;
        return;
    }
    // cpp-httplib is built without zlib support, so it never compresses this again.
    if (gzip) {
        res.set_header("Content-Encoding", "gzip");
        res.set_content(file.gzip.data(), file.gzip.size(), file.content_type);
        return;
    }
    res.set_content(gzip_inflate(file.gzip), file.content_type);
}

} // namespace swm
