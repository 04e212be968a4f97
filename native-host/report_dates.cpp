#include "native-host/report_dates.h"

#include "core/date_text.h"

#include <ctime>
#include <mutex>

namespace swm::report {

std::string format_date(const std::string& iso) { return format_partial_date(iso, Lang::nl); }

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
