// Merging one organisation into another: a municipal merger, two water
// boards becoming one. Every partnership the source takes part in gets the
// target as partner instead, and the source is kept, marked as merged into
// the target (see organisation_merge.cpp for why it is not removed).
#pragma once
#include "core/dataset.h"
#include "core/validation_error.h"

#include <optional>
#include <string>
#include <vector>

namespace swm {

struct OrganisationMerge {
    std::string source;                   // the organisation that is merged away
    std::string target;                   // the one it is merged into ("into" in the API)
    std::optional<std::string> end_date;  // when the source ceased to exist, if known
    int revision = 0;                     // the source's revision the request is based on (the host checks it)
};

// Source and target exist and differ, neither is already merged, the target
// has not ended, Hof van Twente is not merged away (it is a partner of
// every partnership) and the date is well-formed. Fields: "into",
// "end_date", or "" for the source itself.
ValidationErrors validate_merge(const OrganisationMerge& merge, const Dataset& dataset);

struct MergeOutcome {
    Dataset dataset;           // the register after the merge
    std::vector<int> changed;  // the numbers of the partnerships whose partners changed
};

// The register after `merge`, which validate_merge accepted.
MergeOutcome merge_organisation(const Dataset& dataset, const OrganisationMerge& merge);

} // namespace swm
