#include "native-host/report.h"

#include "native-host/build_info.h"
#include "native-host/geo_store.h"
#include "native-host/report_analysis.h"
#include "native-host/calendar_api.h"
#include "native-host/report_changes.h"
#include "native-host/report_council.h"
#include "native-host/report_dates.h"
#include "native-host/report_html.h"
#include "native-host/report_map.h"
#include "native-host/report_style.h"

#include "core/text.h"

#include <algorithm>
#include <iterator>

namespace swm {
namespace {

using nlohmann::json;
using report::escape;
using report::nl;


// The chapters in order: element id and i18n key of the title.
struct Chapter {
    const char* id;
    const char* title;
};
constexpr Chapter kChapters[] = {
    {"register", "report.register.title"}, {"analyse", "report.analysis.title"},
    {"kaart", "report.map.title"},         {"strategie", "report.strategy.title"},
    {"verbonden-partijen", "report.vp.title"}, {"wijzigingen", "report.changes.title"},
    {"verantwoording", "report.account.title"},
};

enum ChapterIndex : size_t { kRegister, kAnalysis, kMap, kStrategy, kCouncil, kChanges, kAccount };

std::string chapter_title(size_t index, const ReportInput& in) {
    if (index == kChanges && in.since) return fill(nl("report.changes.title_since"), {in.since->name});
    return nl(kChapters[index].title);
}

// Opens the chapter's <section> with its numbered heading; the caller closes it.
void chapter_start(size_t index, const ReportInput& in, std::string& out, const char* extra_class = "") {
    const std::string id = kChapters[index].id;
    out += "<section class=\"chapter" + std::string(extra_class) + "\" id=\"" + id + "\" aria-labelledby=\"h-" + id + "\">";
    out += "<h2 id=\"h-" + id + "\">" + std::to_string(index + 1) + ". " + escape(chapter_title(index, in)) + "</h2>";
}

std::string status_summary(const Analysis& a) {
    std::vector<std::string> parts;
    for (const auto& t : a.by_status)
        if (t.count > 0) parts.push_back(nl("status." + t.code) + ": " + std::to_string(t.count));
    return escape(fill(nl("report.title.total"), {std::to_string(a.total)})) + " (" + report::join_escaped(parts) + ")";
}

void render_title_page(const ReportInput& in, const Analysis& a, std::string& out) {
    const Dataset& d = in.current->dataset;
    out += "<header class=\"title-page\">";
    out += "<p class=\"org\">" + escape(nl("report.title.organisation")) + "</p>";
    out += "<h1>" + escape(nl("report.title.heading")) + "</h1>";
    out += "<p class=\"subtitle\">" + escape(nl("report.title.subtitle")) + "</p><dl>";
    auto fact = [&](const char* key, const std::string& html) {
        out += "<dt>" + escape(nl(key)) + "</dt><dd>" + html + "</dd>";
    };
    fact("ui.field.peildatum", escape(report::format_date(d.peildatum)));
    fact("report.title.written_on", escape(report::format_date(in.written_on)));
    fact("report.title.contents_count", status_summary(a));
    fact("ui.field.source", escape(d.source));
    if (in.since)
        fact("report.title.compared_with", escape(fill(nl("report.title.snapshot"), {in.since->name, report::format_date(in.since->peildatum)})));
    out += "</dl><nav aria-labelledby=\"h-inhoud\"><h2 id=\"h-inhoud\">" + escape(nl("report.title.contents")) + "</h2><ol>";
    for (size_t i = 0; i < std::size(kChapters); ++i)
        out += "<li><a href=\"#" + std::string(kChapters[i].id) + "\">" + escape(chapter_title(i, in)) + "</a></li>";
    out += "</ol></nav></header>";
}

// Whether every municipality of `region` but Hof van Twente is a partner.
bool has_whole_region(const Partnership& p, const Dataset& d, Scale region) {
    int members = 0;
    for (const auto& o : d.organisations) {
        if (o.kind != OrganisationKind::gemeente || o.id == kHofVanTwenteId || !o.in_region(region)) continue;
        if (!p.has_partner(o.id)) return false;
        ++members;
    }
    return members > 0;
}

// Partners but Hof van Twente, a whole region said as such instead of
// thirteen or eight names.
std::vector<std::string> names_of(const Partnership& p, const std::vector<std::string>& ids, const Dataset& d) {
    Partnership subset = p;
    subset.partners = ids;
    std::vector<std::string> names;
    std::vector<Scale> whole;
    for (const Scale region : {Scale::twente, Scale::achterhoek}) {
        if (!has_whole_region(subset, d, region)) continue;
        whole.push_back(region);
        names.push_back(fill(nl("report.register.whole_region"), {label(region, Lang::nl)}));
    }
    for (const auto& id : ids) {
        const Organisation* o = d.organisation(id);
        if (id == kHofVanTwenteId) continue;
        const bool in_whole = o && o->kind == OrganisationKind::gemeente &&
                              std::any_of(whole.begin(), whole.end(), [&](Scale r) { return o->in_region(r); });
        if (!in_whole) names.push_back(o ? o->name : id);
    }
    return names;
}

// The partners the overview names, then, marked, those the register
// inferred or chose, and a count the overview gives without names.
std::string partner_names(const Partnership& p, const Dataset& d) {
    std::string out;
    for (const auto& g : p.partner_groups()) {
        const std::vector<std::string> names = names_of(p, g.ids, d);
        if (names.empty()) continue;
        const bool stated = g.provenance && g.provenance->is_stated();
        if (!out.empty()) out += "<br>";
        if (!stated) out += "<span class=\"inferred\">" + escape(partner_group_title(g.provenance, Lang::nl)) + ":</span> ";
        out += report::join_escaped(names);
    }
    if (p.partner_count_stated) {
        if (!out.empty()) out += "<br>";
        out += "<span class=\"inferred\">" +
               escape(fill(nl("provenance.count_stated"), {std::to_string(p.partner_count_stated->count), p.partner_count_stated->text})) +
               "</span>";
    }
    return out.empty() ? "—" : out;
}

// The basis of a value the overview does not state, as a short mark.
std::string basis_mark(const std::optional<Provenance>& p) {
    if (p && p->is_stated()) return "";
    const std::string code = p ? std::string(to_code(p->basis)) : "unrecorded";
    return " <span class=\"inferred\">(" + escape(nl("report.basis_mark." + code)) + ")</span>";
}

// Joining and decisions: dates that are not the partnership's start.
std::string dates_text(const Partnership& p) {
    std::string out;
    if (p.joined_date) {
        out += "<span class=\"description\">" + escape(nl("ui.field.joined_date")) + ": " +
               escape(report::format_date(*p.joined_date)) + "</span>";
    }
    for (const auto& e : p.decisions) {
        out += "<span class=\"description\">" +
               escape(fill(nl("provenance.decision"), {report::format_date(e.date), e.by, e.subject})) + "</span>";
    }
    return out;
}

std::string legal_form_text(const LegalForm& f) {
    std::string text = escape(label(f.category, Lang::nl));
    if (f.gr_kind) text += " (" + escape(label(*f.gr_kind, Lang::nl)) + ")";
    return text;
}

std::string motives_text(const Motives& m) {
    std::vector<std::string> names;
    for (const Motive motive : m.categories) names.push_back(label(motive, Lang::nl));
    return names.empty() ? escape(nl("motive.none")) : report::join_escaped(names);
}

void render_register_table(const Dataset& d, PartnershipStatus status, std::string& out) {
    std::vector<const Partnership*> rows;
    for (const auto& p : d.partnerships)
        if (p.status == status) rows.push_back(&p);
    if (rows.empty()) return;
    out += "<table><caption>" + escape(fill(nl("report.register.caption"), {label(status, Lang::nl), std::to_string(rows.size())})) +
           "</caption><colgroup><col class=\"number\"><col class=\"name\"><col class=\"scale\"><col class=\"partners\">"
           "<col class=\"legal-form\"><col class=\"motives\"><col class=\"decided-by\"><col class=\"layer\"></colgroup>";
    out += report::table_head({nl("ui.register.col_number"), nl("report.register.col_partnership"), nl("ui.field.scale"),
                               nl("report.register.col_partners"), nl("ui.field.legal_form"), nl("ui.field.motives"),
                               nl("ui.field.decided_by"), nl("ui.field.layer")}) +
           "<tbody>";
    for (const Partnership* p : rows) {
        out += "<tr><th scope=\"row\">" + std::to_string(p->number) + "</th><td><strong>" + escape(p->name) + "</strong>";
        if (!p->description.empty()) out += "<span class=\"description\">" + escape(p->description) + "</span>";
        out += dates_text(*p);
        const bool unknown = p->legal_form.category == LegalFormCategory::onbekend;
        out += "</td><td>" + escape(scale_label(p->scale, Lang::nl)) + "</td><td>" + partner_names(*p, d) + "</td><td>" +
               legal_form_text(p->legal_form) + (unknown ? "" : basis_mark(p->legal_form.provenance)) + "</td><td>" +
               motives_text(p->motives) + "</td><td>" + escape(label(p->decided_by.category, Lang::nl)) + "</td><td>" +
               escape(label(p->layer, Lang::nl)) + basis_mark(p->layer_provenance) + "</td></tr>";
    }
    out += "</tbody></table>";
}

void render_register(const ReportInput& in, std::string& out) {
    const Dataset& d = in.current->dataset;
    chapter_start(kRegister, in, out, " register");
    out += "<p>" + escape(nl("report.register.intro")) + "</p>";
    for (const PartnershipStatus s : all_values<PartnershipStatus>()) render_register_table(d, s, out);
    out += "</section>";
}

std::string heading_html(const Heading& h) {
    return report::mark_phrases(h.text, {h.emphasis}, "em");
}

void render_statements(const Heading& heading, const std::vector<Statement>& statements, std::string& out) {
    out += "<h3>" + heading_html(heading) + "</h3><ol class=\"statements\">";
    for (const auto& s : statements)
        out += "<li value=\"" + std::to_string(s.number) + "\">" + report::mark_phrases(s.text, s.key_phrases, "strong") + "</li>";
    out += "</ol>";
}

void render_strategy(const ReportInput& in, std::string& out) {
    const Strategy& s = in.current->dataset.strategy;
    chapter_start(kStrategy, in, out);
    out += "<p>" + escape(fill(nl("report.strategy.intro"), {s.source})) + " " + escape(nl("report.strategy.key_phrases")) + "</p>";
    render_statements(s.goals_heading, s.goals, out);
    render_statements(s.principles_heading, s.principles, out);
    out += "</section>";
}

void render_account(const ReportInput& in, std::string& out) {
    const Dataset& d = in.current->dataset;
    chapter_start(kAccount, in, out);
    out += "<p>" + escape(fill(nl("report.account.source"), {d.source, report::format_date(d.peildatum)})) + "</p>";
    if (!d.notes.empty()) {
        out += "<h3>" + escape(nl("report.account.notes")) + "</h3><ul>";
        for (const auto& n : d.notes) out += "<li>" + escape(n) + "</li>";
        out += "</ul>";
    }
    out += "<h3>" + escape(nl("report.account.map")) + "</h3><p>";
    out += escape(report::map_source_text(in));
    out += "</p><p>" + escape(fill(nl("report.account.written"), {kVersion, report::format_date(in.written_on)})) + "</p>";
    out += "</section>";
}

} // namespace

std::string render_report(const ReportInput& in) {
    const Dataset& d = in.current->dataset;
    const Analysis analysis = analyse(d, d.partnerships);
    const std::string title = nl("report.title.heading") + " – " + nl("report.title.organisation");
    std::string out = "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";
    // No icon to fetch: the saved file must not ask the monitor for one.
    out += "<link rel=\"icon\" href=\"data:,\">";
    out += "<title>" + escape(title) + "</title><style>";
    out += report::report_css(fill(nl("report.footer"), {report::format_date(d.peildatum)}));
    out += "</style></head><body>";
    render_title_page(in, analysis, out);
    out += "<main>";
    render_register(in, out);
    chapter_start(kAnalysis, in, out);
    report::render_analysis_chapter(d, analysis, out);
    out += "</section>";
    chapter_start(kMap, in, out);
    report::render_map_chapter(in, analysis, out);
    out += "</section>";
    render_strategy(in, out);
    chapter_start(kCouncil, in, out);
    report::render_council_chapter(in, out);
    out += "</section>";
    chapter_start(kChanges, in, out);
    report::render_changes_chapter(in, out);
    out += "</section>";
    render_account(in, out);
    out += "</main></body></html>\n";
    return out;
}

std::optional<ReportInput> gather_report_input(Store& store, GeoStore& geo, std::optional<int64_t> since,
                                               std::string& error) {
    ReportInput in;
    in.current = store.current();
    in.written_on = report::today_iso();
    std::string available;
    for (const SnapshotInfo& s : store.snapshots()) {
        available += (available.empty() ? "" : ", ") + std::to_string(s.id) + " (" + s.name + ")";
        if (in.since || (since && *since != s.id)) continue;
        auto dataset = store.snapshot_dataset(s.id);
        if (!dataset || !dataset->ok()) continue;
        in.since = ReportSnapshot{s.id, s.name, s.peildatum, s.taken_at, std::move(dataset->value)};
    }
    if (since && !in.since) {
        error = fill(nl("report.unknown_snapshot"), {std::to_string(*since), available.empty() ? nl("report.no_snapshots") : available});
        return std::nullopt;
    }
    const auto map = geo.active();
    in.map = map->map;
    in.map_provenance = map->provenance;
    return in;
}

void add_council_moments(ReportInput& input, const std::string& db_path) {
    CalendarStore calendar(db_path);
    const CouncilCalendar c = load_council_calendar(calendar, input.current->dataset);
    const CivilDate today = parse_civil_date(input.written_on).value_or(today_utc());
    input.moments = pc_calendar(input.current->dataset, c, today.year, today);
}

} // namespace swm
