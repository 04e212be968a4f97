// The UI as served: the page (HTML with the UI's JS) at / and its wasm at
// /ui.wasm, the same for every run (the write token comes from GET
// /api/session). The executable carries both gzip-compressed, as browsers
// take them; a reload costs two 304s.
#pragma once
#include <httplib.h>

#include <string>
#include <string_view>

namespace swm {

struct UiFile {
    std::string_view gzip;
    std::string etag;  // of the plain file; the gzip one is told apart from it
    const char* content_type;
};

struct UiPage {
    UiFile html;
    UiFile wasm;
};

UiPage make_ui_page();

// The paths the UI's files are served at (monitor.cpp): what a browser needs
// before it asks for any data.
inline bool is_ui_file(std::string_view path) { return path == "/" || path == "/ui.wasm"; }

// Uncompressed: for a client without gzip, and the offline snapshot.
std::string ui_page_html();
std::string ui_page_wasm();

// Answers GET / (or /ui.wasm) with `file`, compressed when the browser accepts gzip.
void serve_ui_file(const UiFile& file, const httplib::Request& req, httplib::Response& res);

} // namespace swm
