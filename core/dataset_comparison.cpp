#include "core/dataset_comparison.h"

#include "core/json_codec.h"

#include <functional>
#include <map>
#include <set>

namespace swm {
namespace {

using nlohmann::json;

struct FieldInfo {
    std::string_view field;
    std::string_view label_key;
    std::string_view code_prefix;  // the labels of the codes it holds; empty for free text
};

// Every field of a partnership the comparison can name. A field added to
// the contract later and missing here is still shown, under its path.
constexpr FieldInfo kFields[] = {
    {"number", "ui.field.number", ""},
    {"name", "ui.field.name", ""},
    {"description", "ui.field.description", ""},
    {"partners", "ui.field.partners", ""},
    {"scale", "ui.field.scale", "scale"},
    {"legal_form.category", "ui.field.legal_form", "legal_form"},
    {"legal_form.gr_kind", "report.field.gr_kind", "gr_kind"},
    {"legal_form.text", "report.field.legal_form_text", ""},
    {"motives.categories", "ui.field.motives", "motive"},
    {"motives.text", "report.field.motives_text", ""},
    {"decided_by.category", "ui.field.decided_by", "decided_by"},
    {"decided_by.text", "report.field.decided_by_text", ""},
    {"layer", "ui.field.layer", "layer"},
    {"status", "ui.field.status", "status"},
    {"start_date", "ui.field.start_date", ""},
    {"end_date", "ui.field.end_date", ""},
    {"source", "ui.field.source", ""},
    {"peildatum", "ui.field.peildatum", ""},
    {"notes", "ui.field.notes", ""},
    {"original_text", "ui.field.original_text", ""},
};

const FieldInfo* info_of(const std::string& field) {
    for (const auto& f : kFields) {
        if (f.field == field) return &f;
    }
    return nullptr;
}

// The fields that differ: nested objects are compared per key
// ("legal_form.category"), lists and other values whole.
void differing_fields(const json& a, const json& b, const std::string& base, std::set<std::string>& out) {
    std::set<std::string> keys;
    if (a.is_object()) for (const auto& [k, v] : a.items()) keys.insert(k);
    if (b.is_object()) for (const auto& [k, v] : b.items()) keys.insert(k);
    for (const auto& k : keys) {
        if (base.empty() && k == "revision") continue;
        const json va = a.is_object() && a.contains(k) ? a[k] : json(nullptr);
        const json vb = b.is_object() && b.contains(k) ? b[k] : json(nullptr);
        if (va == vb) continue;
        const std::string path = base.empty() ? k : base + "." + k;
        if (base.empty() && (va.is_object() || vb.is_object())) differing_fields(va, vb, path, out);
        else out.insert(path);
    }
}

json value_at(const json& record, const std::string& field) {
    const json* at = &record;
    size_t start = 0;
    while (start <= field.size()) {
        const size_t dot = field.find('.', start);
        const std::string key = field.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (!at->is_object() || !at->contains(key)) return nullptr;
        at = &(*at)[key];
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    return *at;
}

std::string organisation_name(const std::string& id, const Dataset& names, const Dataset& fallback) {
    if (const Organisation* o = names.organisation(id)) return o->name;
    if (const Organisation* o = fallback.organisation(id)) return o->name;
    return id;
}

Localized both_languages(const std::function<std::string(Lang)>& text) { return {text(Lang::nl), text(Lang::en)}; }

json encode_localized(const Localized& l) { return {{"nl", l.nl}, {"en", l.en}}; }

} // namespace

DatasetComparison compare_datasets(const Dataset& from, const Dataset& to) {
    DatasetComparison out;
    std::map<int, const Partnership*> before, after;
    for (const auto& p : from.partnerships) before[p.number] = &p;
    for (const auto& p : to.partnerships) after[p.number] = &p;
    for (const auto& [number, p] : after) {
        if (!before.count(number)) out.added.push_back(*p);
    }
    for (const auto& [number, p] : before) {
        const auto it = after.find(number);
        if (it == after.end()) {
            out.removed.push_back(*p);
            continue;
        }
        PartnershipChange change{number, it->second->name, compare_partnerships(*p, *it->second, from, to)};
        if (change.fields.empty()) continue;
        out.changed.push_back(std::move(change));
    }
    return out;
}

std::vector<FieldChange> compare_partnerships(const Partnership& before, const Partnership& after, const Dataset& from,
                                              const Dataset& to) {
    const json a = encode_partnership(before);
    const json b = encode_partnership(after);
    std::set<std::string> fields;
    differing_fields(a, b, "", fields);
    std::vector<FieldChange> out;
    auto add = [&](const std::string& field) {
        FieldChange fc{field, value_at(a, field), value_at(b, field), {}, {}, {}};
        fc.label = both_languages([&](Lang l) { return field_label(field, l); });
        fc.before_text = both_languages([&](Lang l) { return field_value_text(field, fc.before, from, to, l); });
        fc.after_text = both_languages([&](Lang l) { return field_value_text(field, fc.after, to, from, l); });
        out.push_back(std::move(fc));
    };
    // In the order of the contract, then any others by path.
    for (const auto& f : kFields) {
        if (fields.erase(std::string(f.field))) add(std::string(f.field));
    }
    for (const auto& f : fields) add(f);
    return out;
}

std::string field_label(const std::string& field, Lang lang) {
    const FieldInfo* info = info_of(field);
    return info ? std::string(tr(std::string(info->label_key), lang)) : field;
}

std::string field_value_text(const std::string& field, const json& value, const Dataset& names, const Dataset& fallback,
                             Lang lang) {
    if (value.is_null() && field == "scale") return std::string(tr("scale.none", lang));
    if (value.is_null() || (value.is_string() && value.get<std::string>().empty())) return "\xE2\x80\x94";  // "—"
    const FieldInfo* info = info_of(field);
    const std::string prefix = info ? std::string(info->code_prefix) : std::string();
    auto word = [&](const json& v) -> std::string {
        if (!v.is_string()) return v.dump(-1, ' ', false, json::error_handler_t::replace);
        const std::string s = v.get<std::string>();
        if (field == "partners") return organisation_name(s, names, fallback);
        return prefix.empty() ? s : std::string(tr(prefix + "." + s, lang));
    };
    if (!value.is_array()) return word(value);
    std::string out;
    for (const auto& v : value) out += (out.empty() ? "" : ", ") + word(v);
    return out.empty() ? "\xE2\x80\x94" : out;
}

json encode_comparison(const DatasetComparison& c) {
    json added = json::array(), removed = json::array(), changed = json::array();
    for (const auto& p : c.added) added.push_back(encode_partnership(p));
    for (const auto& p : c.removed) removed.push_back(encode_partnership(p));
    for (const auto& pc : c.changed) {
        json fields = json::array();
        for (const auto& f : pc.fields) {
            fields.push_back({{"field", f.field},
                              {"before", f.before},
                              {"after", f.after},
                              {"label", encode_localized(f.label)},
                              {"before_text", encode_localized(f.before_text)},
                              {"after_text", encode_localized(f.after_text)}});
        }
        changed.push_back({{"number", pc.number}, {"name", pc.name}, {"fields", fields}});
    }
    return {{"added", added}, {"removed", removed}, {"changed", changed}};
}

} // namespace swm
