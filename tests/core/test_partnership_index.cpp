// The index the host filters with gives exactly the rows of apply_filter,
// for every kind of filter, on the 2014 register and on records whose texts
// end where the next record's begin.
#include "default_dataset.h"

#include "core/partnership_index.h"

#include <catch2/catch.hpp>

using namespace swm;
using swm::test::default_dataset;

namespace {

std::vector<int> by_index(const PartnershipIndex& index, const Dataset& d, const PartnershipFilter& f) {
    std::vector<int> out;
    for (std::size_t i : index.matching(f)) out.push_back(d.partnerships[i].number);
    return out;
}

std::vector<int> by_scan(const Dataset& d, const PartnershipFilter& f) {
    std::vector<int> out;
    for (const auto& p : apply_filter(f, d)) out.push_back(p.number);
    return out;
}

PartnershipFilter parsed(const QueryParams& q) {
    const ParsedFilter p = parse_filter(q, &default_dataset());
    REQUIRE(p.errors.empty());
    return p.filter;
}

} // namespace

TEST_CASE("index: the same rows as the scan for each filter of the register") {
    const Dataset& d = default_dataset();
    const PartnershipIndex index(d);
    const std::vector<QueryParams> queries = {
        {},
        {{"q", "werkplein"}},
        {{"q", "WERKPLEIN twente"}},
        {{"q", "hengelo"}},          // a partner's name
        {{"q", "Hengelo (O.)"}},     // a partner's alias, two words
        {{"q", "beeindigd"}},        // folded diacritics
        {{"q", "e"}},                // a term in nearly every row, many times
        {{"q", "geenwoordhier"}},
        {{"scale", "MT"}},
        {{"scale", "none"}, {"scale", "Tw"}},
        {{"layer", "uitvoering"}, {"q", "jeugd"}},
        {{"legal_form", "gemeenschappelijke_regeling"}, {"stated_only", "1"}},
        {{"organisation", "GM0164"}, {"stated_only", "1"}},
        {{"motive", "kennis"}, {"status", "lopend"}},
        {{"decided_by", "raad"}, {"q", "regeling"}},
    };
    int non_trivial = 0;
    for (const QueryParams& q : queries) {
        const PartnershipFilter f = parsed(q);
        const auto scanned = by_scan(d, f);
        INFO(to_query(f).size() << " parameters, first " << (q.empty() ? "" : q.begin()->second));
        CHECK(by_index(index, d, f) == scanned);
        if (!scanned.empty() && scanned.size() < d.partnerships.size()) ++non_trivial;
    }
    CHECK(non_trivial >= 10);  // the queries do tell rows apart
}

TEST_CASE("index: a term never matches across the end of one record and the start of the next") {
    Dataset d = default_dataset();
    d.partnerships.resize(2);
    d.partnerships[0].name = "alfa";
    d.partnerships[0].description = d.partnerships[0].original_text = d.partnerships[0].legal_form.text = "";
    d.partnerships[0].motives.text = d.partnerships[0].decided_by.text = d.partnerships[0].notes = "";
    d.partnerships[0].partners.clear();
    d.partnerships[1].name = "bravo";
    const PartnershipIndex index(d);
    PartnershipFilter f;
    f.text = "alfa";
    CHECK(by_index(index, d, f) == std::vector<int>{d.partnerships[0].number});
    f.text = "bravo";
    CHECK(by_index(index, d, f) == std::vector<int>{d.partnerships[1].number});
    f.text = std::string("\0bravo", 6);  // a NUL (from %00 in a query) where two records meet
    CHECK(by_index(index, d, f) == by_scan(d, f));
    CHECK(by_index(index, d, f).empty());
}
