#include "native-host/http_body.h"

#include "native-host/gzip.h"

#include <cstdint>
#include <cstdio>
#include <functional>

namespace swm {
namespace {

// Below about one packet compressing saves nothing worth the time.
constexpr std::size_t kGzipFrom = 1024;
// Larger bodies are written from where they are kept instead of being
// copied into each response: 64 clients of a 6 MB list would hold 64 copies.
constexpr std::size_t kSendInPlaceFrom = 64 * 1024;


// The headers every such answer has; true when it is a 304 and done.
bool not_modified(const httplib::Request& req, httplib::Response& res, const std::string& etag, bool gzip) {
    // Revalidated each time (a write elsewhere changes it), never stored by a shared cache.
    res.set_header("Cache-Control", "no-cache, private");
    res.set_header("Vary", "Accept-Encoding");
    res.set_header("ETag", gzip ? gzip_tag(etag) : etag);
    if (!client_holds(req, etag)) return false;
    res.status = 304;
    return true;
}

void put(httplib::Response& res, std::string_view bytes, const std::string& type, std::shared_ptr<const void> keep) {
    if (bytes.size() < kSendInPlaceFrom || !keep) {
        res.set_content(bytes.data(), bytes.size(), type.c_str());
        return;
    }
    res.set_content_provider(bytes.size(), type, [keep = std::move(keep), bytes](size_t offset, size_t length, httplib::DataSink& sink) {
        return sink.write(bytes.data() + offset, length);
    });
}

} // namespace

std::string gzip_tag(const std::string& etag) { return etag.substr(0, etag.size() - 1) + "-gz\""; }

bool client_holds(const httplib::Request& req, const std::string& etag) {
    const std::string header = req.get_header_value("If-None-Match");
    if (header.empty()) return false;
    const std::string gzipped = gzip_tag(etag);
    std::size_t at = 0;
    while (at < header.size()) {
        std::size_t end = header.find(',', at);
        if (end == std::string::npos) end = header.size();
        std::string_view tag(header.data() + at, end - at);
        while (!tag.empty() && (tag.front() == ' ' || tag.front() == '\t')) tag.remove_prefix(1);
        while (!tag.empty() && (tag.back() == ' ' || tag.back() == '\t')) tag.remove_suffix(1);
        if (tag.substr(0, 2) == "W/") tag.remove_prefix(2);
        if (tag == "*" || tag == etag || tag == gzipped) return true;
        at = end + 1;
    }
    return false;
}

std::string etag_of(std::string_view bytes) {
    // FNV-1a over 64 bits, byte by byte: stable across runs and builds,
    // and a body is hashed once when it is made.
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 1099511628211ull;
    }
    char buf[40];
    std::snprintf(buf, sizeof buf, "\"%016llx-%zx\"", static_cast<unsigned long long>(h), bytes.size());
    return buf;
}

KeptBody::KeptBody(std::string bytes, std::string content_type)
    : bytes_(std::move(bytes)), content_type_(std::move(content_type)), etag_(etag_of(bytes_)) {}

std::string_view KeptBody::gzip() const {
    std::call_once(gzip_once_, [this] { gzip_ = gzip_compress(bytes_); });
    return gzip_;
}

bool accepts_gzip(const httplib::Request& req) {
    const std::string ae = req.get_header_value("Accept-Encoding");
    const std::size_t at = ae.find("gzip");
    if (at == std::string::npos) return false;
    const std::size_t end = ae.find(',', at);
    const std::string params = ae.substr(at, end == std::string::npos ? std::string::npos : end - at);
    return params.find("q=0") == std::string::npos || params.find("q=0.") != std::string::npos;
}

void send_kept(const httplib::Request& req, httplib::Response& res, std::shared_ptr<const void> keep, const KeptBody& body) {
    const bool gzip = accepts_gzip(req) && body.bytes().size() >= kGzipFrom;
    if (not_modified(req, res, body.etag(), gzip)) return;
    res.status = 200;
    if (gzip) res.set_header("Content-Encoding", "gzip");
    put(res, gzip ? body.gzip() : body.bytes(), body.content_type(), std::move(keep));
}

void send_made(const httplib::Request& req, httplib::Response& res, const std::string& etag,
               const std::function<std::string()>& make, const char* content_type) {
    // The tag names what is sent for this Accept-Encoding; one too small to
    // compress is sent plain under it, still the same bytes for the same tag.
    const bool gzip = accepts_gzip(req);
    if (not_modified(req, res, etag, gzip)) return;
    res.status = 200;
    std::string bytes = make();
    if (!gzip || bytes.size() < kGzipFrom) return res.set_content(bytes, content_type);
    res.set_header("Content-Encoding", "gzip");
    res.set_content(gzip_compress(bytes), content_type);
}

void send_made(const httplib::Request& req, httplib::Response& res, std::string bytes, const char* content_type) {
    send_made(req, res, etag_of(bytes), [&bytes] { return std::move(bytes); }, content_type);
}

} // namespace swm
