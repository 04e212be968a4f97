#include "core/civil_date.h"

#include "core/partial_date.h"

#include <cstdio>

namespace swm {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && is_leap_year(year)) return 29;
    return kDays[month - 1];
}

std::optional<CivilDate> parse_civil_date(std::string_view iso) {
    if (iso.size() != 10) return std::nullopt;
    const auto p = parse_partial_date(iso);
    if (!p || p->day == 0 || p->year < 1583) return std::nullopt;  // Gregorian days only
    return CivilDate{p->year, p->month, p->day};
}

std::string to_iso(const CivilDate& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::string to_basic(const CivilDate& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", d.year, d.month, d.day);
    return buf;
}

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
long days_since_epoch(const CivilDate& d) {
    const long y = d.year - (d.month <= 2 ? 1 : 0);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long mp = (d.month + 9) % 12;
    const long doy = (153 * mp + 2) / 5 + d.day - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate from_days_since_epoch(long days) {
    const long z = days + 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}

CivilDate add_days(const CivilDate& d, long days) { return from_days_since_epoch(days_since_epoch(d) + days); }

Weekday weekday(const CivilDate& d) {
    const long days = days_since_epoch(d);  // 1970-01-01 was a Thursday
    const long index = ((days % 7) + 7 + 3) % 7;
    return static_cast<Weekday>(index);
}

} // namespace swm
