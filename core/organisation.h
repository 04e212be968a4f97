// An organisation that can be a partner: a municipality (identified by its
// CBS code, which the map uses to find its shape) or another body, identified
// by a short lowercase slug.
#pragma once
#include "core/enum_codes.h"
#include "core/scale.h"
#include "core/verbonden_partij.h"

#include <optional>
#include <string>
#include <vector>

namespace swm {

enum class OrganisationKind {
    gemeente,
    provincie,
    waterschap,
    samenwerkingsverband,  // a body of a partnership: openbaar lichaam, B.V.-owning GR, ...
    rijk,                  // national agencies (UWV, police)
    vereniging,
    stichting,
    bedrijf,
    overig,
};

template <>
struct EnumTraits<OrganisationKind> {
    static constexpr std::string_view label_prefix = "organisation_kind";
    static constexpr std::array<std::pair<OrganisationKind, std::string_view>, 9> codes = {{
        {OrganisationKind::gemeente, "gemeente"},
        {OrganisationKind::provincie, "provincie"},
        {OrganisationKind::waterschap, "waterschap"},
        {OrganisationKind::samenwerkingsverband, "samenwerkingsverband"},
        {OrganisationKind::rijk, "rijk"},
        {OrganisationKind::vereniging, "vereniging"},
        {OrganisationKind::stichting, "stichting"},
        {OrganisationKind::bedrijf, "bedrijf"},
        {OrganisationKind::overig, "overig"},
    }};
};

// The monitor is Hof van Twente's: it is a partner of every partnership.
inline constexpr std::string_view kHofVanTwenteId = "GM1735";

struct Organisation {
    std::string id;                       // CBS code for a municipality, else a slug
    std::string name;
    OrganisationKind kind = OrganisationKind::overig;
    std::optional<std::string> cbs_code;  // "GMxxxx", municipalities only
    std::vector<Scale> regions;           // region memberships (MT, Tw, Zt, Wt, A)
    std::vector<std::string> aliases;     // other names the sources use, for search
    std::string notes;
    std::optional<VerbondenPartij> verbonden_partij;  // BBV art. 1, when it is (or may be) one
    std::optional<std::string> end_date;     // it ceased to exist: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    std::optional<std::string> merged_into;  // the organisation it was merged into (organisation_merge.h)
    int revision = 1;                        // managed by the host for optimistic locking

    bool ended() const { return end_date.has_value(); }

    bool in_region(Scale region) const;

    friend bool operator==(const Organisation& a, const Organisation& b) {
        return a.id == b.id && a.name == b.name && a.kind == b.kind && a.cbs_code == b.cbs_code &&
               a.regions == b.regions && a.aliases == b.aliases && a.notes == b.notes &&
               a.verbonden_partij == b.verbonden_partij && a.end_date == b.end_date &&
               a.merged_into == b.merged_into && a.revision == b.revision;
    }
    friend bool operator!=(const Organisation& a, const Organisation& b) { return !(a == b); }
};

} // namespace swm
