// The UI page as served: the embedded single-file HTML, the same for every
// run (the write token comes from GET /api/session), so it is compressed once
// at build time and carries an ETag; a reload costs a 304.
#pragma once
#include <httplib.h>

#include <string>
#include <string_view>

namespace swm {

struct UiPage {
    std::string_view html;
    std::string_view gzip;
    std::string etag;
};

UiPage make_ui_page();

// Answers GET / with the page, compressed when the browser accepts gzip.
void serve_ui_page(const UiPage& page, const httplib::Request& req, httplib::Response& res);

} // namespace swm
