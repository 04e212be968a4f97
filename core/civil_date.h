// A day of the Gregorian calendar, for counting periods: the P&C calendar
// adds weeks to a date the council received, finds the weekday a deadline
// falls on and the next working day. Dates from the contract stay ISO text
// (partial_date.h); this is only for arithmetic on whole days.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace swm {

struct CivilDate {
    int year = 1970;
    int month = 1;
    int day = 1;

    friend bool operator==(const CivilDate& a, const CivilDate& b) {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
    friend bool operator!=(const CivilDate& a, const CivilDate& b) { return !(a == b); }
    friend bool operator<(const CivilDate& a, const CivilDate& b) {
        if (a.year != b.year) return a.year < b.year;
        if (a.month != b.month) return a.month < b.month;
        return a.day < b.day;
    }
    friend bool operator<=(const CivilDate& a, const CivilDate& b) { return !(b < a); }
    friend bool operator>(const CivilDate& a, const CivilDate& b) { return b < a; }
    friend bool operator>=(const CivilDate& a, const CivilDate& b) { return !(a < b); }
};

enum class Weekday { monday, tuesday, wednesday, thursday, friday, saturday, sunday };

bool is_leap_year(int year);
int days_in_month(int year, int month);

// Exactly "YYYY-MM-DD" with a real calendar day (years 1583-9999).
std::optional<CivilDate> parse_civil_date(std::string_view iso);
std::string to_iso(const CivilDate& d);
// "20260430": the form of an all-day date in iCalendar.
std::string to_basic(const CivilDate& d);

// Days since 1970-01-01 (negative before), and back.
long days_since_epoch(const CivilDate& d);
CivilDate from_days_since_epoch(long days);

CivilDate add_days(const CivilDate& d, long days);
Weekday weekday(const CivilDate& d);

} // namespace swm
