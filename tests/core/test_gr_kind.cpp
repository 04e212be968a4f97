#include "default_dataset.h"
#include "validation_checks.h"

#include "core/json_codec.h"
#include "core/legal_form.h"

#include <catch2/catch.hpp>

using namespace swm;
using swm::test::list;

TEST_CASE("gr_kind: the four forms of Wgr art. 8, the centrumgemeente a regeling zonder meer") {
    CHECK(all_values<GrKind>().size() == 5);
    CHECK(wgr_form(GrKind::centrumgemeente) == GrKind::regeling_zonder_meer);
    CHECK(wgr_form(GrKind::bedrijfsvoeringsorganisatie) == GrKind::bedrijfsvoeringsorganisatie);
    CHECK(has_own_organ(GrKind::openbaar_lichaam));
    CHECK(has_own_organ(GrKind::gemeenschappelijk_orgaan));
    CHECK(has_own_organ(GrKind::bedrijfsvoeringsorganisatie));
    CHECK_FALSE(has_own_organ(GrKind::regeling_zonder_meer));
    CHECK_FALSE(has_own_organ(GrKind::centrumgemeente));
}

TEST_CASE("gr_kind: an export of release 0.1 still decodes, and its code centrumgemeente too") {
    const auto j = swm::test::read_json("tests/fixtures/v0.1/export.json");
    const auto d = decode_dataset(j);
    INFO(list(d.errors));
    REQUIRE(d.ok());
    for (const auto& o : d.value.organisations) CHECK_FALSE(o.verbonden_partij);  // absent: none recorded
    // That release lost gr_kind in storage; a partnership written with the old code reads as before.
    auto p = j["partnerships"][4];
    REQUIRE(p["number"] == 5);
    p["legal_form"]["gr_kind"] = "centrumgemeente";
    const auto five = decode_partnership(p);
    REQUIRE(five.ok());
    CHECK(five.value.legal_form.gr_kind == GrKind::centrumgemeente);
    CHECK(encode_partnership(five.value)["legal_form"]["gr_kind"] == "centrumgemeente");
}
