#include "ui_text.h"

#include "web_platform.h"

#include "core/date_text.h"

namespace swm::web {
namespace {

Lang g_lang = Lang::nl;

} // namespace

void set_ui_lang(Lang lang) { g_lang = lang; }
Lang ui_lang() { return g_lang; }

std::string format_peildatum(const std::string& iso) { return format_partial_date(iso, g_lang); }

std::string format_timestamp(const std::string& iso) {
    // Only the host's fixed layout, YYYY-MM-DDTHH:MM:SSZ; anything else as it is.
    if (iso.size() < 16 || iso[10] != 'T') return iso;
    const std::string out = local_time(iso);
    return out.empty() ? iso : out;
}

} // namespace swm::web
