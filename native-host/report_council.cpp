#include "native-host/report_council.h"

#include "native-host/report_html.h"

#include "core/date_text.h"
#include "core/money.h"
#include "core/text.h"

#include <algorithm>

namespace swm::report {
namespace {

struct Party {
    const Organisation* organisation;
    const VerbondenPartij* vp;
};

// The year the paragraph reports: the report's own year.
int report_year(const ReportInput& in) { return std::stoi(in.written_on.substr(0, 4)); }

std::string yes_no_unknown(const std::optional<bool>& v) {
    if (!v) return nl("report.vp.not_established");
    return nl(*v ? "report.vp.yes" : "report.vp.no");
}

std::string status_text(const VerbondenPartij& v, int year) {
    const auto is = is_verbonden_partij(v, year);
    if (is == true) return nl("report.vp.status_yes");
    if (is == false) return nl("report.vp.status_no");
    return nl("report.vp.status_probable");
}

std::string partnership_names(const VerbondenPartij& v, const Dataset& d) {
    std::vector<std::string> names;
    for (int n : v.partnerships) {
        const Partnership* p = d.partnership(n);
        names.push_back(std::to_string(n) + ". " + (p ? p->name : "?"));
    }
    return names.empty() ? "—" : join_escaped(names);
}

void row(std::string& out, const char* key, const std::string& html) {
    out += "<tr><th scope=\"row\">" + escape(nl(key)) + "</th><td>" + html + "</td></tr>";
}

std::string money(const std::optional<std::int64_t>& euros) { return escape(format_euros(euros, Lang::nl)); }

std::string text_or_dash(const std::string& t) { return t.empty() ? "—" : escape(t); }

// The BBV art. 15 lines of one party in one year.
void paragraph_entry(const Party& party, const ReportInput& in, int year, std::string& out) {
    const VerbondenPartij& v = *party.vp;
    const VerbondenPartijYear* y = v.year(year);
    out += "<table class=\"vp\"><caption>" + escape(party.organisation->name) + "</caption><tbody>";
    row(out, "report.vp.status", escape(status_text(v, year)) +
                                     (v.probable_reason.empty() ? "" : "<span class=\"description\">" + escape(v.probable_reason) + "</span>"));
    row(out, "report.vp.partnerships", partnership_names(v, in.current->dataset));
    row(out, "report.vp.public_interest", text_or_dash(v.public_interest));
    if (!y) {
        row(out, "report.vp.figures", escape(fill(nl("report.vp.no_figures"), {std::to_string(year)})));
        out += "</tbody></table>";
        return;
    }
    row(out, "report.vp.bestuurlijk_belang", escape(yes_no_unknown(y->bestuurlijk_belang)) +
                                                 (y->representation.empty() ? "" : ": " + escape(y->representation)));
    std::string financial = escape(yes_no_unknown(y->financieel_belang));
    if (y->financial_interest) financial += ": " + money(y->financial_interest);
    if (y->financial_interest_kind) financial += " (" + escape(label(*y->financial_interest_kind, Lang::nl)) + ")";
    row(out, "report.vp.financieel_belang", financial);
    row(out, "report.vp.equity", money(y->equity_start) + " / " + money(y->equity_end));
    row(out, "report.vp.liabilities", money(y->liabilities_start) + " / " + money(y->liabilities_end));
    row(out, "report.vp.result", money(y->result));
    row(out, "report.vp.contribution", money(y->contribution));
    std::string risk = y->risk_level ? "<strong>" + escape(label(*y->risk_level, Lang::nl)) + "</strong> " : "";
    row(out, "report.vp.risks", risk + text_or_dash(y->risks));
    if (y->is_override) row(out, "report.vp.override", escape(y->override_reason));
    if (!y->source.empty()) row(out, "report.vp.source", escape(y->source));
    out += "</tbody></table>";
}

// The coming moments of the partnerships that concern the party.
void council_moments(const Party& party, const ReportInput& in, std::string& out) {
    std::vector<const PcMoment*> coming;
    const auto today = parse_civil_date(in.written_on);
    for (const auto& m : in.moments) {
        if (today && m.due && *m.due < *today) continue;  // coming moments only
        const bool concerns = std::find(party.vp->partnerships.begin(), party.vp->partnerships.end(), m.partnership) !=
                              party.vp->partnerships.end();
        if (concerns && m.due && m.state != MomentState::gedaan) coming.push_back(&m);
    }
    if (coming.empty()) {
        out += "<p>" + escape(nl("report.vp.moments")) + " " + escape(nl("report.vp.no_moments")) + "</p>";
        return;
    }
    out += "<table class=\"vp-moments\"><caption>" + escape(nl("report.vp.moments")) + "</caption>" +
           table_head({nl("report.vp.col_date"), nl("report.vp.col_moment"), nl("report.vp.col_state")}) + "<tbody>";
    for (const PcMoment* m : coming) {
        std::string state = escape(label(m->state, Lang::nl));
        if (m->late_for_council) state += " — <strong>" + escape(nl("calendar.late_for_council")) + "</strong>";
        out += "<tr><td>" + escape(format_partial_date(to_iso(*m->due), Lang::nl)) + "</td><td>" +
               escape(label(m->step, Lang::nl)) + " (" + std::to_string(m->partnership) + ")</td><td>" + state + "</td></tr>";
    }
    out += "</tbody></table>";
}

void council_page(const Party& party, const ReportInput& in, int year, std::string& out) {
    const VerbondenPartij& v = *party.vp;
    const VerbondenPartijYear* y = v.year(year);
    out += "<section class=\"council-page\"><h3>" + escape(fill(nl("report.vp.page_title"), {party.organisation->name})) + "</h3>";
    out += "<table class=\"vp\"><caption>" + escape(nl("report.vp.characteristics")) + "</caption><tbody>";
    row(out, "report.vp.what", text_or_dash(v.public_interest));
    row(out, "report.vp.group", v.group ? escape(label(*v.group, Lang::nl)) : "—");
    row(out, "report.vp.representation", y ? text_or_dash(y->representation) : "—");
    row(out, "report.vp.contribution", y ? money(y->contribution) : money(std::nullopt));
    row(out, "report.vp.risk_level", y && y->risk_level ? escape(label(*y->risk_level, Lang::nl)) : "—");
    row(out, "report.vp.evaluation_due", v.evaluation_due ? escape(format_partial_date(*v.evaluation_due, Lang::nl)) : "—");
    row(out, "report.vp.exit_terms", text_or_dash(v.exit_terms));
    out += "</tbody></table>";
    council_moments(party, in, out);
    out += "</section>";
}

} // namespace

void render_council_chapter(const ReportInput& in, std::string& out) {
    const Dataset& d = in.current->dataset;
    const int year = report_year(in);
    std::vector<Party> parties;
    for (const auto& o : d.organisations) {
        if (o.verbonden_partij) parties.push_back({&o, &*o.verbonden_partij});
    }
    out += "<p>" + escape(fill(nl("report.vp.intro"), {std::to_string(year)})) + "</p>";
    if (parties.empty()) {
        out += "<p>" + escape(nl("report.vp.none")) + "</p>";
        return;
    }
    out += "<h3>" + escape(fill(nl("report.vp.paragraph"), {std::to_string(year)})) + "</h3>";
    for (const BbvGroup g : all_values<BbvGroup>()) {
        std::vector<const Party*> in_group;
        for (const auto& p : parties) {
            if (p.vp->group == g) in_group.push_back(&p);
        }
        out += "<h4 class=\"vp-group\">" + escape(label(g, Lang::nl)) + "</h4>";
        if (in_group.empty()) out += "<p>" + escape(nl("report.vp.group_empty")) + "</p>";
        for (const Party* p : in_group) paragraph_entry(*p, in, year, out);
    }
    const bool ungrouped = std::any_of(parties.begin(), parties.end(), [](const Party& p) { return !p.vp->group; });
    if (ungrouped) {
        out += "<h4 class=\"vp-group\">" + escape(nl("report.vp.ungrouped")) + "</h4>";
        for (const auto& p : parties) {
            if (!p.vp->group) paragraph_entry(p, in, year, out);
        }
    }
    for (const auto& p : parties) council_page(p, in, year, out);
}

} // namespace swm::report
