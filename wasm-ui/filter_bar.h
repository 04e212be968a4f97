// The register's filter controls: free text search and a choice list per
// dimension (scale, task layer, legal form, motive, status, who decides),
// plus the partner filter when another view set one. Changes the filter in
// place; core's apply_filter() does the filtering.
#pragma once
#include "core/dataset.h"
#include "core/partnership_filter.h"

namespace swm::web {

// Returns true when the filter changed.
bool draw_filter_bar(PartnershipFilter& filter, const Dataset& dataset);

} // namespace swm::web
