#include "core/partnership.h"

#include <algorithm>

namespace swm {

bool Partnership::has_partner(std::string_view organisation_id) const {
    return std::find(partners.begin(), partners.end(), organisation_id) != partners.end();
}

bool Partnership::has_motive(Motive motive) const {
    const auto& c = motives.categories;
    return std::find(c.begin(), c.end(), motive) != c.end();
}

bool operator==(const Partnership& a, const Partnership& b) {
    return a.number == b.number && a.name == b.name && a.description == b.description && a.partners == b.partners &&
           a.scale == b.scale && a.legal_form == b.legal_form && a.motives == b.motives &&
           a.decided_by == b.decided_by && a.layer == b.layer && a.status == b.status &&
           a.start_date == b.start_date && a.end_date == b.end_date && a.source == b.source &&
           a.peildatum == b.peildatum && a.notes == b.notes && a.original_text == b.original_text &&
           a.revision == b.revision;
}

} // namespace swm
