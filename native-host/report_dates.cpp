#include "native-host/report_dates.h"

#include "core/date_text.h"
#include "native-host/clock.h"

namespace swm::report {

std::string format_date(const std::string& iso) { return format_partial_date(iso, Lang::nl); }

std::string format_timestamp_day(const std::string& iso) {
    return format_date(iso.substr(0, 10));
}

std::string today_iso() { return local_now("%Y-%m-%d"); }

} // namespace swm::report
