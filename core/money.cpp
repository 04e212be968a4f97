#include "core/money.h"

namespace swm {

std::string format_euros(std::int64_t euros, Lang lang) {
    const bool negative = euros < 0;
    // Magnitude as unsigned: -INT64_MIN does not fit in int64.
    std::uint64_t magnitude = negative ? std::uint64_t(0) - std::uint64_t(euros) : std::uint64_t(euros);
    std::string digits = std::to_string(magnitude);
    const char separator = lang == Lang::nl ? '.' : ',';
    for (int i = int(digits.size()) - 3; i > 0; i -= 3) digits.insert(std::size_t(i), 1, separator);
    const std::string sign = negative ? "-" : "";
    return lang == Lang::nl ? "€ " + sign + digits : sign + "€" + digits;
}

std::string format_euros(const std::optional<std::int64_t>& euros, Lang lang) {
    if (!euros) return "\xE2\x80\x94";  // "—"
    return format_euros(*euros, lang);
}

} // namespace swm
