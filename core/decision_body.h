// Who decides on (participation in) a partnership, the register's column
// "Wie beslist". `onbekend` is for rows where the source leaves it blank.
#pragma once
#include "core/enum_codes.h"

#include <string>

namespace swm {

enum class DecisionBody {
    raad,
    college,
    raad_en_college,
    kring_gemeentesecretarissen,
    overig,
    onbekend,
};

template <>
struct EnumTraits<DecisionBody> {
    static constexpr std::string_view label_prefix = "decided_by";
    static constexpr std::array<std::pair<DecisionBody, std::string_view>, 6> codes = {{
        {DecisionBody::raad, "raad"},
        {DecisionBody::college, "college"},
        {DecisionBody::raad_en_college, "raad_en_college"},
        {DecisionBody::kring_gemeentesecretarissen, "kring_gemeentesecretarissen"},
        {DecisionBody::overig, "overig"},
        {DecisionBody::onbekend, "onbekend"},
    }};
};

struct DecidedBy {
    DecisionBody category = DecisionBody::onbekend;
    std::string text;  // as the source words it

    friend bool operator==(const DecidedBy& a, const DecidedBy& b) {
        return a.category == b.category && a.text == b.text;
    }
    friend bool operator!=(const DecidedBy& a, const DecidedBy& b) { return !(a == b); }
};

} // namespace swm
