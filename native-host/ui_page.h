// The UI page as served: the embedded single-file HTML with this run's write
// token filled in, gzip-compressed once at start (not per request), with an
// ETag so a reload in the same run costs a 304.
#pragma once
#include <httplib.h>

#include <string>

namespace swm {

struct UiPage {
    std::string html;
    std::string gzip;  // empty if compression failed: then served raw
    std::string etag;
};

UiPage make_ui_page(const std::string& token);

// Answers GET / with the page, compressed when the browser accepts gzip.
void serve_ui_page(const UiPage& page, const httplib::Request& req, httplib::Response& res);

} // namespace swm
