// The register's filters on an index built once per revision of the
// register, so that a request filters without rebuilding every record's
// search text: each record's folded search text (partnership_filter.h) is
// kept in one buffer, and a search term is found with one pass over it.
// Gives the same rows as apply_filter (tests/core/test_partnership_index.cpp).
#pragma once
#include "core/dataset.h"
#include "core/partnership_filter.h"

#include <cstddef>
#include <string>
#include <vector>

namespace swm {

class PartnershipIndex {
public:
    PartnershipIndex() = default;
    // Indexes `dataset` as it is; the dataset must outlive the index and stay unchanged.
    explicit PartnershipIndex(const Dataset& dataset);

    // Positions in dataset.partnerships of the rows that match, in register order.
    std::vector<std::size_t> matching(const PartnershipFilter& filter) const;

private:
    // The rows whose search text holds every term (all rows for no term).
    std::vector<bool> text_hits(const std::vector<std::string>& terms) const;

    const Dataset* dataset_ = nullptr;
    std::string texts_;                // every row's search text, each followed by '\0'
    std::vector<std::size_t> starts_;  // where row i's text starts; one more at the end
};

} // namespace swm
