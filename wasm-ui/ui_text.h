// The UI's words in the chosen language: every label goes through core's
// tr() table (core/i18n.cpp); this only remembers which language is chosen,
// so views need not pass it around.
#pragma once
#include "core/enum_codes.h"
#include "core/i18n.h"

#include <optional>
#include <string>

namespace swm::web {

void set_ui_lang(Lang lang);
Lang ui_lang();

// For keys written as literals; tr() returns the key itself when missing.
inline const char* t(const char* key) { return tr(key, ui_lang()); }

template <class E>
std::string label_of(E value) {
    return label(value, ui_lang());
}

// "2014-11" -> "november 2014" / "November 2014"; a year or a full date as
// the source gives it.
std::string format_peildatum(const std::string& iso);

// "2026-11-23T10:01:09Z" (UTC, as the host stores it) -> "23-11-2026 11:01"
// on the clock of the browser's time zone.
std::string format_timestamp(const std::string& iso);

} // namespace swm::web
