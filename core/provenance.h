// Where a structured value comes from: the source says it (`stated`), it
// follows from the source by a rule (`inferred`), or the source leaves it
// open and a choice was made (`chosen`). Inferred and chosen values carry
// the reason, so a reader can check them against the source; counts, the
// map and the report can leave them out ("alleen genoemde partners").
#pragma once
#include "core/enum_codes.h"

#include <optional>
#include <string>

namespace swm {

enum class Basis {
    stated,
    inferred,
    chosen,
};

template <>
struct EnumTraits<Basis> {
    static constexpr std::string_view label_prefix = "basis";
    static constexpr std::array<std::pair<Basis, std::string_view>, 3> codes = {{
        {Basis::stated, "stated"},
        {Basis::inferred, "inferred"},
        {Basis::chosen, "chosen"},
    }};
};

// The rules by which the register derives a value the source does not name.
enum class ProvenanceRule {
    named_group,             // "alle Twentse gemeenten", "14 Twentse gemeenten": the group named whole
    scale_tw,                // the row names no participants; the 14 from the scale 'Tw'
    twentse_gemeenten,       // "Twentse gemeenten" read as all 14
    achterhoekse_gemeenten,  // "Achterhoekse gemeenten": the 8 names are a choice
    samen14,                 // the name "Samen14" read as the 14 Twentse gemeenten
    fitted_to_overview,      // classified so the overview's legal form count comes out
    strategy_item,           // the strategy names the partnership under this layer
};

template <>
struct EnumTraits<ProvenanceRule> {
    static constexpr std::string_view label_prefix = "rule";
    static constexpr std::array<std::pair<ProvenanceRule, std::string_view>, 7> codes = {{
        {ProvenanceRule::named_group, "named_group"},
        {ProvenanceRule::scale_tw, "scale_tw"},
        {ProvenanceRule::twentse_gemeenten, "twentse_gemeenten"},
        {ProvenanceRule::achterhoekse_gemeenten, "achterhoekse_gemeenten"},
        {ProvenanceRule::samen14, "samen14"},
        {ProvenanceRule::fitted_to_overview, "fitted_to_overview"},
        {ProvenanceRule::strategy_item, "strategy_item"},
    }};
};

struct Provenance {
    Basis basis = Basis::stated;
    std::optional<ProvenanceRule> rule;
    std::string reason;  // required unless stated

    bool is_stated() const { return basis == Basis::stated; }

    friend bool operator==(const Provenance& a, const Provenance& b) {
        return a.basis == b.basis && a.rule == b.rule && a.reason == b.reason;
    }
    friend bool operator!=(const Provenance& a, const Provenance& b) { return !(a == b); }
};

// What a reader is told about a value's provenance, in a sentence: empty for
// a stated value without a reading note, else "Afgeleid, ...: <reason>".
std::string provenance_note(const std::optional<Provenance>& p, Lang lang);

// The heading of a group of partners with this provenance.
std::string partner_group_title(const std::optional<Provenance>& p, Lang lang);

} // namespace swm
