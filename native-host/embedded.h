// Files compiled into the executable (cmake/Embed.cmake), so it needs no
// other file at run time.
#pragma once
#include <string_view>

extern const unsigned char ui_html[];
extern const unsigned long long ui_html_size;

namespace swm {

inline std::string_view embedded_ui_html() { return {reinterpret_cast<const char*>(ui_html), size_t(ui_html_size)}; }

} // namespace swm
