// Dates as the sources know them: a year ("2007"), a month ("2014-11") or a
// day ("2013-10-30"), stored as the ISO text and parsed only to check and
// compare.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace swm {

struct PartialDate {
    int year = 0;
    int month = 0;  // 0 when only the year is known
    int day = 0;    // 0 when only year and month are known
};

// Accepts exactly "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a real calendar day.
std::optional<PartialDate> parse_partial_date(std::string_view text);

// Compares at the precision both dates share, so "2014" is neither before nor
// after "2014-06": returns <0, 0 or >0.
int compare_at_common_precision(const PartialDate& a, const PartialDate& b);

} // namespace swm
