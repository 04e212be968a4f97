// The register's filter in words ("Status: In onderzoek · Schaal: Twente"),
// shown instead of the filter controls on a slide, where the audience needs
// to read what is selected but nobody changes it.
#pragma once
#include "core/dataset.h"
#include "core/partnership_filter.h"

#include <string>

namespace swm::web {

// Empty when nothing is filtered.
std::string describe_filter(const PartnershipFilter& filter, const Dataset& dataset);

} // namespace swm::web
