#include "core/termijnenwet.h"

#include <algorithm>

namespace swm {
namespace {

constexpr std::string_view kArt3Lid1 = "Algemene termijnenwet art. 3 lid 1";
constexpr std::string_view kArt3Lid2 = "Algemene termijnenwet art. 3 lid 2";

CivilDate kings_day(int year) {
    if (year >= 2014) {
        const CivilDate d{year, 4, 27};
        return weekday(d) == Weekday::sunday ? CivilDate{year, 4, 26} : d;
    }
    const CivilDate d{year, 4, 30};
    return weekday(d) == Weekday::sunday ? CivilDate{year, 4, 29} : d;
}

} // namespace

CivilDate easter_sunday(int year) {
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return {year, month, day};
}

std::vector<PublicHoliday> atw_holidays(int year) {
    const CivilDate easter = easter_sunday(year);
    std::vector<PublicHoliday> out = {
        {{year, 1, 1}, "holiday.nieuwjaarsdag", kArt3Lid1},
        {add_days(easter, -2), "holiday.goede_vrijdag", kArt3Lid2},
        {add_days(easter, 1), "holiday.tweede_paasdag", kArt3Lid1},
        {kings_day(year), "holiday.koningsdag", kArt3Lid1},
        {{year, 5, 5}, "holiday.vijf_mei", kArt3Lid1},
        {add_days(easter, 39), "holiday.hemelvaartsdag", kArt3Lid1},
        {add_days(easter, 50), "holiday.tweede_pinksterdag", kArt3Lid1},
        {{year, 12, 25}, "holiday.eerste_kerstdag", kArt3Lid1},
        {{year, 12, 26}, "holiday.tweede_kerstdag", kArt3Lid1},
    };
    std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.date < y.date; });
    return out;
}

bool is_atw_rest_day(const CivilDate& d, const std::vector<EquatedDay>& equated) {
    const Weekday w = weekday(d);
    if (w == Weekday::saturday || w == Weekday::sunday) return true;
    for (const auto& h : atw_holidays(d.year)) {
        if (h.date == d) return true;
    }
    return std::any_of(equated.begin(), equated.end(), [&](const EquatedDay& e) { return e.date == d; });
}

CivilDate atw_extend(const CivilDate& end, const std::vector<EquatedDay>& equated) {
    CivilDate d = end;
    while (is_atw_rest_day(d, equated)) d = add_days(d, 1);
    return d;
}

} // namespace swm
