#include "core/partnership_filter.h"

#include "core/text.h"

#include <algorithm>

namespace swm {
namespace {

template <class T>
bool any_of_or_unset(const std::vector<T>& wanted, const T& value) {
    return wanted.empty() || std::find(wanted.begin(), wanted.end(), value) != wanted.end();
}

bool any_motive(const std::vector<Motive>& wanted, const Partnership& p) {
    if (wanted.empty()) return true;
    return std::any_of(wanted.begin(), wanted.end(), [&](Motive m) { return p.has_motive(m); });
}

bool any_partner(const std::vector<std::string>& wanted, const Partnership& p, bool stated_only) {
    if (wanted.empty()) return true;
    return std::any_of(wanted.begin(), wanted.end(), [&](const std::string& id) {
        return stated_only ? p.has_stated_partner(id) : p.has_partner(id);
    });
}

bool any_layer(const std::vector<TaskLayer>& wanted, const Partnership& p, bool stated_only) {
    if (wanted.empty()) return true;
    const auto layer = p.layer_counted(stated_only);
    return layer && std::find(wanted.begin(), wanted.end(), *layer) != wanted.end();
}

} // namespace

std::string searchable_text(const Partnership& p, const Dataset& dataset) {
    std::string all = p.name + '\n' + p.description + '\n' + p.original_text + '\n' + p.legal_form.text + '\n' +
                      p.motives.text + '\n' + p.decided_by.text + '\n' + p.notes;
    for (const auto& id : p.partners) {
        const Organisation* o = dataset.organisation(id);
        if (!o) continue;
        all += '\n' + o->name;
        for (const auto& alias : o->aliases) all += '\n' + alias;
    }
    return fold_for_search(all);
}

namespace {

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    std::string current;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!current.empty()) out.push_back(std::move(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty()) out.push_back(std::move(current));
    return out;
}

bool text_matches(std::string_view query, const Partnership& p, const Dataset& dataset) {
    const auto terms = search_terms(query);
    if (terms.empty()) return true;
    const std::string haystack = searchable_text(p, dataset);
    return std::all_of(terms.begin(), terms.end(),
                       [&](const std::string& t) { return haystack.find(t) != std::string::npos; });
}

} // namespace

std::vector<std::string> search_terms(std::string_view query) { return words(fold_for_search(query)); }

namespace {

template <class E>
void parse_code(const std::string& key, const std::string& value, std::vector<E>& into, ValidationErrors& errors) {
    if (auto v = from_code<E>(value)) {
        into.push_back(*v);
        return;
    }
    errors.push_back({key, unknown_code_key<E>(), value});
}

void parse_scale(const std::string& value, std::vector<std::optional<Scale>>& into, ValidationErrors& errors) {
    if (value == kNoScaleCode) {
        into.push_back(std::nullopt);
        return;
    }
    if (auto s = from_code<Scale>(value)) {
        into.push_back(*s);
        return;
    }
    errors.push_back({"scale", "validation.unknown_scale", value});
}

template <class E>
void add_codes(QueryParams& q, const char* key, const std::vector<E>& values) {
    for (E v : values) q.emplace(key, std::string(to_code(v)));
}

} // namespace

bool PartnershipFilter::leaves_rows_out() const {
    return !(scales.empty() && layers.empty() && legal_forms.empty() && motives.empty() && statuses.empty() &&
             decided_by.empty() && organisations.empty() && is_blank(text));
}

bool PartnershipFilter::empty() const {
    return !leaves_rows_out() && !stated_only;
}

bool matches(const PartnershipFilter& f, const Partnership& p, const Dataset& dataset) {
    return matches_fields(f, p) && text_matches(f.text, p, dataset);
}

bool matches_fields(const PartnershipFilter& f, const Partnership& p) {
    return any_of_or_unset(f.scales, p.scale) && any_layer(f.layers, p, f.stated_only) &&
           any_of_or_unset(f.legal_forms, p.legal_form_counted(f.stated_only)) && any_motive(f.motives, p) &&
           any_of_or_unset(f.statuses, p.status) && any_of_or_unset(f.decided_by, p.decided_by.category) &&
           any_partner(f.organisations, p, f.stated_only);
}

std::vector<Partnership> apply_filter(const PartnershipFilter& filter, const Dataset& dataset) {
    std::vector<Partnership> out;
    for (const auto& p : dataset.partnerships) {
        if (matches(filter, p, dataset)) out.push_back(p);
    }
    return out;
}

ParsedFilter parse_filter(const QueryParams& params, const Dataset* dataset) {
    ParsedFilter r;
    PartnershipFilter& f = r.filter;
    for (const auto& [key, value] : params) {
        if (key == "scale") {
            parse_scale(value, f.scales, r.errors);
        } else if (key == "layer") {
            parse_code(key, value, f.layers, r.errors);
        } else if (key == "legal_form") {
            parse_code(key, value, f.legal_forms, r.errors);
        } else if (key == "motive") {
            parse_code(key, value, f.motives, r.errors);
        } else if (key == "status") {
            parse_code(key, value, f.statuses, r.errors);
        } else if (key == "decided_by") {
            parse_code(key, value, f.decided_by, r.errors);
        } else if (key == "organisation") {
            if (dataset && !dataset->organisation(value)) r.errors.push_back({key, "validation.unknown_organisation", value});
            f.organisations.push_back(value);
        } else if (key == "q") {
            f.text += f.text.empty() ? value : " " + value;
        } else if (key == "stated_only") {
            if (value == "1") {
                f.stated_only = true;
            } else if (value != "0") {
                r.errors.push_back({key, "validation.expected_flag", value});
            }
        } else {
            r.errors.push_back({key, "validation.unknown_filter", key});
        }
    }
    return r;
}

QueryParams to_query(const PartnershipFilter& f) {
    QueryParams q;
    for (const auto& s : f.scales) q.emplace("scale", scale_code(s));
    add_codes(q, "layer", f.layers);
    add_codes(q, "legal_form", f.legal_forms);
    add_codes(q, "motive", f.motives);
    add_codes(q, "status", f.statuses);
    add_codes(q, "decided_by", f.decided_by);
    for (const auto& id : f.organisations) q.emplace("organisation", id);
    if (!f.text.empty()) q.emplace("q", f.text);
    if (f.stated_only) q.emplace("stated_only", "1");
    return q;
}

} // namespace swm
