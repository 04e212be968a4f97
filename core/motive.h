// Why a partnership exists. The register names motives in a leading phrase
// ("Kennis en kosten."); the strategy names motives per task layer. Both map
// onto these categories; the free text stays alongside.
#pragma once
#include "core/enum_codes.h"

#include <string>
#include <vector>

namespace swm {

enum class Motive {
    kennis,
    kosten,
    macht_en_kracht,
    complexiteit,
    wettelijke_verplichting,
    strategische_projectagenda,
    kwetsbaarheid,
    kwaliteit,
    continuiteit,
    professionele_organisatie,
    duurzame_bedrijfsvoering,
    gezamenlijke_ontwikkeling,
};

template <>
struct EnumTraits<Motive> {
    static constexpr std::string_view label_prefix = "motive";
    static constexpr std::array<std::pair<Motive, std::string_view>, 12> codes = {{
        {Motive::kennis, "kennis"},
        {Motive::kosten, "kosten"},
        {Motive::macht_en_kracht, "macht_en_kracht"},
        {Motive::complexiteit, "complexiteit"},
        {Motive::wettelijke_verplichting, "wettelijke_verplichting"},
        {Motive::strategische_projectagenda, "strategische_projectagenda"},
        {Motive::kwetsbaarheid, "kwetsbaarheid"},
        {Motive::kwaliteit, "kwaliteit"},
        {Motive::continuiteit, "continuiteit"},
        {Motive::professionele_organisatie, "professionele_organisatie"},
        {Motive::duurzame_bedrijfsvoering, "duurzame_bedrijfsvoering"},
        {Motive::gezamenlijke_ontwikkeling, "gezamenlijke_ontwikkeling"},
    }};
};

struct Motives {
    std::vector<Motive> categories;  // in the order the source names them
    std::string text;

    friend bool operator==(const Motives& a, const Motives& b) {
        return a.categories == b.categories && a.text == b.text;
    }
    friend bool operator!=(const Motives& a, const Motives& b) { return !(a == b); }
};

} // namespace swm
