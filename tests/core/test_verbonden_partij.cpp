#include "default_dataset.h"
#include "validation_checks.h"

#include "core/json_codec.h"
#include "core/money.h"
#include "core/validation.h"
#include "core/verbonden_partij_codec.h"

#include <catch2/catch.hpp>

using namespace swm;
using nlohmann::json;
using swm::test::default_dataset;
using swm::test::has;
using swm::test::list;

namespace {

// Every field set, none to its default, amounts beyond 32 bits.
VerbondenPartij full() {
    VerbondenPartij v;
    v.group = BbvGroup::gemeenschappelijke_regelingen;
    v.partnerships = {6, 33};
    v.public_interest = "Regionale samenwerking; \"Twente\"";
    v.probable_reason = "eigen bestuur";
    v.evaluation_due = "2027-06";
    v.exit_terms = "Uittreden na twee jaar, kosten voor de uittredende gemeente.";
    v.contacts = {{ContactRole::griffie, "A. Griffier", "griffie@example.nl", "0547 000000"},
                  {ContactRole::portefeuillehouder, "B. Wethouder", "", ""}};
    VerbondenPartijYear y;
    y.year = 2026;
    y.bestuurlijk_belang = true;
    y.representation = "Burgemeester in het algemeen bestuur, 1 van 14 stemmen";
    y.financieel_belang = true;
    y.financial_interest = 3'000'000'000;  // over INT_MAX: euros need 64 bits
    y.financial_interest_kind = FinancialInterestKind::aansprakelijkheid;
    y.equity_start = -1'250'000;
    y.equity_end = 1'300'000;
    y.liabilities_start = 42'000'000;
    y.liabilities_end = 41'500'001;
    y.result = -75'000;
    y.contribution = 1'234'567;
    y.risks = "Tekort bij de jeugdzorg";
    y.risk_level = RiskLevel::hoog;
    y.is_override = false;
    y.override_reason = "De gemeente draagt geen tekorten (regeling art. 30).";
    y.source = "Begroting 2026";
    v.years = {y};
    return v;
}

} // namespace

TEST_CASE("verbonden partij: derived from both belangen, overridable with a reason") {
    VerbondenPartij v;
    v.years.push_back({});
    v.years[0].year = 2026;
    CHECK_FALSE(is_verbonden_partij(v, 2026).has_value());  // nothing established yet
    v.years[0].bestuurlijk_belang = true;
    CHECK_FALSE(is_verbonden_partij(v, 2026).has_value());  // one belang is not enough to say
    v.years[0].financieel_belang = false;
    CHECK(is_verbonden_partij(v, 2026) == false);
    v.years[0].financieel_belang = true;
    CHECK(is_verbonden_partij(v, 2026) == true);
    v.years[0].is_override = false;
    v.years[0].override_reason = "Alleen een subsidierelatie.";
    CHECK(is_verbonden_partij(v, 2026) == false);
    CHECK_FALSE(is_verbonden_partij(v, 2025).has_value());  // no entry for that year
}

TEST_CASE("verbonden partij: every field round trips through the organisation's JSON") {
    Dataset d = default_dataset();
    Organisation& regio = *std::find_if(d.organisations.begin(), d.organisations.end(),
                                        [](const Organisation& o) { return o.id == "regio-twente"; });
    regio.verbonden_partij = full();
    const json j = encode_dataset(d);
    const auto text = parse_json(j.dump());
    REQUIRE(text.ok());
    const auto back = decode_dataset(text.value);
    INFO(list(back.errors));
    REQUIRE(back.ok());
    CHECK(back.value == d);
    CHECK(encode_dataset(back.value) == j);
    CHECK(validate_dataset(back.value).empty());
    const json& vp = j["organisations"][std::distance(d.organisations.data(), &regio)]["verbonden_partij"];
    CHECK(vp["years"][0]["financial_interest"] == 3'000'000'000LL);
    CHECK(vp["years"][0]["financial_interest"].is_number_integer());
}

TEST_CASE("verbonden partij: the seed holds probable ones with a reason and no figures") {
    const Dataset& d = default_dataset();
    int probable = 0;
    for (const auto& o : d.organisations) {
        if (!o.verbonden_partij) continue;
        ++probable;
        INFO(o.id);
        CHECK_FALSE(o.verbonden_partij->probable_reason.empty());
        CHECK(o.verbonden_partij->years.empty());
        CHECK(o.verbonden_partij->contacts.empty());
        for (int n : o.verbonden_partij->partnerships) CHECK(d.partnership(n));
    }
    CHECK(probable == 5);
    CHECK(d.organisation("openbaar-lichaam-crematoria-twente")->verbonden_partij);
    CHECK_FALSE(d.organisation("crematoria-twente-bv")->verbonden_partij);  // the B.V. the openbaar lichaam owns
    CHECK_FALSE(d.organisation("GM1735")->verbonden_partij);
}

TEST_CASE("verbonden partij: bad input is refused with the field that is wrong") {
    json o = encode_organisation(*default_dataset().organisation("regio-twente"));
    o["verbonden_partij"] = encode_verbonden_partij(full());
    o["verbonden_partij"]["group"] = "kerkgenootschap";
    o["verbonden_partij"]["years"][0]["equity_end"] = 1.5;
    o["verbonden_partij"]["years"][0]["result"] = "veel";
    o["verbonden_partij"]["years"][0]["risk_level"] = "enorm";
    o["verbonden_partij"]["contacts"][0]["tel"] = "0";
    const auto decoded = decode_organisation(o);
    CHECK(has(decoded.errors, "verbonden_partij.group", "validation.unknown_bbv_group"));
    CHECK(has(decoded.errors, "verbonden_partij.years[0].equity_end", "validation.expected_integer"));
    CHECK(has(decoded.errors, "verbonden_partij.years[0].result", "validation.expected_integer"));
    CHECK(has(decoded.errors, "verbonden_partij.years[0].risk_level", "validation.unknown_risk_level"));
    CHECK(has(decoded.errors, "verbonden_partij.contacts[0].tel", "validation.unknown_field"));

    o["verbonden_partij"] = encode_verbonden_partij(full());
    o["verbonden_partij"]["years"][0]["contribution"] = 2'000'000'000'000LL;
    CHECK(has(decode_organisation(o).errors, "verbonden_partij.years[0].contribution", "validation.number_out_of_range"));

    VerbondenPartij v = full();
    v.years[0].is_override.reset();  // a reason left without an override
    v.years.push_back(v.years[0]);
    v.years[1].is_override = true;
    v.years[1].override_reason = " ";
    v.partnerships.push_back(999);
    v.contacts[1].name = "";
    v.evaluation_due = "medio 2027";
    const auto errors = validate_verbonden_partij(v, "vp", &default_dataset());
    INFO(list(errors));
    CHECK(has(errors, "vp.years[0].override_reason", "validation.override_reason_without_override"));
    CHECK(has(errors, "vp.years[1].year", "validation.duplicate_year"));
    CHECK(has(errors, "vp.years[1].override_reason", "validation.override_reason_missing"));
    CHECK(has(errors, "vp.partnerships[2]", "validation.unknown_partnership"));
    CHECK(has(errors, "vp.contacts[1].name", "validation.name_missing"));
    CHECK(has(errors, "vp.evaluation_due", "validation.date_malformed"));
}

TEST_CASE("verbonden partij: exports for others leave the contacts out") {
    Dataset d = default_dataset();
    d.organisations[0].verbonden_partij = full();
    const Dataset shared = without_personal_data(d);
    CHECK(shared.organisations[0].verbonden_partij->contacts.empty());
    CHECK(shared.organisations[0].verbonden_partij->years == d.organisations[0].verbonden_partij->years);
    CHECK(encode_dataset(shared).dump().find("griffie@example.nl") == std::string::npos);
}

TEST_CASE("money: whole euros with the reader's separators") {
    CHECK(format_euros(1234567, Lang::nl) == "€ 1.234.567");
    CHECK(format_euros(1234567, Lang::en) == "€1,234,567");
    CHECK(format_euros(-75000, Lang::nl) == "€ -75.000");
    CHECK(format_euros(999, Lang::nl) == "€ 999");
    CHECK(format_euros(0, Lang::nl) == "€ 0");
    CHECK(format_euros(4'100'000'000LL, Lang::nl) == "€ 4.100.000.000");
    CHECK(format_euros(std::optional<std::int64_t>{}, Lang::nl) == "—");
}

TEST_CASE("verbonden partij: the JSON for others has no contacts, and nothing else changes") {
    Dataset d = default_dataset();
    d.organisations[0].verbonden_partij = full();
    const json j = encode_dataset(d);
    const json shared = without_personal_data(j);
    CHECK(shared.dump().find("A. Griffier") == std::string::npos);
    json expected = j;
    expected["organisations"][0]["verbonden_partij"]["contacts"] = json::array();
    CHECK(shared == expected);
    CHECK(without_personal_data(json::array()) == json::array());  // not a dataset: as it was
}

TEST_CASE("verbonden partij: an update says what it was based on, or is refused before anything is read") {
    swm::VerbondenPartij v;
    v.public_interest = "Gezamenlijke belastingheffing";
    const nlohmann::json before = nullptr;
    const auto update = swm::decode_verbonden_partij_update(swm::encode_verbonden_partij_update(before, v));
    REQUIRE(update);
    CHECK(update->before.is_null());
    CHECK(update->value == swm::encode_verbonden_partij(v));
    CHECK_FALSE(swm::decode_verbonden_partij_update(nlohmann::json{{"verbonden_partij", nullptr}}));
    CHECK_FALSE(swm::decode_verbonden_partij_update(nlohmann::json::array()));
}
