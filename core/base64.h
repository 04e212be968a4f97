// Base64 (RFC 4648, with padding), for bytes that travel inside text: the
// offline snapshot carries the UI's WebAssembly in a <script> element.
#pragma once
#include <string>
#include <string_view>

namespace swm {

std::string base64_encode(std::string_view bytes);

} // namespace swm
