#include "core/view_section.h"

#include <charconv>

namespace swm {
namespace {

// Reads a decimal number at p, leaving p just after it.
bool read_int(const char*& p, const char* end, int& out) {
    const auto [next, ec] = std::from_chars(p, end, out);
    if (ec != std::errc() || next == p) return false;
    p = next;
    return true;
}

} // namespace

ViewSection parse_view_section(std::string_view text) {
    const auto colon = text.find(':');
    if (colon == std::string_view::npos) return {std::string(text)};
    const std::string_view range = text.substr(colon + 1);
    const char* p = range.data();
    const char* end = p + range.size();
    int first = 0, last = 0;
    const bool ok = read_int(p, end, first) && p != end && *p++ == '-' && read_int(p, end, last) && p == end &&
                    first >= 1 && last >= first;
    if (!ok) return {};
    return {std::string(text.substr(0, colon)), first, last};
}

} // namespace swm
