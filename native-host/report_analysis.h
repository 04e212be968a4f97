// The report's analysis chapter: per dimension (scale, legal form, task
// layer, decision body, motive) a bar chart and the table behind it with the
// register numbers, the layer-by-scale crosstab, and the overview's own
// counts of November 2014 set against the register. Status is left out: the
// title page counts it and the register is split by it.
#pragma once
#include "core/analysis.h"

#include <string>

namespace swm::report {

// The chapter's content, below its heading.
void render_analysis_chapter(const Dataset& dataset, const Analysis& analysis, std::string& out);

} // namespace swm::report
