// Response bodies with a strong ETag, sent gzip-compressed when the client
// accepts it, and 304 when the client already holds them (If-None-Match).
// A KeptBody is encoded once and shared by every request for it (the
// register's answers, per revision: register_bodies.h); its gzip is made
// the first time a client asks for it, once.
#pragma once
#include <httplib.h>

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace swm {

inline constexpr const char* kJsonType = "application/json; charset=utf-8";

// A strong ETag ("…") for `bytes`, the same for the same bytes in every run.
std::string etag_of(std::string_view bytes);

// The ETag of the gzip form of a body tagged `etag`: a strong ETag names
// one representation (RFC 9110 8.8.3), so the two differ.
std::string gzip_tag(const std::string& etag);

// Whether If-None-Match names the body tagged `etag`, plain or gzip (or
// "*"): the client holds it either way. W/ tags compare weakly.
bool client_holds(const httplib::Request& req, const std::string& etag);

class KeptBody {
public:
    explicit KeptBody(std::string bytes, std::string content_type = kJsonType);
    KeptBody(const KeptBody&) = delete;
    KeptBody& operator=(const KeptBody&) = delete;

    std::string_view bytes() const { return bytes_; }
    const std::string& content_type() const { return content_type_; }
    const std::string& etag() const { return etag_; }
    // The bytes gzip-compressed; made on first use, then kept.
    std::string_view gzip() const;

private:
    const std::string bytes_;
    const std::string content_type_;
    const std::string etag_;
    mutable std::once_flag gzip_once_;
    mutable std::string gzip_;
};

// Whether the client takes gzip (Accept-Encoding names it without q=0).
bool accepts_gzip(const httplib::Request& req);

// 200 with `body` (gzip if accepted), or 304 when If-None-Match names its
// ETag. `keep` holds whatever the body lives in while it is being sent.
void send_kept(const httplib::Request& req, httplib::Response& res, std::shared_ptr<const void> keep, const KeptBody& body);

// A body made for this request, with the same headers and 304. With its
// ETag known beforehand (from the register's revision and the query), a
// client that holds it gets its 304 before `make` runs.
void send_made(const httplib::Request& req, httplib::Response& res, const std::string& etag,
               const std::function<std::string()>& make, const char* content_type = kJsonType);
void send_made(const httplib::Request& req, httplib::Response& res, std::string bytes, const char* content_type = kJsonType);

} // namespace swm
