#include "core/date_text.h"

#include "core/partial_date.h"

namespace swm {

std::string format_partial_date(const std::string& iso, Lang lang) {
    const auto date = parse_partial_date(iso);
    if (!date) return iso;
    const std::string year = std::to_string(date->year);
    if (date->month == 0) return year;
    const std::string key = (date->month < 10 ? "ui.month.0" : "ui.month.") + std::to_string(date->month);
    const std::string month = tr(key, lang);
    if (date->day == 0) return month + " " + year;
    return std::to_string(date->day) + " " + month + " " + year;
}

} // namespace swm
