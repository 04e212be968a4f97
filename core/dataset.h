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

// A passage of the source's own analysis of its figures, verbatim, and the
// count it comments on (a key of the analysis: "by_scale", "by_legal_form",
// "by_motive", "by_decided_by", "by_status"), so it is shown beside them.
struct SourcePassage {
    std::string topic;
    std::string heading;  // the source's question or heading above it
    std::string text;

    friend bool operator==(const SourcePassage& a, const SourcePassage& b) {
        return a.topic == b.topic && a.heading == b.heading && a.text == b.text;
    }
};

// The analysis topics a passage may comment on.
inline constexpr std::string_view kPassageTopics[] = {"by_scale", "by_legal_form", "by_motive", "by_decided_by",
                                                      "by_status"};

struct SourceCommentary {
    std::string title;  // as the source heads it
    std::vector<SourcePassage> passages;

    // The passages on `topic`, in source order.
    std::vector<const SourcePassage*> on(std::string_view topic) const;

    friend bool operator==(const SourceCommentary& a, const SourceCommentary& b) {
        return a.title == b.title && a.passages == b.passages;
    }
};

struct Dataset {
    std::string peildatum;             // "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    std::string source;
    std::vector<std::string> notes;    // dataset-wide choices (regions, expansions)
    std::vector<Organisation> organisations;
    std::vector<Partnership> partnerships;
    SourceCommentary commentary;       // the source's own first analysis of these figures
    Strategy strategy;

    const Organisation* organisation(std::string_view id) const;
    const Partnership* partnership(int number) const;

    friend bool operator==(const Dataset& a, const Dataset& b) {
        return a.peildatum == b.peildatum && a.source == b.source && a.notes == b.notes &&
               a.organisations == b.organisations && a.partnerships == b.partnerships && a.commentary == b.commentary &&
               a.strategy == b.strategy;
    }
    friend bool operator!=(const Dataset& a, const Dataset& b) { return !(a == b); }
};

} // namespace swm
