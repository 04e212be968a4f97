// The report's map chapter: the register's municipalities coloured by the
// region they belong to (one colour each, the smallest region first), Hof
// van Twente outlined, as inline SVG; and its text equivalent, a table of
// the municipalities with their regions and the partnerships they share
// with Hof van Twente.
#pragma once
#include "native-host/report.h"

#include "core/analysis.h"

#include <optional>
#include <string>

namespace swm::report {

// The region whose colour a municipality gets: MT, Zt, Wt, A, then Tw;
// nullopt when it is in none.
std::optional<Scale> colour_region(const Organisation& municipality);

// Where the map comes from, in one sentence (the chapter and the account).
std::string map_source_text(const ReportInput& input);

// The chapter's content, below its heading.
void render_map_chapter(const ReportInput& input, const Analysis& analysis, std::string& out);

} // namespace swm::report
