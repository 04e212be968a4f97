// A dated moment: something that happened (or is due) on a day, month or
// year, who did it and what it was about, with the source's own words. The
// register's decisions about a partnership are such moments, and so are the
// council's P&C moments in the calendar, so both are read, checked and
// written the same way.
#pragma once
#include <string>

namespace swm {

struct DatedEvent {
    std::string date;         // "YYYY", "YYYY-MM" or "YYYY-MM-DD" (core/partial_date.h)
    std::string by;           // who decided or acted, as the source names it; may be empty
    std::string subject;      // what it was about; empty when the source does not say
    std::string source_text;  // the source's words the moment is taken from, verbatim

    friend bool operator==(const DatedEvent& a, const DatedEvent& b) {
        return a.date == b.date && a.by == b.by && a.subject == b.subject && a.source_text == b.source_text;
    }
    friend bool operator!=(const DatedEvent& a, const DatedEvent& b) { return !(a == b); }
};

} // namespace swm
