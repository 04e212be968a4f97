// Files compiled into the executable (cmake/Embed.cmake), so it needs no
// other file at run time.
#pragma once
#include <string_view>

extern const unsigned char ui_html[];
extern const unsigned long long ui_html_size;
extern const unsigned char ui_html_gz[];
extern const unsigned long long ui_html_gz_size;

namespace swm {

inline std::string_view embedded_ui_html() { return {reinterpret_cast<const char*>(ui_html), size_t(ui_html_size)}; }
// The same page, gzip-compressed at build time.
inline std::string_view embedded_ui_html_gz() { return {reinterpret_cast<const char*>(ui_html_gz), size_t(ui_html_gz_size)}; }

} // namespace swm
