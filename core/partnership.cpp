#include "core/partnership.h"

#include "core/organisation.h"

#include <algorithm>

namespace swm {

bool Partnership::has_partner(std::string_view organisation_id) const {
    return std::find(partners.begin(), partners.end(), organisation_id) != partners.end();
}

bool Partnership::has_motive(Motive motive) const {
    const auto& c = motives.categories;
    return std::find(c.begin(), c.end(), motive) != c.end();
}

const Provenance* Partnership::provenance_of(std::string_view organisation_id) const {
    const auto it = partner_provenance.find(std::string(organisation_id));
    return it == partner_provenance.end() ? nullptr : &it->second;
}

bool Partnership::has_stated_partner(std::string_view organisation_id) const {
    if (!has_partner(organisation_id)) return false;
    if (organisation_id == kHofVanTwenteId) return true;
    const Provenance* p = provenance_of(organisation_id);
    return p && p->is_stated();
}

std::vector<std::string> Partnership::partners_counted(bool stated_only) const {
    if (!stated_only) return partners;
    std::vector<std::string> out;
    for (const auto& id : partners) {
        if (has_stated_partner(id)) out.push_back(id);
    }
    return out;
}

std::vector<PartnerGroup> Partnership::partner_groups() const {
    std::vector<PartnerGroup> out;
    auto add = [&](const std::optional<Provenance>& provenance, const std::string& id) {
        for (auto& g : out) {
            if (g.provenance == provenance) {
                g.ids.push_back(id);
                return;
            }
        }
        out.push_back({provenance, {id}});
    };
    // Stated partners form one group whatever their reading notes say.
    const Provenance stated{};
    for (const auto& id : partners) {
        if (has_stated_partner(id)) add(stated, id);
    }
    for (const auto& id : partners) {
        if (has_stated_partner(id)) continue;
        const Provenance* p = provenance_of(id);
        add(p ? std::optional<Provenance>(*p) : std::nullopt, id);
    }
    return out;
}

LegalFormCategory Partnership::legal_form_counted(bool stated_only) const {
    if (!stated_only || (legal_form.provenance && legal_form.provenance->is_stated())) return legal_form.category;
    return LegalFormCategory::onbekend;
}

std::optional<TaskLayer> Partnership::layer_counted(bool stated_only) const {
    if (!stated_only || (layer_provenance && layer_provenance->is_stated())) return layer;
    return std::nullopt;
}

bool operator==(const Partnership& a, const Partnership& b) {
    return a.number == b.number && a.name == b.name && a.description == b.description && a.partners == b.partners &&
           a.partner_provenance == b.partner_provenance && a.partner_count_stated == b.partner_count_stated &&
           a.scale == b.scale && a.legal_form == b.legal_form && a.motives == b.motives &&
           a.decided_by == b.decided_by && a.layer == b.layer && a.layer_provenance == b.layer_provenance && a.status == b.status &&
           a.start_date == b.start_date && a.end_date == b.end_date && a.joined_date == b.joined_date &&
           a.decisions == b.decisions && a.source == b.source &&
           a.peildatum == b.peildatum && a.notes == b.notes && a.original_text == b.original_text &&
           a.revision == b.revision;
}

} // namespace swm
