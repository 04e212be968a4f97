// Files compiled into the executable (cmake/Embed.cmake), so it needs no
// other file at run time.
#pragma once
#include <string_view>

extern const unsigned char ui_html_gz[];
extern const unsigned long long ui_html_gz_size;
extern const unsigned char ui_wasm_gz[];
extern const unsigned long long ui_wasm_gz_size;

namespace swm {

// The UI page and its wasm, gzip-compressed at build time: carried once,
// compressed (ui_page.h inflates them where they are needed plain).
inline std::string_view embedded_ui_html_gz() { return {reinterpret_cast<const char*>(ui_html_gz), size_t(ui_html_gz_size)}; }
inline std::string_view embedded_ui_wasm_gz() { return {reinterpret_cast<const char*>(ui_wasm_gz), size_t(ui_wasm_gz_size)}; }

} // namespace swm
