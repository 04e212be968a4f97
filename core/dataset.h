// The whole register at one reference date: organisations, partnerships and
// the strategy they are judged by. What the host stores, exports and
// imports, and what the UI, analysis and map read.
#pragma once
#include "core/organisation.h"
#include "core/partnership.h"
#include "core/strategy.h"

#include <string>
#include <string_view>
#include <vector>

namespace swm {

struct Dataset {
    std::string peildatum;             // "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    std::string source;
    std::vector<std::string> notes;    // dataset-wide choices (regions, expansions)
    std::vector<Organisation> organisations;
    std::vector<Partnership> partnerships;
    Strategy strategy;

    const Organisation* organisation(std::string_view id) const;
    const Partnership* partnership(int number) const;

    friend bool operator==(const Dataset& a, const Dataset& b) {
        return a.peildatum == b.peildatum && a.source == b.source && a.notes == b.notes &&
               a.organisations == b.organisations && a.partnerships == b.partnerships && a.strategy == b.strategy;
    }
    friend bool operator!=(const Dataset& a, const Dataset& b) { return !(a == b); }
};

} // namespace swm
