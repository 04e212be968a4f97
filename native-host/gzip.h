// gzip with Debian's zlib (linked statically): API bodies are compressed
// once per revision of the register, and the UI page, carried compressed in
// the executable, is inflated for the rare client that does not accept gzip.
#pragma once
#include <string>
#include <string_view>

namespace swm {

std::string gzip_compress(std::string_view data);
// Throws std::runtime_error when `data` is not a whole gzip stream.
std::string gzip_inflate(std::string_view data);

} // namespace swm
