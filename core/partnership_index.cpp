#include "core/partnership_index.h"

#include <algorithm>
#include <string_view>

namespace swm {

PartnershipIndex::PartnershipIndex(const Dataset& dataset) : dataset_(&dataset) {
    starts_.reserve(dataset.partnerships.size() + 1);
    for (const Partnership& p : dataset.partnerships) {
        starts_.push_back(texts_.size());
        texts_ += searchable_text(p, dataset);
        texts_ += '\0';
    }
    starts_.push_back(texts_.size());
    texts_.shrink_to_fit();
}

std::vector<bool> PartnershipIndex::text_hits(const std::vector<std::string>& terms) const {
    const std::size_t rows = starts_.empty() ? 0 : starts_.size() - 1;
    std::vector<bool> all(rows, true);
    const std::string_view texts(texts_);
    for (const std::string& term : terms) {
        std::vector<bool> hit(rows, false);
        std::size_t row = 0;
        for (std::size_t at = texts.find(term); at != std::string_view::npos; at = texts.find(term, at + 1)) {
            while (starts_[row + 1] <= at) ++row;
            // Only within the row's own text: a term never spans two rows.
            if (at + term.size() < starts_[row + 1]) hit[row] = true;
        }
        for (std::size_t i = 0; i < rows; ++i) all[i] = all[i] && hit[i];
    }
    return all;
}

std::vector<std::size_t> PartnershipIndex::matching(const PartnershipFilter& filter) const {
    std::vector<std::size_t> out;
    if (!dataset_) return out;
    const std::vector<bool> text = text_hits(search_terms(filter.text));
    const auto& rows = dataset_->partnerships;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (text[i] && matches_fields(filter, rows[i])) out.push_back(i);
    }
    return out;
}

} // namespace swm
