#include "native-host/report_changes.h"

#include "native-host/report_dates.h"
#include "native-host/report_html.h"

#include "core/dataset_comparison.h"
#include "core/text.h"

namespace swm::report {
namespace {



std::string scale_text(const Partnership& p) {
    return escape(p.scale ? nl("scale." + std::string(to_code(*p.scale))) : nl("scale.none"));
}

void render_list(const std::string& id, const std::string& heading, const std::string& caption,
                 const std::vector<Partnership>& partnerships, std::string& out) {
    out += "<h3 id=\"" + id + "\">" + escape(heading) + "</h3>";
    if (partnerships.empty()) {
        out += "<p>" + escape(nl("ui.compare.nothing")) + "</p>";
        return;
    }
    out += "<table class=\"changes\"><caption>" + escape(caption) + "</caption>";
    out += table_head({nl("ui.register.col_number"), nl("ui.field.name"), nl("ui.field.scale"), nl("ui.field.status")}) +
           "<tbody>";
    for (const auto& p : partnerships) {
        out += "<tr><th scope=\"row\">" + std::to_string(p.number) + "</th><td>" + escape(p.name) + "</td><td>" +
               scale_text(p) + "</td><td>" + escape(nl("status." + std::string(to_code(p.status)))) + "</td></tr>";
    }
    out += "</tbody></table>";
}

void render_changed(const std::vector<PartnershipChange>& changed, const std::string& snapshot, std::string& out) {
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
        for (const auto& f : c.fields) {
            out += "<tr><th scope=\"row\">" + std::to_string(c.number) + "</th><td>" + escape(c.name) + "</td><td>" +
                   escape(f.label.nl) + "</td><td>" + escape(f.before_text.nl) + "</td><td>" + escape(f.after_text.nl) +
                   "</td></tr>";
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
    const DatasetComparison diff = compare_datasets(since->dataset, input.current->dataset);
    const auto& added = diff.added;
    const auto& removed = diff.removed;
    const auto& changed = diff.changed;
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
    render_changed(changed, since->name, out);
}

} // namespace swm::report
