// Counts over (a filtered part of) the register, and the seed's own figures
// checked against the register: the overview of November 2014 says "6
// samenwerkingsverbanden ... niet direct geografisch geclusterd" and "Van de
// 29 samenwerkingsverbanden: 9 GR, 4 SOK, 2 convenant, 7 project en 5 overig",
// which adds up to 27; reconcile_seed_legal_forms() says which rows differ.
#pragma once
#include "core/dataset.h"
#include "core/i18n.h"
#include "core/partnership_filter.h"

#include <string>
#include <string_view>
#include <vector>

namespace swm {

// One value of a dimension: its code (label key "<dimension>.<code>"), how
// many partnerships have it and which.
struct Tally {
    std::string code;
    int count = 0;
    std::vector<int> numbers;
};

struct Crosstab {
    std::vector<std::string> rows;     // codes
    std::vector<std::string> columns;  // codes
    std::vector<std::vector<int>> cells;

    int cell(std::string_view row, std::string_view column) const;
};

struct OrganisationShare {
    std::string organisation_id;
    int count = 0;
    std::vector<int> numbers;
};

struct Analysis {
    bool stated_only = false;           // counted with only what the source states
    int total = 0;
    std::vector<Tally> by_scale;        // codes of Scale, then "none"
    std::vector<Tally> by_legal_form;
    std::vector<Tally> by_motive;       // a partnership counts for each of its motives; "none" for none
    std::vector<Tally> by_decided_by;
    std::vector<Tally> by_layer;        // with stated_only also "not_stated"
    std::vector<Tally> by_status;
    Crosstab layer_by_scale;            // rows: layers, columns: scales then "none"
    Crosstab legal_form_by_decided_by;  // rows: legal forms, columns: decision bodies
    // Every organisation but Hof van Twente with the partnerships it shares
    // with Hof van Twente, most first (ties by id).
    std::vector<OrganisationShare> shared_with_hof_van_twente;
};

// Every value of every dimension is listed, zeros included, in code order.
// With stated_only, inferred partners are not counted in the shares, and an
// inferred or chosen legal form or layer counts as not stated
// (Partnership::legal_form_counted, layer_counted).
Analysis analyse(const Dataset& dataset, const std::vector<Partnership>& partnerships, bool stated_only = false);
// The filter's stated_only applies.
Analysis analyse(const Dataset& dataset, const PartnershipFilter& filter);

// The code for "not stated" among the layers of a stated-only analysis.
inline constexpr std::string_view kNotStatedCode = "not_stated";

// The count for `code` in `tallies`, 0 if absent.
int count_of(const std::vector<Tally>& tallies, std::string_view code);

// The seed's figures, as printed.
inline constexpr int kSeedPartnershipCount = 29;
inline constexpr int kSeedNotClustered = 6;

struct SeedTallyLine {
    LegalFormCategory category = LegalFormCategory::overig;
    int seed = 0;            // what the seed prints (0 for categories it leaves out)
    int in_register = 0;     // what the register's categorisation gives
    std::vector<int> numbers;
    int stated = 0;           // of those, the rows whose text states this form
    std::vector<int> fitted;  // rows classified here so that the overview's count comes out
};

struct LegalFormReconciliation {
    int stated_total = kSeedPartnershipCount;  // "Van de 29"
    int seed_sum = 0;                          // 9 + 4 + 2 + 7 + 5
    int register_total = 0;                    // running partnerships in the register
    std::vector<SeedTallyLine> counted;        // the five categories the seed counts
    std::vector<SeedTallyLine> uncounted;      // the others, where the difference lies

    bool categories_match() const;             // every counted line equal to the seed
    std::vector<int> difference() const;       // numbers in uncounted categories
    std::vector<int> fitted() const;           // every fitted row, sorted
};

// Compares the seed's legal form tally with the register over the running
// (status lopend) partnerships, the 29 of November 2014.
LegalFormReconciliation reconcile_seed_legal_forms(const Dataset& dataset);

// The reconciliation in words, e.g. "Het overzicht telt 9 GR, ... samen 27
// van de 29 samenwerkingsverbanden. Het verschil zit in nr. 21, 22: ..."; it
// names the rows that were classified so that the count comes out and what
// the count is with only the stated forms, rather than saying they match.
std::string explain(const LegalFormReconciliation& r, Lang lang);

// Running partnerships without a scale: the seed's 6.
std::vector<int> not_geographically_clustered(const Dataset& dataset);

} // namespace swm
