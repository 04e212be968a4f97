#include "core/partial_date.h"

#include "core/civil_date.h"

namespace swm {
namespace {

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

int to_int(std::string_view digits) {
    int value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    return value;
}

int sign(int v) { return (v > 0) - (v < 0); }

} // namespace

std::optional<PartialDate> parse_partial_date(std::string_view text) {
    if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
    if (!all_digits(text.substr(0, 4))) return std::nullopt;
    PartialDate date;
    date.year = to_int(text.substr(0, 4));
    if (date.year == 0) return std::nullopt;
    if (text.size() == 4) return date;

    if (text[4] != '-' || !all_digits(text.substr(5, 2))) return std::nullopt;
    date.month = to_int(text.substr(5, 2));
    if (date.month < 1 || date.month > 12) return std::nullopt;
    if (text.size() == 7) return date;

    if (text[7] != '-' || !all_digits(text.substr(8, 2))) return std::nullopt;
    date.day = to_int(text.substr(8, 2));
    if (date.day < 1 || date.day > days_in_month(date.year, date.month)) return std::nullopt;
    return date;
}

int compare_at_common_precision(const PartialDate& a, const PartialDate& b) {
    if (a.year != b.year) return sign(a.year - b.year);
    if (a.month == 0 || b.month == 0) return 0;
    if (a.month != b.month) return sign(a.month - b.month);
    if (a.day == 0 || b.day == 0) return 0;
    return sign(a.day - b.day);
}

} // namespace swm
