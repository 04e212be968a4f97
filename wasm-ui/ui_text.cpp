#include "ui_text.h"

#include "core/partial_date.h"

namespace swm::web {
namespace {

Lang g_lang = Lang::nl;

const char* month_key(int month) {
    static const char* const kKeys[12] = {"ui.month.01", "ui.month.02", "ui.month.03", "ui.month.04",
                                          "ui.month.05", "ui.month.06", "ui.month.07", "ui.month.08",
                                          "ui.month.09", "ui.month.10", "ui.month.11", "ui.month.12"};
    return kKeys[month - 1];
}

} // namespace

void set_ui_lang(Lang lang) { g_lang = lang; }
Lang ui_lang() { return g_lang; }

std::string format_peildatum(const std::string& iso) {
    const auto date = parse_partial_date(iso);
    if (!date) return iso;
    const std::string year = std::to_string(date->year);
    if (date->month == 0) return year;
    std::string month = t(month_key(date->month));
    if (date->day == 0) return month + " " + year;
    return std::to_string(date->day) + " " + month + " " + year;
}

std::string format_timestamp(const std::string& iso) {
    // Fixed layout from the host: YYYY-MM-DDTHH:MM:SSZ.
    if (iso.size() < 16 || iso[10] != 'T') return iso;
    return iso.substr(8, 2) + "-" + iso.substr(5, 2) + "-" + iso.substr(0, 4) + " " + iso.substr(11, 5);
}

} // namespace swm::web
