#include "default_dataset.h"

#include "core/analysis.h"

#include <catch2/catch.hpp>

#include <numeric>

using namespace swm;
using swm::test::default_dataset;

namespace {

PartnershipFilter running() {
    PartnershipFilter f;
    f.statuses = {PartnershipStatus::lopend};
    return f;
}

int sum(const std::vector<Tally>& tallies) {
    return std::accumulate(tallies.begin(), tallies.end(), 0, [](int s, const Tally& t) { return s + t.count; });
}

int sum(const Crosstab& t) {
    int s = 0;
    for (const auto& row : t.cells) s = std::accumulate(row.begin(), row.end(), s);
    return s;
}

} // namespace

TEST_CASE("analysis: the seed's 6 partnerships that are not geographically clustered") {
    CHECK(not_geographically_clustered(default_dataset()) == std::vector<int>{10, 12, 15, 23, 26, 29});
    const Analysis a = analyse(default_dataset(), running());
    CHECK(a.total == kSeedPartnershipCount);
    CHECK(count_of(a.by_scale, "none") == kSeedNotClustered);
    CHECK(count_of(a.by_scale, "Tw") == 11);
    CHECK(count_of(a.by_scale, "MT") == 7);
}

TEST_CASE("analysis: the seed's legal forms, 9 GR, 4 SOK, 2 convenant, 7 project and 5 overig") {
    const Analysis a = analyse(default_dataset(), running());
    CHECK(count_of(a.by_legal_form, "gemeenschappelijke_regeling") == 9);
    CHECK(count_of(a.by_legal_form, "samenwerkingsovereenkomst") == 4);
    CHECK(count_of(a.by_legal_form, "convenant") == 2);
    CHECK(count_of(a.by_legal_form, "project") == 7);
    CHECK(count_of(a.by_legal_form, "overig") == 5);
    CHECK(count_of(a.by_legal_form, "geen") == 2);
}

TEST_CASE("analysis: the seed's tally adds up to 27 of 29, and the register says which two differ") {
    const LegalFormReconciliation r = reconcile_seed_legal_forms(default_dataset());
    CHECK(r.seed_sum == 27);
    CHECK(r.stated_total == 29);
    CHECK(r.register_total == 29);
    CHECK(r.categories_match());
    CHECK(r.difference() == std::vector<int>{21, 22});
    REQUIRE(r.uncounted.size() == 1);
    CHECK(r.uncounted[0].category == LegalFormCategory::geen);

    const std::string nl = explain(r, Lang::nl);
    CHECK(nl.find("9 GR, 4 SOK, 2 convenant, 7 project en 5 overig: samen 27 van de 29") != std::string::npos);
    CHECK(nl.find("Het verschil zit in nr. 21, 22: rechtsvorm 'Geen'") != std::string::npos);
    // It matches because six rows were classified to match; it says which.
    CHECK(r.fitted() == std::vector<int>{5, 11, 14, 16, 17, 29});
    CHECK(nl.find("komt het register overeen") == std::string::npos);
    CHECK(nl.find("nr. 5 als Gemeenschappelijke regeling (GR); nr. 29 als Samenwerkingsovereenkomst (SOK); "
                  "nr. 11, 14, 16 als Project; nr. 17 als Overig") != std::string::npos);
    CHECK(nl.find("alleen de rechtsvormen die de tekst zelf noemt, zijn het 8 GR, 3 SOK, 2 convenant, 4 project en 0 overig") !=
          std::string::npos);
    const std::string en = explain(r, Lang::en);
    CHECK(en.find("27 of the 29") != std::string::npos);
    CHECK(en.find("no. 21, 22") != std::string::npos);
}

TEST_CASE("analysis: a register that departs from the seed is named in the explanation") {
    Dataset d = default_dataset();
    for (auto& p : d.partnerships) {
        if (p.number == 16) p.legal_form.category = LegalFormCategory::overig;
    }
    const LegalFormReconciliation r = reconcile_seed_legal_forms(d);
    CHECK_FALSE(r.categories_match());
    const std::string nl = explain(r, Lang::nl);
    CHECK(nl.find("Project: het overzicht telt 7, het register 6") != std::string::npos);
    CHECK(nl.find("Overig: het overzicht telt 5, het register 6 (nr. 16, 17, 18, 20, 23, 28)") != std::string::npos);
    CHECK(nl.find("komt het register overeen") == std::string::npos);
}

TEST_CASE("analysis: counts over every dimension add up") {
    const Analysis a = analyse(default_dataset(), PartnershipFilter{});
    CHECK(a.total == 33);
    CHECK(sum(a.by_scale) == 33);
    CHECK(sum(a.by_legal_form) == 33);
    CHECK(sum(a.by_decided_by) == 33);
    CHECK(sum(a.by_layer) == 33);
    CHECK(sum(a.by_status) == 33);
    CHECK(count_of(a.by_status, "in_onderzoek") == 4);
    CHECK(count_of(a.by_motive, "none") == 4);           // nr. 30 to 33
    CHECK(count_of(a.by_motive, "kennis") == 24);
    CHECK(sum(a.by_motive) > a.total);                   // most partnerships have several motives
    CHECK(count_of(a.by_decided_by, "onbekend") == 8);   // 5, 8, 17, 21 and 30 to 33
    CHECK(sum(a.layer_by_scale) == 33);
    CHECK(sum(a.legal_form_by_decided_by) == 33);
    CHECK(a.layer_by_scale.cell("uitvoering", "Tw+A") == 2);
    CHECK(a.legal_form_by_decided_by.cell("gemeenschappelijke_regeling", "raad") == 7);
    CHECK(a.by_scale.back().code == "none");
    CHECK(a.by_layer.size() == 4);
}

TEST_CASE("analysis: partnerships shared with Hof van Twente, per organisation") {
    const Analysis a = analyse(default_dataset(), running());
    const auto& shares = a.shared_with_hof_van_twente;
    CHECK(std::none_of(shares.begin(), shares.end(), [](const OrganisationShare& s) { return s.organisation_id == "GM1735"; }));
    CHECK(shares.size() == default_dataset().organisations.size() - 1);
    for (std::size_t i = 1; i < shares.size(); ++i) CHECK(shares[i - 1].count >= shares[i].count);
    REQUIRE(shares.front().organisation_id == "GM0164");  // Hengelo: the closest partner
    const auto hengelo = shares.front();
    CHECK(hengelo.count == static_cast<int>(hengelo.numbers.size()));
    CHECK(hengelo.numbers.front() == 1);
    auto find = [&](const std::string& id) {
        return *std::find_if(shares.begin(), shares.end(), [&](const OrganisationShare& s) { return s.organisation_id == id; });
    };
    CHECK(find("GM0262").numbers == std::vector<int>{10});  // Lochem: havenbeheer only
    CHECK(find("vng").count == 0);
    CHECK(find("GM0197").numbers == std::vector<int>{4, 9, 18});  // Aalten
}

TEST_CASE("analysis: follows the filter") {
    PartnershipFilter f;
    f.layers = {TaskLayer::bedrijfsvoering};
    const Analysis a = analyse(default_dataset(), f);
    CHECK(a.total == 6);  // 17, 18, 19, 20, 29 and 30
    CHECK(count_of(a.by_layer, "bedrijfsvoering") == 6);
    CHECK(count_of(a.by_layer, "beleid") == 0);
}
