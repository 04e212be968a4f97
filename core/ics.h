// An iCalendar file (RFC 5545) of all-day events, as Outlook and the griffie's
// calendar import it: CRLF line ends, lines folded at 75 octets (never inside
// a UTF-8 character), TEXT values escaped, and per event a stable UID with a
// SEQUENCE and DTSTAMP, so a calendar that imports it again updates the
// events instead of duplicating them.
#pragma once
#include "core/civil_date.h"

#include <string>
#include <vector>

namespace swm {

struct IcsEvent {
    std::string uid;
    long sequence = 0;
    CivilDate date;           // all day: DTSTART;VALUE=DATE, DTEND the next day
    std::string summary;
    std::string description;
    std::string categories;   // one category, e.g. "Te laat voor de raad"
};

struct IcsCalendar {
    std::string name;         // X-WR-CALNAME
    std::string dtstamp;      // UTC, "YYYYMMDDTHHMMSSZ": when this export was made
    std::vector<IcsEvent> events;
};

std::string write_ics(const IcsCalendar& c);

// TEXT escaping of RFC 5545 3.3.11: backslash, semicolon, comma, newline.
std::string ics_escape(const std::string& text);
// Folds one content line (without its CRLF) into lines of at most 75 octets.
std::string ics_fold(const std::string& line);

} // namespace swm
