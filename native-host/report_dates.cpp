#include "native-host/report_dates.h"

#include "core/i18n.h"
#include "core/partial_date.h"

#include <ctime>
#include <mutex>

namespace swm::report {
namespace {

// The month names are the UI's (ui.month.01 ... ui.month.12).
std::string month_name(int month) {
    const std::string key = (month < 10 ? "ui.month.0" : "ui.month.") + std::to_string(month);
    return tr(key, Lang::nl);
}

} // namespace

std::string format_date(const std::string& iso) {
    const auto date = parse_partial_date(iso);
    if (!date) return iso;
    const std::string year = std::to_string(date->year);
    if (date->month == 0) return year;
    if (date->day == 0) return month_name(date->month) + " " + year;
    return std::to_string(date->day) + " " + month_name(date->month) + " " + year;
}

std::string format_timestamp_day(const std::string& iso) {
    return format_date(iso.substr(0, 10));
}

std::string today_iso() {
    // std::localtime shares one buffer between threads; the server has many.
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    const std::time_t now = std::time(nullptr);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", std::localtime(&now));
    return buf;
}

} // namespace swm::report
