// Dates in words, as the UI and the report show them: the register's
// peildatum ("2014-11" -> "november 2014") and a day ("3 juni 2025").
#pragma once
#include "core/i18n.h"

#include <string>

namespace swm {

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" in words of `lang`; any other text as it is.
std::string format_partial_date(const std::string& iso, Lang lang);

} // namespace swm
