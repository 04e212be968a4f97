#include "core/organisation_merge.h"

#include "core/partial_date.h"

#include <algorithm>

namespace swm {
namespace {

// The source's place in `p` goes to the target; where the target already
// takes part, the source just leaves. The target keeps its own provenance;
// where it has none, the source's says why the seat (now the target's) is
// in the partnership.
bool move_partner(Partnership& p, const std::string& source, const std::string& target) {
    const auto at = std::find(p.partners.begin(), p.partners.end(), source);
    if (at == p.partners.end()) return false;
    if (p.has_partner(target)) p.partners.erase(at);
    else *at = target;
    const auto provenance = p.partner_provenance.find(source);
    if (provenance != p.partner_provenance.end()) {
        p.partner_provenance.emplace(target, provenance->second);  // no-op when the target has its own
        p.partner_provenance.erase(provenance);
    }
    return true;
}

} // namespace

ValidationErrors validate_merge(const OrganisationMerge& merge, const Dataset& dataset) {
    ValidationErrors errors;
    const Organisation* source = dataset.organisation(merge.source);
    const Organisation* target = dataset.organisation(merge.target);
    if (!source) errors.push_back({"", "validation.unknown_organisation", merge.source});
    else if (source->merged_into) errors.push_back({"", "validation.already_merged", *source->merged_into});
    if (merge.source == kHofVanTwenteId) errors.push_back({"", "validation.merge_hof_van_twente", merge.source});
    if (merge.target.empty()) errors.push_back({"into", "validation.missing_field", ""});
    else if (merge.target == merge.source) errors.push_back({"into", "validation.merge_into_self", merge.target});
    else if (!target) errors.push_back({"into", "validation.unknown_organisation", merge.target});
    else if (target->merged_into) errors.push_back({"into", "validation.partner_merged", merge.target});
    else if (target->ended()) errors.push_back({"into", "validation.merge_target_ended", *target->end_date});
    if (merge.end_date && !parse_partial_date(*merge.end_date))
        errors.push_back({"end_date", "validation.date_malformed", *merge.end_date});
    return errors;
}

MergeOutcome merge_organisation(const Dataset& dataset, const OrganisationMerge& merge) {
    MergeOutcome out{dataset, {}};
    for (Partnership& p : out.dataset.partnerships) {
        if (move_partner(p, merge.source, merge.target)) out.changed.push_back(p.number);
    }
    // The source is kept, marked, rather than removed: snapshots, exports and
    // history name it by its id and must still find its name; its notes,
    // aliases and end date stay part of the record; and its id cannot be
    // taken by another body later. Its verbonden partij (BBV) stays with it
    // too: those figures are the source's own reports, not the target's, and
    // the partnerships they link to are linked by number, which a merge does
    // not change.
    for (Organisation& o : out.dataset.organisations) {
        if (o.id != merge.source) continue;
        o.merged_into = merge.target;
        if (merge.end_date) o.end_date = merge.end_date;
        ++o.revision;
    }
    return out;
}

} // namespace swm
