#include "default_dataset.h"
#include "validation_checks.h"

#include "core/validation.h"

#include <catch2/catch.hpp>

#include <set>

using namespace swm;
using swm::test::default_dataset;
using swm::test::has;
using swm::test::list;

namespace {

// A valid new partnership for the default register.
Partnership candidate() {
    Partnership p;
    p.number = 34;
    p.name = "Samenwerking archief";
    p.partners = {"GM1735", "GM0164"};
    p.scale = Scale::midden_twente;
    p.legal_form = {LegalFormCategory::samenwerkingsovereenkomst, std::nullopt, "Overeenkomst"};
    p.motives = {{Motive::kennis, Motive::kosten}, "Kennis en kosten."};
    p.decided_by = {DecisionBody::college, "College van B&W"};
    p.layer = TaskLayer::bedrijfsvoering;
    p.start_date = "2015-01";
    return p;
}

} // namespace

TEST_CASE("validation: a correct partnership passes, as a create and as an update") {
    CHECK(validate_partnership(candidate(), default_dataset()).empty());
    Partnership edit = *default_dataset().partnership(24);
    edit.name = "Procesmanagement huiselijk geweld Hengelo";
    const auto errors = validate_partnership(edit, default_dataset(), 24);
    INFO(list(errors));
    CHECK(errors.empty());
}

TEST_CASE("validation: each rule names its field") {
    const Dataset& d = default_dataset();
    Partnership p = candidate();

    SECTION("missing name") {
        p.name = "  ";
        CHECK(has(validate_partnership(p, d), "name", "validation.name_missing"));
    }
    SECTION("number must be positive") {
        p.number = 0;
        CHECK(has(validate_partnership(p, d), "number", "validation.number_not_positive"));
        p.number = -3;
        CHECK(has(validate_partnership(p, d), "number", "validation.number_not_positive"));
    }
    SECTION("duplicate number on create, and on an update that takes another's number") {
        p.number = 12;
        CHECK(has(validate_partnership(p, d), "number", "validation.duplicate_number"));
        CHECK(has(validate_partnership(p, d, 13), "number", "validation.duplicate_number"));
        CHECK_FALSE(has(validate_partnership(p, d, 12), "number", "validation.duplicate_number"));
    }
    SECTION("unknown and duplicate partners, Hof van Twente required") {
        p.partners = {"GM1735", "GM9999", "GM0164", "GM0164"};
        const auto errors = validate_partnership(p, d);
        CHECK(has(errors, "partners[1]", "validation.unknown_organisation"));
        CHECK(has(errors, "partners[3]", "validation.duplicate_partner"));
        p.partners = {"GM0164"};
        CHECK(has(validate_partnership(p, d), "partners", "validation.hof_van_twente_missing"));
    }
    SECTION("dates: malformed, end before start") {
        p.start_date = "najaar 2014";
        CHECK(has(validate_partnership(p, d), "start_date", "validation.date_malformed"));
        p.start_date = "2015-03-01";
        p.end_date = "2014-12";
        CHECK(has(validate_partnership(p, d), "end_date", "validation.end_before_start"));
        p.end_date = "2015";  // same year: not before
        CHECK(validate_partnership(p, d).empty());
        p.peildatum = "2014-11-31";
        CHECK(has(validate_partnership(p, d), "peildatum", "validation.date_malformed"));
    }
    SECTION("text too long, counted in characters") {
        std::string name;
        for (std::size_t i = 0; i < kMaxNameLength; ++i) name += "ë";
        p.name = name;
        CHECK(validate_partnership(p, d).empty());
        p.name += "x";
        CHECK(has(validate_partnership(p, d), "name", "validation.text_too_long"));
        p.name = "ok";
        p.notes = std::string(kMaxTextLength + 1, 'a');
        CHECK(has(validate_partnership(p, d), "notes", "validation.text_too_long"));
    }
    SECTION("text must be UTF-8") {
        p.description = "caf\xE9";
        CHECK(has(validate_partnership(p, d), "description", "validation.invalid_utf8"));
    }
    SECTION("a motive only once") {
        p.motives.categories = {Motive::kennis, Motive::kosten, Motive::kennis};
        CHECK(has(validate_partnership(p, d), "motives.categories[2]", "validation.duplicate_motive"));
    }
    SECTION("a GR construction only with a GR") {
        p.legal_form.gr_kind = GrKind::openbaar_lichaam;
        CHECK(has(validate_partnership(p, d), "legal_form.gr_kind", "validation.gr_kind_without_gr"));
        p.legal_form.category = LegalFormCategory::gemeenschappelijke_regeling;
        CHECK(validate_partnership(p, d).empty());
    }
    SECTION("revision at least 1") {
        p.revision = 0;
        CHECK(has(validate_partnership(p, d), "revision", "validation.revision_not_positive"));
    }
}

TEST_CASE("validation: organisations") {
    Organisation o{"GM0164", "Hengelo", OrganisationKind::gemeente, "GM0164", {Scale::twente}, {}, ""};
    CHECK(validate_organisation(o).empty());

    Organisation bad = o;
    bad.cbs_code = std::nullopt;
    CHECK(has(validate_organisation(bad), "cbs_code", "validation.cbs_code_missing"));
    bad.cbs_code = "GM164";
    CHECK(has(validate_organisation(bad), "cbs_code", "validation.cbs_code_malformed"));
    bad.cbs_code = "GM0163";
    CHECK(has(validate_organisation(bad), "id", "validation.cbs_code_mismatch"));

    Organisation body{"Regio Twente", "Regio Twente", OrganisationKind::samenwerkingsverband, "GM0001", {}, {}, ""};
    const auto errors = validate_organisation(body);
    CHECK(has(errors, "id", "validation.id_malformed"));
    CHECK(has(errors, "cbs_code", "validation.cbs_code_not_municipality"));

    Organisation regions = o;
    regions.regions = {Scale::twente, Scale::twente_achterhoek, Scale::twente};
    CHECK(has(validate_organisation(regions), "regions[1]", "validation.region_combined"));
    CHECK(has(validate_organisation(regions), "regions[2]", "validation.duplicate_region"));

    Organisation nameless{"x", "", OrganisationKind::overig, std::nullopt, {}, {}, ""};
    CHECK(has(validate_organisation(nameless), "name", "validation.name_missing"));
    nameless.id = "";
    CHECK(has(validate_organisation(nameless), "id", "validation.id_missing"));
}

TEST_CASE("validation: the whole dataset, with paths from the root") {
    Dataset d = default_dataset();
    d.partnerships[3].number = 3;               // duplicate of nr. 3
    d.partnerships[5].partners.push_back("nope");
    d.organisations[1].id = d.organisations[0].id;
    d.strategy.layers[1].successes[0].partnerships.push_back(99);  // deleted since: kept
    d.strategy.layers[1].successes[0].partnerships.push_back(-4);
    d.peildatum = "november 2014";
    const auto errors = validate_dataset(d);
    INFO(list(errors));
    CHECK(has(errors, "partnerships[3].number", "validation.duplicate_number"));
    CHECK(has(errors, "partnerships[5].partners[" + std::to_string(d.partnerships[5].partners.size() - 1) + "]",
              "validation.unknown_organisation"));
    CHECK(has(errors, "organisations[1].id", "validation.duplicate_organisation"));
    CHECK_FALSE(has(errors, "strategy.layers[1].successes[0].partnerships[2]", "validation.unknown_partnership"));
    CHECK(has(errors, "strategy.layers[1].successes[0].partnerships[3]", "validation.number_not_positive"));
    CHECK(has(errors, "peildatum", "validation.date_malformed"));

    d = default_dataset();
    d.peildatum.clear();
    CHECK(has(validate_dataset(d), "peildatum", "validation.missing_field"));
}

TEST_CASE("validation: messages in Dutch and English") {
    ValidationError e{"partnerships[3].scale", "validation.unknown_scale", "XX"};
    CHECK(e.describe(Lang::nl) == "partnerships[3].scale: onbekende schaal 'XX'");
    CHECK(e.describe(Lang::en) == "partnerships[3].scale: unknown scale 'XX'");
    ValidationError limit{"name", "validation.text_too_long", "200"};
    CHECK(limit.message(Lang::nl) == "tekst is te lang (maximaal 200 tekens)");
}

TEST_CASE("validation: every key the rules use has a translation") {
    Dataset d = default_dataset();
    Partnership p = candidate();
    p.number = 1;
    p.name = "";
    p.revision = 0;
    p.partners = {"zz", "zz"};
    p.motives.categories = {Motive::kennis, Motive::kennis};
    p.legal_form.gr_kind = GrKind::centrumgemeente;
    p.start_date = "2015";
    p.end_date = "2014";
    p.description = std::string(kMaxTextLength + 1, 'x');
    p.notes = "\xFF";
    auto errors = validate_partnership(p, d);
    p.start_date = "x";
    for (const auto& e : validate_partnership(p, d)) errors.push_back(e);
    for (const auto& o : {Organisation{"", "", OrganisationKind::gemeente, std::nullopt, {Scale::twente_achterhoek, Scale::twente_achterhoek}, {}, ""},
                          Organisation{"GM1", "x", OrganisationKind::gemeente, "GM1", {}, {}, ""},
                          Organisation{"GM0001", "x", OrganisationKind::gemeente, "GM0002", {}, {}, ""},
                          Organisation{"A B", "x", OrganisationKind::overig, "GM0002", {}, {}, ""}}) {
        for (const auto& e : validate_organisation(o)) errors.push_back(e);
    }
    d.strategy.layers.push_back(d.strategy.layers[0]);
    d.peildatum.clear();
    for (const auto& e : validate_dataset(d)) errors.push_back(e);

    std::set<std::string> keys;
    for (const auto& e : errors) {
        keys.insert(e.key);
        INFO(e.key);
        CHECK(e.message(Lang::nl).find("validation.") == std::string::npos);
        CHECK(e.message(Lang::en).find("validation.") == std::string::npos);
    }
    CHECK(keys.size() >= 20);
}
