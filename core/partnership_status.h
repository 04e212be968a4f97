// Where a partnership stands: running, being investigated (the overview's
// "in onderzoek"), an opportunity the strategy names, or ended.
#pragma once
#include "core/enum_codes.h"

namespace swm {

enum class PartnershipStatus {
    lopend,
    in_onderzoek,
    kans,
    beeindigd,
};

template <>
struct EnumTraits<PartnershipStatus> {
    static constexpr std::string_view label_prefix = "status";
    static constexpr std::array<std::pair<PartnershipStatus, std::string_view>, 4> codes = {{
        {PartnershipStatus::lopend, "lopend"},
        {PartnershipStatus::in_onderzoek, "in_onderzoek"},
        {PartnershipStatus::kans, "kans"},
        {PartnershipStatus::beeindigd, "beeindigd"},
    }};
};

} // namespace swm
