// The JSON of the P&C calendar: the stored document (council meetings, the
// rules, the known dates per regeling) read strictly and written whole, and
// the computed calendar of one year (output only). Shape in docs/data-format.md.
#pragma once
#include "core/pc_calendar.h"
#include "core/validation_error.h"

#include <nlohmann/json.hpp>

namespace swm {

nlohmann::json encode_council_calendar(const CouncilCalendar& c);
// Form and rules: types, keys and codes, whole days, known partnerships
// (given the dataset), one entry per partnership and year.
ValidationErrors decode_council_calendar(const nlohmann::json& j, const Dataset& d, CouncilCalendar& out);

// {"year", "today", "council_meetings", "council_meetings_known", "moments": [...], "rules": [...],
//  "revision"}
nlohmann::json encode_pc_calendar(int year, const CivilDate& today, const CouncilCalendar& c,
                                  const std::vector<PcMoment>& moments);

} // namespace swm
