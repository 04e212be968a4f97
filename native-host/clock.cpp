#include "native-host/clock.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace swm {
namespace {

struct UtcTime {
    long long year;
    unsigned month, day, hour, minute, second;
};

// Calendar arithmetic (H. Hinnant's days-to-civil) instead of gmtime: no
// shared static buffer between server threads, and no per-platform variant.
UtcTime utc_time() {
    const long long secs =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    long long days = secs / 86400;
    long long rest = secs % 86400;
    if (rest < 0) rest += 86400, --days;
    days += 719468;
    const long long era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned day = doy - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    const long long year = (long long)yoe + era * 400 + (month <= 2);
    return {year, month, day, unsigned(rest / 3600), unsigned(rest % 3600 / 60), unsigned(rest % 60)};
}

} // namespace

std::string utc_now() {
    const UtcTime t = utc_time();
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02u:%02u:%02uZ", t.year, t.month, t.day, t.hour, t.minute, t.second);
    return buf;
}

std::string utc_stamp() {
    const UtcTime t = utc_time();
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04lld%02u%02u-%02u%02u%02u", t.year, t.month, t.day, t.hour, t.minute, t.second);
    return buf;
}

std::string local_now(const char* format) {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
#ifdef _WIN32
    localtime_s(&local, &now);
#else
    localtime_r(&now, &local);
#endif
    char buf[64];
    return std::strftime(buf, sizeof buf, format, &local) ? buf : "";
}

} // namespace swm
