#include "native-host/report_analysis.h"

#include "native-host/report_charts.h"
#include "native-host/report_html.h"

#include "core/text.h"

namespace swm::report {
namespace {

struct Dimension {
    const char* id;          // for element ids
    const char* heading;     // i18n key of the field's name
    const char* label_prefix;
    const std::vector<Tally>* tallies;
    const char* topic = "";  // the analysis key the overview's own words comment on
};

// The overview's own first analysis, verbatim, beside the figures it is about.
void render_source_quote(const Dataset& d, std::string_view topic, std::string& out) {
    for (const SourcePassage* p : d.commentary.on(topic)) {
        out += "<p class=\"source-says\">" + escape(fill(nl("ui.analysis.source_says"), {d.commentary.title, p->heading})) +
               "</p><blockquote>" + escape(p->text) + "</blockquote>";
    }
}

std::string code_label(const char* prefix, const std::string& code) {
    return nl(std::string(prefix) + "." + code);
}

void render_dimension(const Dataset& dataset, const Dimension& d, std::string& out) {
    const std::string heading = nl(d.heading);
    const bool by_scale = std::string_view(d.label_prefix) == "scale";
    std::vector<Bar> bars;
    for (const auto& t : *d.tallies)
        bars.push_back({code_label(d.label_prefix, t.code), t.count, by_scale ? scale_colour(t.code) : "#0072B2"});

    out += "<section class=\"dimension\" aria-labelledby=\"h-" + std::string(d.id) + "\">";
    out += "<h3 id=\"h-" + std::string(d.id) + "\">" + escape(heading) + "</h3>";
    render_source_quote(dataset, d.topic, out);
    out += "<figure>" + bar_chart_svg("chart-" + std::string(d.id), fill(nl("report.analysis.chart_title"), {heading}), bars);
    out += "<figcaption>" + escape(fill(nl("report.analysis.chart_caption"), {heading})) + "</figcaption></figure>";
    out += "<table class=\"tally\"><caption>" + escape(fill(nl("report.analysis.table_caption"), {heading})) + "</caption>";
    out += table_head({heading, nl("report.analysis.count_column"), nl("ui.analysis.numbers_column")}) + "<tbody>";
    for (const auto& t : *d.tallies) {
        out += "<tr><th scope=\"row\">" + escape(code_label(d.label_prefix, t.code)) + "</th><td class=\"num\">" +
               std::to_string(t.count) + "</td><td>" + number_list(t.numbers) + "</td></tr>";
    }
    out += "</tbody></table></section>";
}

void render_layer_by_scale(const Crosstab& c, std::string& out) {
    const std::string title = nl("ui.analysis.layer_by_scale");
    out += "<section class=\"dimension\" aria-labelledby=\"h-layer-by-scale\">";
    out += "<h3 id=\"h-layer-by-scale\">" + escape(title) + "</h3>";
    out += "<table class=\"crosstab\"><caption>" + escape(nl("report.analysis.crosstab_caption")) + "</caption>";
    std::vector<std::string> head = {nl("ui.field.layer")};
    for (const auto& col : c.columns) head.push_back(code_label("scale", col));
    out += table_head(head) + "<tbody>";
    for (size_t r = 0; r < c.rows.size(); ++r) {
        out += "<tr><th scope=\"row\">" + escape(code_label("layer", c.rows[r])) + "</th>";
        for (int v : c.cells[r]) out += "<td class=\"num\">" + std::to_string(v) + "</td>";
        out += "</tr>";
    }
    out += "</tbody></table></section>";
}

// "9 GR, 4 SOK, ..." of the overview next to the register's own count.
void render_seed_tally(const Dataset& dataset, std::string& out) {
    const LegalFormReconciliation r = reconcile_seed_legal_forms(dataset);
    out += "<section class=\"dimension\" aria-labelledby=\"h-seed\">";
    out += "<h3 id=\"h-seed\">" + escape(nl("ui.analysis.seed_title")) + "</h3>";
    render_source_quote(dataset, "by_legal_form", out);
    out += "<table class=\"tally\"><caption>" + escape(nl("report.analysis.seed_caption")) + "</caption>";
    out += table_head({nl("ui.field.legal_form"), nl("ui.analysis.seed_column"), nl("report.analysis.register_running_column"),
                       nl("ui.analysis.numbers_column")}) +
           "<tbody>";
    auto row = [&](const SeedTallyLine& l, bool counted) {
        out += "<tr><th scope=\"row\">" + escape(label(l.category, Lang::nl)) + "</th><td class=\"num\">" +
               (counted ? std::to_string(l.seed) : "—") + "</td><td class=\"num\">" + std::to_string(l.in_register) +
               "</td><td>" + number_list(l.numbers) + "</td></tr>";
    };
    for (const auto& l : r.counted) row(l, true);
    for (const auto& l : r.uncounted) row(l, false);
    out += "</tbody><tfoot><tr><th scope=\"row\">" + escape(nl("ui.analysis.total")) + "</th><td class=\"num\">" +
           std::to_string(r.seed_sum) + "</td><td class=\"num\">" + std::to_string(r.register_total) +
           "</td><td></td></tr></tfoot></table>";
    out += "<p>" + escape(explain(r, Lang::nl)) + "</p></section>";
}

// Where inferred or chosen data counts: the register's figure beside the
// figure with only what the overview states.
void render_stated_only(const Dataset& dataset, const Analysis& a, std::string& out) {
    const Analysis stated = analyse(dataset, dataset.partnerships, true);
    std::string rows;
    auto add = [&](const std::string& what, int with, int only) {
        if (with == only) return;
        rows += "<tr><th scope=\"row\">" + escape(what) + "</th><td class=\"num\">" + std::to_string(with) +
                "</td><td class=\"num\">" + std::to_string(only) + "</td></tr>";
    };
    for (const auto& t : stated.by_legal_form)
        add(nl("ui.field.legal_form") + ": " + code_label("legal_form", t.code), count_of(a.by_legal_form, t.code), t.count);
    for (const auto& t : stated.by_layer)
        add(nl("ui.field.layer") + ": " + code_label("layer", t.code), count_of(a.by_layer, t.code), t.count);
    int shown = 0;
    for (const auto& s : a.shared_with_hof_van_twente) {
        int only = 0;
        for (const auto& o : stated.shared_with_hof_van_twente)
            if (o.organisation_id == s.organisation_id) only = o.count;
        if (only == s.count || shown++ >= 10) continue;
        const Organisation* o = dataset.organisation(s.organisation_id);
        add(fill(nl("report.analysis.shared_row"), {o ? o->name : s.organisation_id}), s.count, only);
    }
    if (rows.empty()) return;
    out += "<section class=\"dimension\" aria-labelledby=\"h-stated\">";
    out += "<h3 id=\"h-stated\">" + escape(nl("ui.analysis.differences_title")) + "</h3>";
    out += "<p>" + escape(nl("report.analysis.stated_intro")) + "</p>";
    out += "<table class=\"tally\"><caption>" + escape(nl("ui.analysis.differences_hint")) + "</caption>";
    out += table_head({"", nl("ui.analysis.with_inferred"), nl("ui.analysis.stated_only_column")}) + "<tbody>" + rows +
           "</tbody></table></section>";
}

} // namespace

void render_analysis_chapter(const Dataset& dataset, const Analysis& a, std::string& out) {
    out += "<p>" + escape(fill(nl("ui.analysis.over_all"), {std::to_string(a.total)})) + " " +
           escape(nl("report.analysis.intro")) + "</p>";
    render_dimension(dataset, {"scale", "ui.field.scale", "scale", &a.by_scale, "by_scale"}, out);
    const std::vector<int> unclustered = not_geographically_clustered(dataset);
    out += "<p>" + escape(fill(nl("report.analysis.not_clustered"), {std::to_string(unclustered.size()), number_list(unclustered),
                                                                      std::to_string(kSeedNotClustered)})) + "</p>";
    render_layer_by_scale(a.layer_by_scale, out);
    render_dimension(dataset, {"legal-form", "ui.field.legal_form", "legal_form", &a.by_legal_form}, out);
    render_seed_tally(dataset, out);
    render_dimension(dataset, {"layer", "ui.field.layer", "layer", &a.by_layer}, out);
    // Ordered so that pairs of them fill a printed page.
    render_dimension(dataset, {"decided-by", "ui.field.decided_by", "decided_by", &a.by_decided_by, "by_decided_by"}, out);
    render_dimension(dataset, {"motive", "ui.field.motives", "motive", &a.by_motive, "by_motive"}, out);
    render_stated_only(dataset, a, out);
}

} // namespace swm::report
