#include "core/validation.h"

#include "core/partial_date.h"
#include "core/text.h"

#include <algorithm>
#include <set>

namespace swm {
namespace {

class Checker {
public:
    explicit Checker(std::string base) : base_(std::move(base)) {}

    void add(const std::string& field, std::string key, std::string detail = {}) {
        errors_.push_back({join_path(base_, field), std::move(key), std::move(detail)});
    }

    void text(const std::string& field, const std::string& value, std::size_t max) {
        if (!is_valid_utf8(value)) {
            add(field, "validation.invalid_utf8");
            return;
        }
        if (utf8_length(value) > max) add(field, "validation.text_too_long", std::to_string(max));
    }

    void name(const std::string& field, const std::string& value, std::size_t max) {
        if (is_blank(value)) {
            add(field, "validation.name_missing");
            return;
        }
        text(field, value, max);
    }

    std::optional<PartialDate> date(const std::string& field, const std::optional<std::string>& value) {
        if (!value) return std::nullopt;
        auto parsed = parse_partial_date(*value);
        if (!parsed) add(field, "validation.date_malformed", *value);
        return parsed;
    }

    ValidationErrors take() { return std::move(errors_); }

private:
    std::string base_;
    ValidationErrors errors_;
};

bool is_slug(std::string_view id) {
    if (id.empty() || id.front() == '-' || id.back() == '-') return false;
    return std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

bool is_cbs_municipality_code(std::string_view code) {
    return code.size() == 6 && code.substr(0, 2) == "GM" &&
           std::all_of(code.begin() + 2, code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void check_partners(Checker& c, const Partnership& p, const Dataset& dataset) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < p.partners.size(); ++i) {
        const std::string& id = p.partners[i];
        const std::string field = index_path("partners", i);
        const Organisation* o = dataset.organisation(id);
        if (!o) c.add(field, "validation.unknown_organisation", id);
        else if (o->merged_into) c.add(field, "validation.partner_merged", id);
        if (!seen.insert(id).second) c.add(field, "validation.duplicate_partner", id);
    }
    if (!p.has_partner(kHofVanTwenteId)) c.add("partners", "validation.hof_van_twente_missing");
}

// Inferred and chosen values say why; a stated one may say how it was read.
void check_provenance(Checker& c, const std::string& field, const Provenance& p) {
    if (!p.is_stated() && is_blank(p.reason)) c.add(field + ".reason", "validation.reason_missing");
    c.text(field + ".reason", p.reason, kMaxTextLength);
}

void check_partner_provenance(Checker& c, const Partnership& p) {
    for (const auto& [id, provenance] : p.partner_provenance) {
        const std::string field = join_path("partner_provenance", id);
        if (!p.has_partner(id)) c.add(field, "validation.provenance_not_partner", id);
        check_provenance(c, field, provenance);
    }
    if (const auto& count = p.partner_count_stated) {
        if (count->count <= 0) {
            c.add("partner_count_stated.count", "validation.number_not_positive", std::to_string(count->count));
        }
        if (is_blank(count->text)) c.add("partner_count_stated.text", "validation.source_text_missing");
        c.text("partner_count_stated.text", count->text, kMaxTextLength);
    }
}

void check_decisions(Checker& c, const std::vector<DatedEvent>& decisions) {
    for (std::size_t i = 0; i < decisions.size(); ++i) {
        const std::string field = index_path("decisions", i);
        const DatedEvent& e = decisions[i];
        if (!parse_partial_date(e.date)) c.add(field + ".date", "validation.date_malformed", e.date);
        c.text(field + ".by", e.by, kMaxNameLength);
        c.text(field + ".subject", e.subject, kMaxTextLength);
        if (is_blank(e.source_text)) c.add(field + ".source_text", "validation.source_text_missing");
        c.text(field + ".source_text", e.source_text, kMaxTextLength);
    }
}

void check_motives(Checker& c, const Motives& motives) {
    std::set<Motive> seen;
    for (std::size_t i = 0; i < motives.categories.size(); ++i) {
        const Motive m = motives.categories[i];
        if (!seen.insert(m).second) {
            c.add(index_path("motives.categories", i), "validation.duplicate_motive", std::string(to_code(m)));
        }
    }
    c.text("motives.text", motives.text, kMaxTextLength);
}

void check_dates(Checker& c, const Partnership& p) {
    const auto start = c.date("start_date", p.start_date);
    const auto end = c.date("end_date", p.end_date);
    if (start && end && compare_at_common_precision(*end, *start) < 0) {
        c.add("end_date", "validation.end_before_start", *p.end_date);
    }
    const auto joined = c.date("joined_date", p.joined_date);
    if (joined && start && compare_at_common_precision(*joined, *start) < 0) {
        c.add("joined_date", "validation.joined_before_start", *p.joined_date);
    }
    if (!p.peildatum.empty()) c.date("peildatum", p.peildatum);
}

void check_partnership_fields(Checker& c, const Partnership& p, const Dataset& dataset) {
    if (p.number <= 0) c.add("number", "validation.number_not_positive", std::to_string(p.number));
    if (p.revision < 1) c.add("revision", "validation.revision_not_positive", std::to_string(p.revision));
    c.name("name", p.name, kMaxNameLength);
    c.text("description", p.description, kMaxTextLength);
    check_partners(c, p, dataset);
    check_partner_provenance(c, p);
    if (p.legal_form.provenance) check_provenance(c, "legal_form.provenance", *p.legal_form.provenance);
    if (p.layer_provenance) check_provenance(c, "layer_provenance", *p.layer_provenance);
    check_decisions(c, p.decisions);
    if (p.legal_form.gr_kind && p.legal_form.category != LegalFormCategory::gemeenschappelijke_regeling) {
        c.add("legal_form.gr_kind", "validation.gr_kind_without_gr", std::string(to_code(*p.legal_form.gr_kind)));
    }
    c.text("legal_form.text", p.legal_form.text, kMaxTextLength);
    check_motives(c, p.motives);
    c.text("decided_by.text", p.decided_by.text, kMaxTextLength);
    check_dates(c, p);
    c.text("source", p.source, kMaxTextLength);
    c.text("notes", p.notes, kMaxTextLength);
    c.text("original_text", p.original_text, kMaxTextLength);
}

void check_organisation_fields(Checker& c, const Organisation& o) {
    if (o.id.empty()) {
        c.add("id", "validation.id_missing");
    } else if (o.kind != OrganisationKind::gemeente && (!is_slug(o.id) || o.id.size() > kMaxIdLength)) {
        c.add("id", "validation.id_malformed", o.id);
    }
    c.name("name", o.name, kMaxNameLength);
    if (o.kind == OrganisationKind::gemeente) {
        if (!o.cbs_code) {
            c.add("cbs_code", "validation.cbs_code_missing");
        } else if (!is_cbs_municipality_code(*o.cbs_code)) {
            c.add("cbs_code", "validation.cbs_code_malformed", *o.cbs_code);
        } else if (o.id != *o.cbs_code) {
            c.add("id", "validation.cbs_code_mismatch", *o.cbs_code);
        }
    } else if (o.cbs_code) {
        c.add("cbs_code", "validation.cbs_code_not_municipality", *o.cbs_code);
    }
    std::set<Scale> seen;
    for (std::size_t i = 0; i < o.regions.size(); ++i) {
        const std::string code(to_code(o.regions[i]));
        if (!is_region(o.regions[i])) c.add(index_path("regions", i), "validation.region_combined", code);
        if (!seen.insert(o.regions[i]).second) c.add(index_path("regions", i), "validation.duplicate_region", code);
    }
    for (std::size_t i = 0; i < o.aliases.size(); ++i) c.text(index_path("aliases", i), o.aliases[i], kMaxNameLength);
    c.text("notes", o.notes, kMaxTextLength);
    c.date("end_date", o.end_date);
    if (o.merged_into && *o.merged_into == o.id) c.add("merged_into", "validation.merge_into_self", o.id);
    if (o.revision < 1) c.add("revision", "validation.revision_not_positive", std::to_string(o.revision));
}

// Where an organisation was merged to must be in the register.
void check_merged_into(Checker& c, const Organisation& o, const Dataset& dataset) {
    if (o.merged_into && *o.merged_into != o.id && !dataset.organisation(*o.merged_into))
        c.add("merged_into", "validation.unknown_organisation", *o.merged_into);
}

// A link to a number no longer in the register is kept: the partnership
// was deleted after the strategy named it, and an export made then must
// import again. Views show only the links that lead somewhere.
void check_layer_items(Checker& c, const std::string& field, const std::vector<LayerItem>& items) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto& numbers = items[i].partnerships;
        for (std::size_t k = 0; k < numbers.size(); ++k) {
            if (numbers[k] <= 0)
                c.add(index_path(index_path(field, i) + ".partnerships", k), "validation.number_not_positive",
                      std::to_string(numbers[k]));
        }
    }
}

void check_strategy(Checker& c, const Dataset& dataset) {
    std::set<TaskLayer> seen;
    const auto& layers = dataset.strategy.layers;
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const std::string field = index_path("strategy.layers", i);
        if (!seen.insert(layers[i].layer).second) {
            c.add(field + ".layer", "validation.duplicate_layer", std::string(to_code(layers[i].layer)));
        }
        check_layer_items(c, field + ".successes", layers[i].successes);
        check_layer_items(c, field + ".opportunities", layers[i].opportunities);
    }
}

void check_commentary(Checker& c, const SourceCommentary& commentary) {
    c.text("commentary.title", commentary.title, kMaxNameLength);
    for (std::size_t i = 0; i < commentary.passages.size(); ++i) {
        const std::string field = index_path("commentary.passages", i);
        const SourcePassage& p = commentary.passages[i];
        const auto& topics = kPassageTopics;
        if (std::find(std::begin(topics), std::end(topics), p.topic) == std::end(topics)) {
            c.add(field + ".topic", "validation.unknown_topic", p.topic);
        }
        c.text(field + ".heading", p.heading, kMaxNameLength);
        c.text(field + ".text", p.text, kMaxTextLength);
    }
}

void append(ValidationErrors& to, ValidationErrors from) {
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

} // namespace

ValidationErrors validate_partnership(const Partnership& p, const Dataset& dataset, std::optional<int> replacing) {
    Checker c("");
    check_partnership_fields(c, p, dataset);
    for (const auto& other : dataset.partnerships) {
        if (replacing && other.number == *replacing) continue;
        if (other.number == p.number) {
            c.add("number", "validation.duplicate_number", std::to_string(p.number));
            break;
        }
    }
    return c.take();
}

ValidationErrors validate_organisation(const Organisation& o) {
    Checker c("");
    check_organisation_fields(c, o);
    ValidationErrors errors = c.take();
    if (o.verbonden_partij) append(errors, validate_verbonden_partij(*o.verbonden_partij, "verbonden_partij", nullptr));
    return errors;
}

ValidationErrors validate_organisation(const Organisation& o, const Dataset& dataset,
                                       const std::optional<std::string>& replacing) {
    Checker c("");
    check_organisation_fields(c, o);
    const Organisation* stored = replacing ? dataset.organisation(*replacing) : nullptr;
    if (replacing && o.id != *replacing) {
        // Partnerships, views and history name it by its id.
        c.add("id", "validation.id_changed", *replacing);
    } else if (!replacing && dataset.organisation(o.id)) {
        c.add("id", "validation.duplicate_organisation", o.id);
    }
    // Only a merge moves the partnerships along; setting the key alone would not.
    const std::optional<std::string> merged_before = stored ? stored->merged_into : std::nullopt;
    if (o.merged_into != merged_before) c.add("merged_into", "validation.merged_into_by_merge", o.merged_into.value_or(""));
    ValidationErrors errors = c.take();
    if (o.verbonden_partij) append(errors, validate_verbonden_partij(*o.verbonden_partij, "verbonden_partij", &dataset));
    return errors;
}

ValidationErrors validate_dataset(const Dataset& dataset) {
    Checker root("");
    if (dataset.peildatum.empty()) {
        root.add("peildatum", "validation.missing_field");
    } else {
        root.date("peildatum", dataset.peildatum);
    }
    root.text("source", dataset.source, kMaxTextLength);
    for (std::size_t i = 0; i < dataset.notes.size(); ++i) root.text(index_path("notes", i), dataset.notes[i], kMaxTextLength);
    check_commentary(root, dataset.commentary);
    check_strategy(root, dataset);
    ValidationErrors errors = root.take();

    std::set<std::string> ids;
    for (std::size_t i = 0; i < dataset.organisations.size(); ++i) {
        Checker c(index_path("organisations", i));
        check_organisation_fields(c, dataset.organisations[i]);
        check_merged_into(c, dataset.organisations[i], dataset);
        if (!ids.insert(dataset.organisations[i].id).second) c.add("id", "validation.duplicate_organisation", dataset.organisations[i].id);
        append(errors, c.take());
        if (const auto& vp = dataset.organisations[i].verbonden_partij) {
            append(errors, validate_verbonden_partij(*vp, index_path("organisations", i) + ".verbonden_partij", &dataset));
        }
    }

    std::set<int> numbers;
    for (std::size_t i = 0; i < dataset.partnerships.size(); ++i) {
        const Partnership& p = dataset.partnerships[i];
        Checker c(index_path("partnerships", i));
        check_partnership_fields(c, p, dataset);
        if (!numbers.insert(p.number).second) c.add("number", "validation.duplicate_number", std::to_string(p.number));
        append(errors, c.take());
    }
    return errors;
}

} // namespace swm

namespace swm {

ValidationErrors validate_snapshot_request(const SnapshotRequest& r) {
    Checker c("");
    c.name("name", r.name, kMaxNameLength);
    if (r.peildatum.empty()) c.add("peildatum", "validation.missing_field");
    else c.date("peildatum", r.peildatum);
    return c.take();
}

} // namespace swm
