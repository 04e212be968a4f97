#include "default_dataset.h"
#include "validation_checks.h"

#include "core/json_codec.h"
#include "core/organisation_merge.h"
#include "core/validation.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace swm;
using swm::test::default_dataset;
using swm::test::has;
using swm::test::list;

namespace {

// A body the 2014 register does not hold.
Organisation new_foundation() {
    Organisation o;
    o.id = "stichting-erfgoed-twente";
    o.name = "Stichting Erfgoed Twente";
    o.kind = OrganisationKind::stichting;
    o.aliases = {"Erfgoed Twente"};
    return o;
}

Organisation stored(const std::string& id) { return *default_dataset().organisation(id); }

int count_of(const std::vector<std::string>& v, const std::string& id) { return int(std::count(v.begin(), v.end(), id)); }

} // namespace

TEST_CASE("organisation validation: a new body and an edit of a stored one pass") {
    const auto created = validate_organisation(new_foundation(), default_dataset(), std::nullopt);
    INFO(list(created));
    CHECK(created.empty());
    Organisation lochem = stored("GM0262");
    lochem.notes = "Gelderse gemeente; partner van het havenbeheer.";
    lochem.end_date = "2031-01-01";
    const auto edited = validate_organisation(lochem, default_dataset(), std::string("GM0262"));
    INFO(list(edited));
    CHECK(edited.empty());
}

TEST_CASE("organisation validation: ids, CBS codes and the end date against the register") {
    const Dataset& d = default_dataset();
    SECTION("an id that is taken on create, and a changed id on update") {
        Organisation o = new_foundation();
        o.id = "euregio";
        CHECK(has(validate_organisation(o, d, std::nullopt), "id", "validation.duplicate_organisation"));
        Organisation renamed = stored("euregio");
        renamed.id = "euregio-gronau";
        CHECK(has(validate_organisation(renamed, d, std::string("euregio")), "id", "validation.id_changed"));
    }
    SECTION("a slug in lower case only") {
        Organisation o = new_foundation();
        o.id = "Stichting Erfgoed";
        CHECK(has(validate_organisation(o, d, std::nullopt), "id", "validation.id_malformed"));
    }
    SECTION("a municipality has a CBS code, and its id is that code") {
        Organisation o;
        o.id = "GM0119";
        o.name = "Meppel";
        o.kind = OrganisationKind::gemeente;
        CHECK(has(validate_organisation(o, d, std::nullopt), "cbs_code", "validation.cbs_code_missing"));
        o.cbs_code = "GM0119";
        CHECK(validate_organisation(o, d, std::nullopt).empty());
        o.id = "meppel";
        CHECK(has(validate_organisation(o, d, std::nullopt), "id", "validation.cbs_code_mismatch"));
    }
    SECTION("other kinds have none") {
        Organisation o = new_foundation();
        o.cbs_code = "GM0119";
        CHECK(has(validate_organisation(o, d, std::nullopt), "cbs_code", "validation.cbs_code_not_municipality"));
    }
    SECTION("an end date as the register writes dates") {
        Organisation o = stored("uwv");
        o.end_date = "2031-13";
        CHECK(has(validate_organisation(o, d, std::string("uwv")), "end_date", "validation.date_malformed"));
    }
    SECTION("merged_into is set by a merge only") {
        Organisation o = stored("swb");
        o.merged_into = "stichting-werken-in-midden-twente";
        CHECK(has(validate_organisation(o, d, std::string("swb")), "merged_into", "validation.merged_into_by_merge"));
    }
}

TEST_CASE("organisation codec: end date, merge and revision round-trip and older records read as not ended") {
    Organisation o = new_foundation();
    o.end_date = "2030-06";
    o.merged_into = "euregio";
    o.revision = 4;
    const auto back = decode_organisation(encode_organisation(o));
    REQUIRE(back.ok());
    CHECK(back.value == o);
    nlohmann::json older = swm::test::register_json()["organisations"][0];
    for (const char* key : {"end_date", "merged_into", "revision"}) older.erase(key);  // as schema version 2 wrote it
    const auto read = decode_organisation(older);
    REQUIRE(read.ok());
    CHECK_FALSE(read.value.ended());
    CHECK_FALSE(read.value.merged_into);
    CHECK(read.value.revision == 1);
}

TEST_CASE("organisation merge: refused unless source and target exist, differ and the target still exists") {
    Dataset d = default_dataset();
    CHECK(has(validate_merge({"swb", "swb", std::nullopt}, d), "into", "validation.merge_into_self"));
    CHECK(has(validate_merge({"swb", "stichting-onbekend", std::nullopt}, d), "into", "validation.unknown_organisation"));
    CHECK(has(validate_merge({"stichting-onbekend", "swb", std::nullopt}, d), "", "validation.unknown_organisation"));
    CHECK(has(validate_merge({"GM1735", "GM0164", std::nullopt}, d), "", "validation.merge_hof_van_twente"));
    CHECK(has(validate_merge({"GM0147", "GM0164", std::string("2027-1-1")}, d), "end_date", "validation.date_malformed"));
    for (auto& o : d.organisations) {
        if (o.id == "GM0164") o.end_date = "2026-12-31";
    }
    CHECK(has(validate_merge({"GM0147", "GM0164", std::nullopt}, d), "into", "validation.merge_target_ended"));
    CHECK(validate_merge({"GM0147", "GM0158", std::nullopt}, d).empty());
}

TEST_CASE("organisation merge: partnerships move to the target without duplicates, the source is kept as merged") {
    const Dataset& before = default_dataset();
    // Borne into Hengelo: nr. 1 has both, nr. 13 only Borne, nr. 24 only Hengelo.
    const OrganisationMerge merge{"GM0147", "GM0164", std::string("2027-01-01")};
    REQUIRE(validate_merge(merge, before).empty());
    const MergeOutcome out = merge_organisation(before, merge);

    const Partnership& p1 = *out.dataset.partnership(1);
    CHECK(count_of(p1.partners, "GM0164") == 1);
    CHECK(count_of(p1.partners, "GM0147") == 0);
    CHECK(p1.partners.size() == before.partnership(1)->partners.size() - 1);
    CHECK(p1.partner_provenance.count("GM0147") == 0);
    CHECK(p1.partner_provenance.at("GM0164") == before.partnership(1)->partner_provenance.at("GM0164"));

    // Where only the source took part, the target takes its place and its provenance.
    const Partnership& p13 = *out.dataset.partnership(13);
    const auto& old13 = *before.partnership(13);
    const auto at = std::find(old13.partners.begin(), old13.partners.end(), "GM0147") - old13.partners.begin();
    CHECK(p13.partners[at] == "GM0164");
    CHECK(p13.partner_provenance.at("GM0164") == old13.partner_provenance.at("GM0147"));
    CHECK(*out.dataset.partnership(24) == *before.partnership(24));

    const Organisation& borne = *out.dataset.organisation("GM0147");
    CHECK(borne.merged_into == std::optional<std::string>("GM0164"));
    CHECK(borne.end_date == std::optional<std::string>("2027-01-01"));
    CHECK(std::find(out.changed.begin(), out.changed.end(), 13) != out.changed.end());
    CHECK(std::find(out.changed.begin(), out.changed.end(), 24) == out.changed.end());
    for (const auto& p : out.dataset.partnerships) CHECK_FALSE(p.has_partner("GM0147"));

    // The register after it is whole, and Borne can no longer be chosen as a partner.
    const auto errors = validate_dataset(out.dataset);
    INFO(list(errors));
    CHECK(errors.empty());
    Partnership again = *out.dataset.partnership(24);
    again.partners.push_back("GM0147");
    CHECK(has(validate_partnership(again, out.dataset, 24), "partners[2]", "validation.partner_merged"));
    CHECK(has(validate_merge({"GM0147", "GM0158", std::nullopt}, out.dataset), "", "validation.already_merged"));
}

TEST_CASE("merge: the UI's request reads back as the host reads it") {
    const swm::OrganisationMerge m{"GM0158", "GM1735", std::string("2026-01-01"), 3};
    const auto back = swm::decode_organisation_merge(swm::encode_organisation_merge(m), "GM0158");
    REQUIRE(back.ok());
    CHECK(back.value.target == "GM1735");
    CHECK(back.value.end_date == m.end_date);
    CHECK(back.value.revision == 3);
    const swm::OrganisationMerge open_ended{"uwv", "svb", std::nullopt, 1};
    CHECK_FALSE(swm::decode_organisation_merge(swm::encode_organisation_merge(open_ended), "uwv").value.end_date);
}
