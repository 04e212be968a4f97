#include "core/ics.h"

namespace swm {

std::string ics_escape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' || c == ';' || c == ',') {
            out += '\\';
            out += c;
        } else if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
            out += "\\n";
        } else if (c == '\n') {
            out += "\\n";
        } else if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
            continue;  // other control characters are not allowed in TEXT
        } else {
            out += c;
        }
    }
    return out;
}

std::string ics_fold(const std::string& line) {
    std::string out;
    std::size_t width = 0;  // octets on the current physical line
    std::size_t i = 0;
    while (i < line.size()) {
        std::size_t n = 1;  // octets of this UTF-8 character
        const auto lead = static_cast<unsigned char>(line[i]);
        if (lead >= 0xF0) n = 4;
        else if (lead >= 0xE0) n = 3;
        else if (lead >= 0xC0) n = 2;
        if (i + n > line.size()) n = line.size() - i;
        if (width + n > 75) {
            out += "\r\n ";
            width = 1;  // the leading space counts
        }
        out.append(line, i, n);
        width += n;
        i += n;
    }
    return out;
}

std::string write_ics(const IcsCalendar& c) {
    std::string out;
    auto line = [&](const std::string& l) { out += ics_fold(l) + "\r\n"; };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Hof van Twente//Samenwerkingsmonitor//NL");
    line("CALSCALE:GREGORIAN");
    line("X-WR-CALNAME:" + ics_escape(c.name));
    for (const auto& e : c.events) {
        line("BEGIN:VEVENT");
        line("UID:" + e.uid);
        line("SEQUENCE:" + std::to_string(e.sequence));
        line("DTSTAMP:" + c.dtstamp);
        line("DTSTART;VALUE=DATE:" + to_basic(e.date));
        line("DTEND;VALUE=DATE:" + to_basic(add_days(e.date, 1)));
        line("SUMMARY:" + ics_escape(e.summary));
        if (!e.description.empty()) line("DESCRIPTION:" + ics_escape(e.description));
        if (!e.categories.empty()) line("CATEGORIES:" + ics_escape(e.categories));
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

} // namespace swm
