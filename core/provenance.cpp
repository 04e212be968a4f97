#include "core/provenance.h"

#include "core/text.h"

namespace swm {

std::string provenance_note(const std::optional<Provenance>& p, Lang lang) {
    if (!p) return tr("provenance.value.unrecorded", lang);
    switch (p->basis) {
        case Basis::stated: return p->reason;
        case Basis::inferred: return fill(tr("provenance.value.inferred", lang), {p->reason});
        case Basis::chosen: return fill(tr("provenance.value.chosen", lang), {p->reason});
    }
    return {};
}

std::string partner_group_title(const std::optional<Provenance>& p, Lang lang) {
    if (!p) return tr("provenance.group.unrecorded", lang);
    return tr("provenance.group." + std::string(to_code(p->basis)), lang);
}

} // namespace swm
