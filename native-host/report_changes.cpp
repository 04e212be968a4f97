#include "native-host/report_changes.h"

#include "native-host/register_service.h"
#include "native-host/report_dates.h"
#include "native-host/report_html.h"

#include "core/text.h"

namespace swm::report {
namespace {

using nlohmann::json;


// The i18n key of a changed field as compare_datasets() names it.
std::string field_label(const std::string& field) {
    struct Entry { std::string_view field, key; };
    static constexpr Entry kFields[] = {
        {"decided_by.category", "ui.field.decided_by"}, {"decided_by.text", "report.field.decided_by_text"},
        {"description", "ui.field.description"},       {"end_date", "ui.field.end_date"},
        {"layer", "ui.field.layer"},                   {"legal_form.category", "ui.field.legal_form"},
        {"legal_form.gr_kind", "report.field.gr_kind"}, {"legal_form.text", "report.field.legal_form_text"},
        {"motives.categories", "ui.field.motives"},     {"motives.text", "report.field.motives_text"},
        {"name", "ui.field.name"},                     {"notes", "ui.field.notes"},
        {"number", "ui.field.number"},                 {"original_text", "ui.field.original_text"},
        {"partners", "ui.field.partners"},             {"peildatum", "ui.field.peildatum"},
        {"scale", "ui.field.scale"},                   {"source", "ui.field.source"},
        {"start_date", "ui.field.start_date"},         {"status", "ui.field.status"},
    };
    for (const auto& e : kFields)
        if (e.field == field) return nl(e.key);
    return field;
}

// The label list ("scale", "layer", ...) whose codes a field holds; empty
// for free text.
std::string_view code_list(const std::string& field) {
    if (field == "scale") return "scale";
    if (field == "layer") return "layer";
    if (field == "status") return "status";
    if (field == "legal_form.category") return "legal_form";
    if (field == "legal_form.gr_kind") return "gr_kind";
    if (field == "decided_by.category") return "decided_by";
    if (field == "motives.categories") return "motive";
    return {};
}

std::string organisation_name(const Dataset& dataset, const std::string& id) {
    const Organisation* o = dataset.organisation(id);
    return o ? o->name : id;
}

// A field's value in words: labels for codes, names for partners, "—" for
// nothing; escaped.
std::string value_text(const std::string& field, const json& value, const Dataset& dataset) {
    if (value.is_null() && field == "scale") return escape(nl("scale.none"));
    if (value.is_null() || (value.is_string() && value.get<std::string>().empty())) return "—";
    const std::string_view list = code_list(field);
    auto word = [&](const json& v) {
        if (!v.is_string()) return v.dump();
        const std::string s = v.get<std::string>();
        if (field == "partners") return organisation_name(dataset, s);
        return list.empty() ? s : nl(std::string(list) + "." + s);
    };
    if (!value.is_array()) return escape(word(value));
    std::vector<std::string> words;
    for (const auto& v : value) words.push_back(word(v));
    return words.empty() ? "—" : join_escaped(words);
}

std::string scale_text(const json& p) {
    const json& scale = p.contains("scale") ? p["scale"] : json();
    return escape(scale.is_string() ? nl("scale." + scale.get<std::string>()) : nl("scale.none"));
}

void render_list(const std::string& id, const std::string& heading, const std::string& caption, const json& partnerships,
                 std::string& out) {
    out += "<h3 id=\"" + id + "\">" + escape(heading) + "</h3>";
    if (partnerships.empty()) {
        out += "<p>" + escape(nl("ui.compare.nothing")) + "</p>";
        return;
    }
    out += "<table class=\"changes\"><caption>" + escape(caption) + "</caption>";
    out += table_head({nl("ui.register.col_number"), nl("ui.field.name"), nl("ui.field.scale"), nl("ui.field.status")}) +
           "<tbody>";
    for (const auto& p : partnerships) {
        out += "<tr><th scope=\"row\">" + std::to_string(p.value("number", 0)) + "</th><td>" + escape(p.value("name", "")) +
               "</td><td>" + scale_text(p) + "</td><td>" + escape(nl("status." + p.value("status", ""))) + "</td></tr>";
    }
    out += "</tbody></table>";
}

void render_changed(const json& changed, const std::string& snapshot, const Dataset& dataset, std::string& out) {
    const std::string heading = fill(nl("ui.compare.changed"), {std::to_string(changed.size())});
    out += "<h3 id=\"h-changed\">" + escape(heading) + "</h3>";
    if (changed.empty()) {
        out += "<p>" + escape(nl("ui.compare.nothing")) + "</p>";
        return;
    }
    out += "<table class=\"changes\"><caption>" + escape(fill(nl("report.changes.changed_caption"), {snapshot})) +
           "</caption>";
    out += table_head({nl("ui.register.col_number"), nl("ui.field.name"), nl("report.changes.col_field"),
                       fill(nl("report.changes.col_before"), {snapshot}), nl("report.changes.col_after")}) +
           "<tbody>";
    for (const auto& c : changed) {
        for (const auto& f : c["fields"]) {
            const std::string field = f.value("field", "");
            out += "<tr><th scope=\"row\">" + std::to_string(c.value("number", 0)) + "</th><td>" +
                   escape(c.value("name", "")) + "</td><td>" + escape(field_label(field)) + "</td><td>" +
                   value_text(field, f["before"], dataset) + "</td><td>" + value_text(field, f["after"], dataset) + "</td></tr>";
        }
    }
    out += "</tbody></table>";
}

} // namespace

void render_changes_chapter(const ReportInput& input, std::string& out) {
    const auto& since = input.since;
    if (!since) {
        out += "<p>" + escape(nl("report.changes.no_snapshot")) + "</p>";
        return;
    }
    const json diff = compare_datasets(since->dataset, input.current->json);
    const json& added = diff["added"];
    const json& removed = diff["removed"];
    const json& changed = diff["changed"];
    out += "<p>" + escape(fill(nl("report.changes.intro"), {since->name, format_date(since->peildatum),
                                                             format_timestamp_day(since->taken_at)})) + "</p>";
    if (added.empty() && removed.empty() && changed.empty()) {
        out += "<p><strong>" + escape(nl("report.changes.none")) + "</strong></p>";
        return;
    }
    out += "<p>" + escape(fill(nl("report.changes.summary"), {std::to_string(added.size()), std::to_string(removed.size()),
                                                               std::to_string(changed.size())})) + "</p>";
    render_list("h-added", fill(nl("ui.compare.added"), {std::to_string(added.size())}),
                fill(nl("report.changes.added_caption"), {since->name}), added, out);
    render_list("h-removed", fill(nl("ui.compare.removed"), {std::to_string(removed.size())}),
                fill(nl("report.changes.removed_caption"), {since->name}), removed, out);
    render_changed(changed, since->name, input.current->dataset, out);
}

} // namespace swm::report
