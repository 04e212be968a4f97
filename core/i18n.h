// User-facing text, Dutch first, English as a choice. Every string a person
// reads (UI labels, validation messages) is looked up here by key, so that a
// translator edits one table (i18n.cpp) and nothing else.
#pragma once
#include <string_view>

namespace swm {

enum class Lang { nl, en };

// Returns the text for `key` in `lang`; an unknown key returns the key itself
// so a missing translation is visible instead of silently empty.
const char* tr(std::string_view key, Lang lang);

// Parses "nl" / "en"; anything else gives Dutch, the default of the monitor.
Lang lang_from_code(std::string_view code);

} // namespace swm
