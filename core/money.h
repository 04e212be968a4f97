// Whole euros as people read them: "€ 1.234.567" in Dutch, "€1,234,567" in
// English; amounts are integers throughout, never floating point.
#pragma once
#include "core/i18n.h"

#include <cstdint>
#include <optional>
#include <string>

namespace swm {

std::string format_euros(std::int64_t euros, Lang lang);
// "—" for an amount nobody has entered.
std::string format_euros(const std::optional<std::int64_t>& euros, Lang lang);

} // namespace swm
