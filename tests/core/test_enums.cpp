#include "core/decision_body.h"
#include "core/legal_form.h"
#include "core/motive.h"
#include "core/organisation.h"
#include "core/partnership_status.h"
#include "core/scale.h"
#include "core/task_layer.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace swm;

namespace {

// Every value: a unique code that parses back to it, and a label in both
// languages (tr() returns the key itself when one is missing).
template <class E>
void check_enum() {
    std::set<std::string_view> codes;
    for (E v : all_values<E>()) {
        const std::string_view code = to_code(v);
        INFO(std::string(EnumTraits<E>::label_prefix) + "." + std::string(code));
        CHECK_FALSE(code.empty());
        CHECK(codes.insert(code).second);
        CHECK(from_code<E>(code) == v);
        CHECK(label(v, Lang::nl) != label_key(v));
        CHECK(label(v, Lang::en) != label_key(v));
    }
    CHECK_FALSE(from_code<E>("").has_value());
    CHECK_FALSE(from_code<E>("no_such_code").has_value());
}

} // namespace

TEST_CASE("enums: stable codes that round trip, labels in Dutch and English") {
    check_enum<Scale>();
    check_enum<LegalFormCategory>();
    check_enum<GrKind>();
    check_enum<Motive>();
    check_enum<DecisionBody>();
    check_enum<TaskLayer>();
    check_enum<PartnershipStatus>();
    check_enum<OrganisationKind>();
}

TEST_CASE("enums: the scale codes are the register's abbreviations") {
    CHECK(to_code(Scale::midden_twente) == "MT");
    CHECK(to_code(Scale::twente_achterhoek) == "Tw+A");
    CHECK(from_code<Scale>("Zt") == Scale::zuid_twente);
    CHECK(from_code<Scale>("Wt") == Scale::west_twente);
    // Codes are case sensitive: "mt" is not a scale.
    CHECK_FALSE(from_code<Scale>("mt").has_value());
    CHECK(scale_code(std::nullopt) == "none");
    CHECK(scale_label(std::nullopt, Lang::nl) == "Niet geografisch geclusterd");
    CHECK(label(Scale::midden_twente, Lang::nl) == "Midden Twente");
    CHECK(label(Scale::midden_twente, Lang::en) == "Central Twente");
}

TEST_CASE("enums: unknown codes are reported under their own key") {
    CHECK(unknown_code_key<Scale>() == "validation.unknown_scale");
    CHECK(unknown_code_key<DecisionBody>() == "validation.unknown_decided_by");
    CHECK(std::string(tr(unknown_code_key<Motive>(), Lang::nl)) == "onbekend motief '{0}'");
}

TEST_CASE("enums: Tw+A is a scale but not a region") {
    CHECK(is_region(Scale::twente));
    CHECK_FALSE(is_region(Scale::twente_achterhoek));
    Organisation borne{"GM0147", "Borne", OrganisationKind::gemeente, "GM0147", {Scale::midden_twente, Scale::twente}, {}, ""};
    Organisation aalten{"GM0197", "Aalten", OrganisationKind::gemeente, "GM0197", {Scale::achterhoek}, {}, ""};
    Organisation lochem{"GM0262", "Lochem", OrganisationKind::gemeente, "GM0262", {}, {}, ""};
    CHECK(borne.in_region(Scale::twente_achterhoek));
    CHECK(aalten.in_region(Scale::twente_achterhoek));
    CHECK_FALSE(lochem.in_region(Scale::twente_achterhoek));
    CHECK_FALSE(aalten.in_region(Scale::twente));
}
