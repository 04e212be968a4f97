#include "core/analysis.h"

#include "core/text.h"

#include <algorithm>

namespace swm {
namespace {

template <class E>
std::vector<Tally> empty_tallies() {
    std::vector<Tally> out;
    for (E v : all_values<E>()) out.push_back({std::string(to_code(v)), 0, {}});
    return out;
}

std::vector<Tally> empty_scale_tallies() {
    auto out = empty_tallies<Scale>();
    out.push_back({std::string(kNoScaleCode), 0, {}});
    return out;
}

void count(std::vector<Tally>& tallies, std::string_view code, int number) {
    for (auto& t : tallies) {
        if (t.code != code) continue;
        ++t.count;
        t.numbers.push_back(number);
        return;
    }
}

std::vector<std::string> codes_of(const std::vector<Tally>& tallies) {
    std::vector<std::string> out;
    for (const auto& t : tallies) out.push_back(t.code);
    return out;
}

Crosstab empty_crosstab(std::vector<std::string> rows, std::vector<std::string> columns) {
    Crosstab t{std::move(rows), std::move(columns), {}};
    t.cells.assign(t.rows.size(), std::vector<int>(t.columns.size(), 0));
    return t;
}

void add_to(Crosstab& t, std::string_view row, std::string_view column) {
    const auto r = std::find(t.rows.begin(), t.rows.end(), row);
    const auto c = std::find(t.columns.begin(), t.columns.end(), column);
    if (r == t.rows.end() || c == t.columns.end()) return;
    ++t.cells[r - t.rows.begin()][c - t.columns.begin()];
}

std::vector<OrganisationShare> shares(const Dataset& dataset, const std::vector<Partnership>& partnerships,
                                      bool stated_only) {
    std::vector<OrganisationShare> out;
    for (const auto& o : dataset.organisations) {
        if (o.id == kHofVanTwenteId) continue;
        OrganisationShare s{o.id, 0, {}};
        for (const auto& p : partnerships) {
            if (!p.has_partner(kHofVanTwenteId)) continue;
            if (!(stated_only ? p.has_stated_partner(o.id) : p.has_partner(o.id))) continue;
            ++s.count;
            s.numbers.push_back(p.number);
        }
        out.push_back(std::move(s));
    }
    std::stable_sort(out.begin(), out.end(), [](const OrganisationShare& a, const OrganisationShare& b) {
        return a.count != b.count ? a.count > b.count : a.organisation_id < b.organisation_id;
    });
    return out;
}

std::string join_numbers(const std::vector<int>& numbers) {
    std::string out;
    for (int n : numbers) {
        if (!out.empty()) out += ", ";
        out += std::to_string(n);
    }
    return out;
}

struct SeedCount {
    LegalFormCategory category;
    int count;
};

// "9 GR, 4 SOK, 2 convenant, 7 project en 5 overig"
constexpr SeedCount kSeedLegalForms[] = {
    {LegalFormCategory::gemeenschappelijke_regeling, 9},
    {LegalFormCategory::samenwerkingsovereenkomst, 4},
    {LegalFormCategory::convenant, 2},
    {LegalFormCategory::project, 7},
    {LegalFormCategory::overig, 5},
};

const SeedCount* seed_count(LegalFormCategory c) {
    for (const auto& s : kSeedLegalForms) {
        if (s.category == c) return &s;
    }
    return nullptr;
}

std::vector<const Partnership*> running(const Dataset& dataset) {
    std::vector<const Partnership*> out;
    for (const auto& p : dataset.partnerships) {
        if (p.status == PartnershipStatus::lopend) out.push_back(&p);
    }
    return out;
}

} // namespace

int Crosstab::cell(std::string_view row, std::string_view column) const {
    const auto r = std::find(rows.begin(), rows.end(), row);
    const auto c = std::find(columns.begin(), columns.end(), column);
    if (r == rows.end() || c == columns.end()) return 0;
    return cells[r - rows.begin()][c - columns.begin()];
}

Analysis analyse(const Dataset& dataset, const std::vector<Partnership>& partnerships, bool stated_only) {
    Analysis a;
    a.stated_only = stated_only;
    a.total = static_cast<int>(partnerships.size());
    a.by_scale = empty_scale_tallies();
    a.by_legal_form = empty_tallies<LegalFormCategory>();
    a.by_motive = empty_tallies<Motive>();
    a.by_motive.push_back({"none", 0, {}});
    a.by_decided_by = empty_tallies<DecisionBody>();
    a.by_layer = empty_tallies<TaskLayer>();
    if (stated_only) a.by_layer.push_back({std::string(kNotStatedCode), 0, {}});
    a.by_status = empty_tallies<PartnershipStatus>();
    a.layer_by_scale = empty_crosstab(codes_of(a.by_layer), codes_of(a.by_scale));
    a.legal_form_by_decided_by = empty_crosstab(codes_of(a.by_legal_form), codes_of(a.by_decided_by));

    for (const auto& p : partnerships) {
        const std::string scale = scale_code(p.scale);
        const auto counted_layer = p.layer_counted(stated_only);
        const std::string_view layer = counted_layer ? to_code(*counted_layer) : kNotStatedCode;
        const std::string_view legal_form = to_code(p.legal_form_counted(stated_only));
        const std::string_view decided_by = to_code(p.decided_by.category);
        count(a.by_scale, scale, p.number);
        count(a.by_legal_form, legal_form, p.number);
        for (Motive m : p.motives.categories) count(a.by_motive, to_code(m), p.number);
        if (p.motives.categories.empty()) count(a.by_motive, "none", p.number);
        count(a.by_decided_by, decided_by, p.number);
        count(a.by_layer, layer, p.number);
        count(a.by_status, to_code(p.status), p.number);
        add_to(a.layer_by_scale, layer, scale);
        add_to(a.legal_form_by_decided_by, legal_form, decided_by);
    }
    a.shared_with_hof_van_twente = shares(dataset, partnerships, stated_only);
    return a;
}

Analysis analyse(const Dataset& dataset, const PartnershipFilter& filter) {
    return analyse(dataset, apply_filter(filter, dataset), filter.stated_only);
}

int count_of(const std::vector<Tally>& tallies, std::string_view code) {
    for (const auto& t : tallies) {
        if (t.code == code) return t.count;
    }
    return 0;
}

bool LegalFormReconciliation::categories_match() const {
    return std::all_of(counted.begin(), counted.end(), [](const SeedTallyLine& l) { return l.seed == l.in_register; });
}

std::vector<int> LegalFormReconciliation::fitted() const {
    std::vector<int> out;
    for (const auto& l : counted) out.insert(out.end(), l.fitted.begin(), l.fitted.end());
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<int> LegalFormReconciliation::difference() const {
    std::vector<int> out;
    for (const auto& l : uncounted) out.insert(out.end(), l.numbers.begin(), l.numbers.end());
    std::sort(out.begin(), out.end());
    return out;
}

LegalFormReconciliation reconcile_seed_legal_forms(const Dataset& dataset) {
    LegalFormReconciliation r;
    const auto partnerships = running(dataset);
    r.register_total = static_cast<int>(partnerships.size());
    for (LegalFormCategory c : all_values<LegalFormCategory>()) {
        const SeedCount* seed = seed_count(c);
        SeedTallyLine line{c, seed ? seed->count : 0, 0, {}, 0, {}};
        for (const Partnership* p : partnerships) {
            if (p->legal_form.category != c) continue;
            ++line.in_register;
            line.numbers.push_back(p->number);
            const auto& provenance = p->legal_form.provenance;
            if (provenance && provenance->is_stated()) ++line.stated;
            if (provenance && provenance->rule == ProvenanceRule::fitted_to_overview) line.fitted.push_back(p->number);
        }
        if (seed) {
            r.seed_sum += seed->count;
            r.counted.push_back(std::move(line));
        } else if (line.in_register > 0) {
            r.uncounted.push_back(std::move(line));
        }
    }
    return r;
}

std::string explain(const LegalFormReconciliation& r, Lang lang) {
    // `counted` follows the enum order, which is the seed's: GR, SOK,
    // convenant, project, overig, as the template numbers them.
    std::vector<std::string> counts;
    for (const auto& l : r.counted) counts.push_back(std::to_string(l.seed));
    std::string out = fill(tr("analysis.seed_legal_forms", lang),
                           {counts[0], counts[1], counts[2], counts[3], counts[4], std::to_string(r.seed_sum),
                            std::to_string(r.stated_total)});
    if (r.register_total != r.stated_total) {
        out += ' ' + fill(tr("analysis.seed_register_total", lang), {std::to_string(r.register_total)});
    }
    for (const auto& l : r.uncounted) {
        out += ' ' + fill(tr("analysis.seed_uncounted", lang), {join_numbers(l.numbers), label(l.category, lang)});
    }
    for (const auto& l : r.counted) {
        if (l.seed == l.in_register) continue;
        out += ' ' + fill(tr("analysis.seed_mismatch", lang), {label(l.category, lang), std::to_string(l.seed),
                                                                std::to_string(l.in_register), join_numbers(l.numbers)});
    }
    if (!r.categories_match()) return out;
    if (r.fitted().empty()) return out + ' ' + tr("analysis.seed_match", lang);
    std::string fitted;
    for (const auto& l : r.counted) {
        if (l.fitted.empty()) continue;
        if (!fitted.empty()) fitted += "; ";
        fitted += fill(tr("analysis.seed_fitted_as", lang), {join_numbers(l.fitted), label(l.category, lang)});
    }
    std::vector<std::string> stated;
    for (const auto& l : r.counted) stated.push_back(std::to_string(l.stated));
    out += ' ' + fill(tr("analysis.seed_fitted", lang), {fitted});
    out += ' ' + fill(tr("analysis.seed_stated_only", lang), {stated[0], stated[1], stated[2], stated[3], stated[4]});
    return out;
}

std::vector<int> not_geographically_clustered(const Dataset& dataset) {
    std::vector<int> out;
    for (const Partnership* p : running(dataset)) {
        if (!p->scale) out.push_back(p->number);
    }
    return out;
}

} // namespace swm
