#include "default_dataset.h"

#include "core/partnership_filter.h"

#include <catch2/catch.hpp>

using namespace swm;
using swm::test::default_dataset;

namespace {

std::vector<int> numbers(const PartnershipFilter& f) {
    std::vector<int> out;
    for (const auto& p : apply_filter(f, default_dataset())) out.push_back(p.number);
    return out;
}

std::vector<int> search(const std::string& text) {
    PartnershipFilter f;
    f.text = text;
    return numbers(f);
}

} // namespace

TEST_CASE("filter: an empty filter keeps everything in register order") {
    PartnershipFilter f;
    CHECK(f.empty());
    const auto all = numbers(f);
    REQUIRE(all.size() == 33);
    CHECK(std::is_sorted(all.begin(), all.end()));
    f.text = "   ";
    CHECK(f.empty());
    CHECK(numbers(f).size() == 33);
}

TEST_CASE("filter: each of the register's filters") {
    PartnershipFilter f;
    SECTION("scale, including no scale") {
        f.scales = {Scale::midden_twente};
        CHECK(numbers(f) == std::vector<int>{1, 3, 13, 14, 21, 24, 25});
        f.scales = {Scale::twente_achterhoek, Scale::achterhoek};
        CHECK(numbers(f) == std::vector<int>{4, 9, 18});
        f.scales = {std::nullopt};
        f.statuses = {PartnershipStatus::lopend};
        CHECK(numbers(f) == std::vector<int>{10, 12, 15, 23, 26, 29});
    }
    SECTION("layer") {
        f.layers = {TaskLayer::strategie};
        CHECK(numbers(f) == std::vector<int>{6, 11, 12, 13, 14, 15, 23, 33});
    }
    SECTION("legal form") {
        f.legal_forms = {LegalFormCategory::convenant};
        CHECK(numbers(f) == std::vector<int>{25, 27});
        f.legal_forms = {LegalFormCategory::geen};
        CHECK(numbers(f) == std::vector<int>{21, 22});
    }
    SECTION("motive: any of the chosen") {
        f.motives = {Motive::wettelijke_verplichting};
        CHECK(numbers(f) == std::vector<int>{6, 7, 28});
        f.motives = {Motive::complexiteit, Motive::wettelijke_verplichting};
        CHECK(numbers(f) == std::vector<int>{6, 7, 21, 22, 28});
    }
    SECTION("status") {
        f.statuses = {PartnershipStatus::in_onderzoek};
        CHECK(numbers(f) == std::vector<int>{30, 31, 32, 33});
        f.statuses = {PartnershipStatus::beeindigd};
        CHECK(numbers(f).empty());
    }
    SECTION("decided by") {
        f.decided_by = {DecisionBody::kring_gemeentesecretarissen, DecisionBody::raad_en_college};
        CHECK(numbers(f) == std::vector<int>{19, 23, 28});
    }
    SECTION("organisation") {
        f.organisations = {"GM0262"};
        CHECK(numbers(f) == std::vector<int>{10});
        f.organisations = {"GM0262", "euregio"};
        CHECK(numbers(f) == std::vector<int>{10, 23});
    }
    SECTION("filters combine: all must hold") {
        f.layers = {TaskLayer::uitvoering};
        f.organisations = {"GM0164"};
        f.legal_forms = {LegalFormCategory::samenwerkingsovereenkomst};
        CHECK(numbers(f) == std::vector<int>{10, 24});
    }
}

TEST_CASE("filter: free text ignores case and diacritics and searches partner names") {
    CHECK(search("procesmanagent") == std::vector<int>{24});       // the seed's spelling, in the original text
    CHECK(search("PROCESMANAGEMENT") == std::vector<int>{24});     // the name
    CHECK(search("financiele weerbaarheid") == std::vector<int>{4});  // "financiële" in the motives
    CHECK(search("lochem") == std::vector<int>{10});                // only a partner's name
    CHECK(search("Regge") == std::vector<int>{17});                 // text and the waterschap's alias
    CHECK(search("Fitis") == std::vector<int>{3, 32});              // SWB's alias
    // Every word must occur, each anywhere (also inside a longer word).
    CHECK(search("jeugd inkoop") == std::vector<int>{28});
    CHECK(search("jeugd regiotaxi").empty());
    CHECK(search("geen-woord-dat-voorkomt").empty());
}

TEST_CASE("filter: query parameters, with unknown values reported") {
    const QueryParams q{{"scale", "MT"}, {"scale", "none"}, {"layer", "beleid"}, {"motive", "kennis"},
                        {"organisation", "GM0164"}, {"q", "jeugd"}, {"status", "lopend"}, {"decided_by", "college"},
                        {"legal_form", "geen"}};
    const ParsedFilter parsed = parse_filter(q, &default_dataset());
    CHECK(parsed.errors.empty());
    CHECK(parsed.filter.scales == std::vector<std::optional<Scale>>{Scale::midden_twente, std::nullopt});
    CHECK(parsed.filter.text == "jeugd");
    CHECK(to_query(parsed.filter) == q);

    const ParsedFilter bad = parse_filter({{"scale", "XX"}, {"layer", "Beleid"}, {"organisation", "nope"}, {"colour", "red"}},
                                          &default_dataset());
    REQUIRE(bad.errors.size() == 4);
    CHECK(bad.errors[0].describe(Lang::nl) == "colour: onbekend filter 'colour'");
    CHECK(bad.errors[1].describe(Lang::nl) == "layer: onbekende taaklaag 'Beleid'");
    CHECK(bad.errors[2].describe(Lang::nl) == "organisation: onbekende organisatie 'nope'");
    CHECK(bad.errors[3].describe(Lang::nl) == "scale: onbekende schaal 'XX'");

    // Without a dataset, organisation ids are taken as they come.
    CHECK(parse_filter({{"organisation", "nope"}}).errors.empty());
}
