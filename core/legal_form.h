// The legal form of a partnership: a category for counting and filtering,
// the seed's own wording, and for a gemeenschappelijke regeling (Wgr) which
// construction it uses, because the seed distinguishes them.
#pragma once
#include "core/enum_codes.h"
#include "core/provenance.h"

#include <optional>
#include <string>

namespace swm {

enum class LegalFormCategory {
    gemeenschappelijke_regeling,
    samenwerkingsovereenkomst,
    convenant,
    project,
    overig,
    geen,      // the seed says "Geen": there is no legal form
    onbekend,  // not stated (e.g. partnerships still under investigation)
};

template <>
struct EnumTraits<LegalFormCategory> {
    static constexpr std::string_view label_prefix = "legal_form";
    static constexpr std::array<std::pair<LegalFormCategory, std::string_view>, 7> codes = {{
        {LegalFormCategory::gemeenschappelijke_regeling, "gemeenschappelijke_regeling"},
        {LegalFormCategory::samenwerkingsovereenkomst, "samenwerkingsovereenkomst"},
        {LegalFormCategory::convenant, "convenant"},
        {LegalFormCategory::project, "project"},
        {LegalFormCategory::overig, "overig"},
        {LegalFormCategory::geen, "geen"},
        {LegalFormCategory::onbekend, "onbekend"},
    }};
};

// The forms of Wgr art. 8: openbaar lichaam (lid 1, a legal person with an
// algemeen and dagelijks bestuur), gemeenschappelijk orgaan (lid 2, one body,
// no legal personality), bedrijfsvoeringsorganisatie (lid 3, one body, a
// legal person) and the regeling zonder meer (lid 4, no organ of its own).
// The centrumgemeente construction is a regeling zonder meer in which the
// participants mandate one municipality; it keeps its own code because the
// register names it (and older exports use it).
enum class GrKind {
    openbaar_lichaam,
    gemeenschappelijk_orgaan,
    bedrijfsvoeringsorganisatie,
    regeling_zonder_meer,
    centrumgemeente,
};

template <>
struct EnumTraits<GrKind> {
    static constexpr std::string_view label_prefix = "gr_kind";
    static constexpr std::array<std::pair<GrKind, std::string_view>, 5> codes = {{
        {GrKind::openbaar_lichaam, "openbaar_lichaam"},
        {GrKind::gemeenschappelijk_orgaan, "gemeenschappelijk_orgaan"},
        {GrKind::bedrijfsvoeringsorganisatie, "bedrijfsvoeringsorganisatie"},
        {GrKind::regeling_zonder_meer, "regeling_zonder_meer"},
        {GrKind::centrumgemeente, "centrumgemeente"},
    }};
};

// The art. 8 form a construction is: the centrumgemeente is a regeling zonder meer.
constexpr GrKind wgr_form(GrKind k) { return k == GrKind::centrumgemeente ? GrKind::regeling_zonder_meer : k; }

// Whether the regeling has an organ with a budget of its own (the Wgr's
// budget and accounts rules address its bestuur).
constexpr bool has_own_organ(GrKind k) { return wgr_form(k) != GrKind::regeling_zonder_meer; }

struct LegalForm {
    LegalFormCategory category = LegalFormCategory::onbekend;
    std::optional<GrKind> gr_kind;  // only with category gemeenschappelijke_regeling
    std::string text;               // as the source words it
    std::optional<Provenance> provenance;  // of the category; nullopt: not recorded

    friend bool operator==(const LegalForm& a, const LegalForm& b) {
        return a.category == b.category && a.gr_kind == b.gr_kind && a.text == b.text && a.provenance == b.provenance;
    }
    friend bool operator!=(const LegalForm& a, const LegalForm& b) { return !(a == b); }
};

} // namespace swm
