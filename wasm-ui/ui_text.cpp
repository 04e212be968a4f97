#include "ui_text.h"

#include "core/date_text.h"

#include <emscripten.h>

#include <cstdlib>

namespace swm::web {
namespace {

Lang g_lang = Lang::nl;

// The host stores UTC; people read their own clock. The browser knows the
// time zone (and summer time), so it converts: "DD-MM-YYYY HH:MM", or an
// empty string for a timestamp it cannot read.
EM_JS(char*, js_local_time, (const char* iso), {
    var d = new Date(UTF8ToString(iso));
    var s = "";
    if (!isNaN(d.getTime())) {
        var two = function(n) { return (n < 10 ? "0" : "") + n; };
        s = two(d.getDate()) + "-" + two(d.getMonth() + 1) + "-" + d.getFullYear() + " " +
            two(d.getHours()) + ":" + two(d.getMinutes());
    }
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

} // namespace

void set_ui_lang(Lang lang) { g_lang = lang; }
Lang ui_lang() { return g_lang; }

std::string format_peildatum(const std::string& iso) { return format_partial_date(iso, g_lang); }

std::string format_timestamp(const std::string& iso) {
    // Only the host's fixed layout, YYYY-MM-DDTHH:MM:SSZ; anything else as it is.
    if (iso.size() < 16 || iso[10] != 'T') return iso;
    char* p = js_local_time(iso.c_str());
    std::string out = p ? p : "";
    std::free(p);
    return out.empty() ? iso : out;
}

} // namespace swm::web
