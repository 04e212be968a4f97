// The register's filters, shared by the host's API, the UI's lists and the
// map: a partnership matches when it satisfies every filter that is set;
// within one filter any of the chosen values will do.
#pragma once
#include "core/dataset.h"
#include "core/validation_error.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace swm {

struct PartnershipFilter {
    std::vector<std::optional<Scale>> scales;  // nullopt: "not geographically clustered"
    std::vector<TaskLayer> layers;
    std::vector<LegalFormCategory> legal_forms;
    std::vector<Motive> motives;
    std::vector<PartnershipStatus> statuses;
    std::vector<DecisionBody> decided_by;
    std::vector<std::string> organisations;  // partner ids
    std::string text;  // every word must occur in the texts, partner names included
    // "Alleen genoemde partners": count and match only what the source
    // states. Inferred partners drop out of the organisation filter and the
    // shares; an inferred or chosen legal form counts as onbekend and an
    // inferred or chosen task layer as not stated. Leaves no row out by itself.
    bool stated_only = false;

    bool empty() const;                // nothing set, stated_only included
    bool leaves_rows_out() const;      // some filter but stated_only is set

    friend bool operator==(const PartnershipFilter& a, const PartnershipFilter& b) {
        return a.scales == b.scales && a.layers == b.layers && a.legal_forms == b.legal_forms &&
               a.motives == b.motives && a.statuses == b.statuses && a.decided_by == b.decided_by &&
               a.organisations == b.organisations && a.text == b.text && a.stated_only == b.stated_only;
    }
};

// `dataset` supplies partner names for the text search.
bool matches(const PartnershipFilter& filter, const Partnership& p, const Dataset& dataset);

// Every filter but the text search (PartnershipIndex does that part).
bool matches_fields(const PartnershipFilter& filter, const Partnership& p);

// What the text search looks in, case and diacritics folded: the record's
// texts and its partners' names and aliases, one per line.
std::string searchable_text(const Partnership& p, const Dataset& dataset);
// The words of a query, folded as searchable_text is; each must occur.
std::vector<std::string> search_terms(std::string_view query);

// The matching partnerships in register order.
std::vector<Partnership> apply_filter(const PartnershipFilter& filter, const Dataset& dataset);

// The filter as query parameters, one pair per value: keys scale, layer,
// legal_form, motive, status, decided_by, organisation, q (the codes of
// docs/data-format.md; "none" for no scale) and stated_only ("1").
using QueryParams = std::multimap<std::string, std::string>;

struct ParsedFilter {
    PartnershipFilter filter;
    ValidationErrors errors;  // field = the parameter name
};

// Unknown parameters, codes and (with a dataset) organisation ids are errors.
ParsedFilter parse_filter(const QueryParams& params, const Dataset* dataset = nullptr);
QueryParams to_query(const PartnershipFilter& filter);

} // namespace swm
