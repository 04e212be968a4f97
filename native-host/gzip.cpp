#include "native-host/gzip.h"

#include <zlib.h>

#include <stdexcept>

namespace swm {
namespace {

// zlib's window bits plus 16: a gzip header and trailer instead of zlib's.
constexpr int kGzipWindow = 15 + 16;

} // namespace

std::string gzip_compress(std::string_view data) {
    z_stream z{};
    // Level 6 (zlib's default): within a few per cent of 9 on JSON, several times faster.
    if (deflateInit2(&z, 6, Z_DEFLATED, kGzipWindow, 8, Z_DEFAULT_STRATEGY) != Z_OK) throw std::runtime_error("deflateInit2");
    std::string out(deflateBound(&z, uLong(data.size())), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    const std::size_t written = z.total_out;
    deflateEnd(&z);
    if (rc != Z_STREAM_END) throw std::runtime_error("deflate did not finish");
    out.resize(written);
    out.shrink_to_fit();
    return out;
}

std::string gzip_inflate(std::string_view data) {
    z_stream z{};
    if (inflateInit2(&z, kGzipWindow) != Z_OK) throw std::runtime_error("inflateInit2");
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = uInt(data.size());
    std::string out;
    char buf[64 * 1024];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef*>(buf);
        z.avail_out = sizeof buf;
        rc = inflate(&z, Z_NO_FLUSH);
        out.append(buf, sizeof buf - z.avail_out);
        if (rc == Z_BUF_ERROR && z.avail_in == 0) break;  // input ended before the stream did
    }
    inflateEnd(&z);
    if (rc != Z_STREAM_END) throw std::runtime_error("not a whole gzip stream");
    return out;
}

} // namespace swm
