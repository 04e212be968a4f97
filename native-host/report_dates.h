// Dates as the report prints them, in Dutch words: the register's peildatum
// ("2014-11" -> "november 2014") and the day a snapshot was taken or the
// report written ("3 juni 2025").
#pragma once
#include <string>

namespace swm::report {

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" in words; any other text as it is.
std::string format_date(const std::string& iso);

// The day of a stored timestamp ("2025-06-03T10:01:09Z") in words.
std::string format_timestamp_day(const std::string& iso);

// Today on this computer's calendar, as "YYYY-MM-DD".
std::string today_iso();

} // namespace swm::report
