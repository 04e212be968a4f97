#include "core/pc_calendar.h"

#include <algorithm>

namespace swm {
namespace {

// Where each rule comes from and how far it was checked here. The Wgr's
// consolidated text (BWBR0003740) was not reachable from this workplace; the
// wording below was read in the parallel provisions for provinces (art. 58,
// wetten.legaltools.nl; art. 91, wetboek-online.nl) and BZK's explanation
// (kennisopenbaarbestuur.nl, 20-01-2023), which say the same of art. 34-35.
constexpr const char* kKaders =
    "Wgr art. 34b (Stb. 2022, 18): de algemene financiële en beleidsmatige kaders vóór 30 april aan de raden. "
    "Termijn uit secundaire bronnen (gemeente.nu, kennisopenbaarbestuur.nl); wettekst niet ingezien.";
constexpr const char* kVoorlopig =
    "Wgr art. 34b (Stb. 2022, 18): de voorlopige jaarrekening vóór 30 april aan de raden. "
    "Termijn uit secundaire bronnen; wettekst niet ingezien.";
constexpr const char* kOntwerp =
    "Wgr art. 35 lid 1 (Stb. 2022, 18): de ontwerpbegroting twaalf weken voordat zij aan het algemeen bestuur wordt "
    "aangeboden (bij een gemeenschappelijk orgaan: voordat het haar vaststelt) aan de raden. Gerekend tot het aanbieden, "
    "zoals in de gelijkluidende art. 91 (provincies); terugrekening, dus geen verlenging (Atw art. 1 lid 2).";
constexpr const char* kZienswijze =
    "Wgr art. 35 lid 3: de raden kunnen hun zienswijze naar voren brengen; het bestuur voegt ze bij de ontwerpbegroting "
    "zoals die aan het algemeen bestuur wordt aangeboden en reageert schriftelijk en gemotiveerd (kennisopenbaarbestuur.nl). "
    "Uiterlijk de dag vóór het aanbieden; lidnummer niet in de wettekst gecontroleerd.";
constexpr const char* kBegrotingGs =
    "Wgr art. 34 (Stb. 2022, 18): de begroting binnen twee weken na vaststelling, in ieder geval vóór 15 september, aan "
    "Gedeputeerde Staten; wortelt in de gelijkluidende art. 58 lid 2. De twee weken worden verlengd volgens Atw art. 1 "
    "lid 1; de vaste datum niet (een kalenderdatum, geen termijn: zo blijft de vroegste lezing staan).";
constexpr const char* kJaarrekeningGs =
    "Wgr art. 34 (Stb. 2022, 18): de jaarrekening binnen twee weken na vaststelling, in ieder geval vóór 15 juli, aan "
    "Gedeputeerde Staten; gelijkluidend aan art. 58 lid 4. Twee weken verlengd volgens Atw art. 1 lid 1; de vaste "
    "datum niet.";
constexpr const char* kRegeling =
    "Wgr art. 1 (Kamerstuk 35513, nr. 2): de raden brengen binnen acht weken hun zienswijze uit op een ontwerp tot "
    "treffen, wijzigen, toetreden of uittreden; toestemming alleen te onthouden wegens strijd met het recht of het "
    "algemeen belang (art. 1 lid 2). Acht weken uit de wetsvoorstel-tekst, niet uit de geconsolideerde wet; verlengd "
    "volgens Atw art. 1 lid 1.";

const PcRule* rule_for(const CouncilCalendar& c, PcStep step) {
    for (const auto& r : c.rules) {
        if (r.step == step) return &r;
    }
    return nullptr;
}

std::optional<CivilDate> event_date(const RegelingYear* ry, PcEventKind kind) {
    if (!ry) return std::nullopt;
    for (const auto& e : ry->events) {
        if (e.kind == kind) return parse_civil_date(e.event.date);
    }
    return std::nullopt;
}

// The last day of "vóór <month> <day>" in `year`.
std::optional<CivilDate> day_before(int year, const PcRule& r) {
    if (r.before_month == 0) return std::nullopt;
    return add_days(CivilDate{year, r.before_month, r.before_day}, -1);
}

void set_state(PcMoment& m, const CivilDate& today) {
    if (m.done) {
        m.state = (m.due && *m.done > *m.due) ? MomentState::te_laat : MomentState::gedaan;
    } else if (!m.due) {
        m.state = MomentState::onbekend;
    } else {
        m.state = *m.due < today ? MomentState::verstreken : MomentState::verwacht;
    }
}

// The first council meeting at which a proposal on documents received on
// `received` can be decided, and whether it is after the deadline.
void check_council(PcMoment& m, const CouncilCalendar& c) {
    if (!m.due || !m.received) return;
    const CivilDate ready = add_days(*m.received, c.preparation_days);
    std::vector<CivilDate> meetings;
    for (const auto& text : c.council_meetings) {
        if (auto d = parse_civil_date(text)) meetings.push_back(*d);
    }
    std::sort(meetings.begin(), meetings.end());
    for (const auto& d : meetings) {
        if (d < ready) continue;
        m.next_council_meeting = d;
        break;
    }
    m.late_for_council = !meetings.empty() && (!m.next_council_meeting || *m.next_council_meeting > *m.due);
}

PcMoment pc_moment_for(const Partnership& p, int year, PcStep step, const PcRule& r) {
    PcMoment m;
    m.partnership = p.number;
    m.name = p.name;
    m.year = year;
    m.step = step;
    m.source = r.source;
    return m;
}

// The last day of a forward period, extended by the Atw when the rule says so.
CivilDate period_end(const CivilDate& from, const PcRule& r, const CouncilCalendar& c, bool& extended) {
    const CivilDate end = add_days(from, 7L * r.weeks);
    if (!r.atw) return end;
    const CivilDate moved = atw_extend(end, c.equated_days);
    extended = moved != end;
    return moved;
}

void fixed_date_moment(std::vector<PcMoment>& out, const Partnership& p, int year, PcStep step, PcEventKind done,
                       const CouncilCalendar& c, const RegelingYear* ry) {
    const PcRule* r = rule_for(c, step);
    if (!r) return;
    PcMoment m = pc_moment_for(p, year, step, *r);
    m.due = day_before(year, *r);
    m.basis = m.due ? DueBasis::wet : DueBasis::onbekend;
    m.done = event_date(ry, done);
    out.push_back(std::move(m));
}

void draft_budget_moments(std::vector<PcMoment>& out, const Partnership& p, int year, const CouncilCalendar& c,
                          const RegelingYear* ry) {
    const auto board = event_date(ry, PcEventKind::begroting_naar_bestuur);
    const auto received = event_date(ry, PcEventKind::ontwerpbegroting_ontvangen);
    if (const PcRule* r = rule_for(c, PcStep::ontwerpbegroting)) {
        PcMoment m = pc_moment_for(p, year, PcStep::ontwerpbegroting, *r);
        if (board) {
            m.due = add_days(*board, -7L * r->weeks);
            m.basis = DueBasis::bestuursvergadering;
        }
        m.done = received;
        out.push_back(std::move(m));
    }
    if (const PcRule* r = rule_for(c, PcStep::zienswijze_begroting)) {
        PcMoment m = pc_moment_for(p, year, PcStep::zienswijze_begroting, *r);
        if (auto stated = event_date(ry, PcEventKind::zienswijze_termijn)) {
            m.due = stated;
            m.basis = DueBasis::termijn_gr;
        } else if (board) {
            m.due = add_days(*board, -1);
            m.basis = DueBasis::bestuursvergadering;
        } else if (received) {
            // The board may take it up no sooner than `weeks` after sending.
            m.due = add_days(*received, 7L * r->weeks - 1);
            m.basis = DueBasis::ontvangst;
        }
        m.received = received;
        if (!m.received && board) m.received = add_days(*board, -7L * r->weeks);
        m.done = event_date(ry, PcEventKind::zienswijze_verzonden);
        m.council_decided = event_date(ry, PcEventKind::raad_besluit);
        check_council(m, c);
        out.push_back(std::move(m));
    }
}

void to_gs_moment(std::vector<PcMoment>& out, const Partnership& p, int year, PcStep step, PcEventKind adopted,
                  PcEventKind sent, const CouncilCalendar& c, const RegelingYear* ry) {
    const PcRule* r = rule_for(c, step);
    if (!r) return;
    PcMoment m = pc_moment_for(p, year, step, *r);
    m.due = day_before(year, *r);
    m.basis = m.due ? DueBasis::wet : DueBasis::onbekend;
    if (auto a = event_date(ry, adopted)) {
        bool extended = false;
        const CivilDate end = period_end(*a, *r, c, extended);
        if (!m.due || end < *m.due) {
            m.due = end;
            m.atw_extended = extended;
        }
    }
    m.done = event_date(ry, sent);
    out.push_back(std::move(m));
}

void regeling_moment(std::vector<PcMoment>& out, const Partnership& p, int year, const CouncilCalendar& c,
                     const RegelingYear* ry) {
    const PcRule* r = rule_for(c, PcStep::zienswijze_regeling);
    const auto received = event_date(ry, PcEventKind::ontwerp_regeling_ontvangen);
    if (!r || !received) return;
    PcMoment m = pc_moment_for(p, year, PcStep::zienswijze_regeling, *r);
    m.received = received;
    m.due = period_end(*received, *r, c, m.atw_extended);
    m.basis = DueBasis::ontvangst;
    m.done = event_date(ry, PcEventKind::zienswijze_regeling_verzonden);
    m.council_decided = event_date(ry, PcEventKind::raad_besluit);
    check_council(m, c);
    out.push_back(std::move(m));
}

} // namespace

std::vector<PcRule> default_pc_rules() {
    return {
        {PcStep::kaders, 0, 4, 30, false, kKaders},
        {PcStep::voorlopige_jaarrekening, 0, 4, 30, false, kVoorlopig},
        {PcStep::ontwerpbegroting, 12, 0, 0, false, kOntwerp},
        {PcStep::zienswijze_begroting, 12, 0, 0, false, kZienswijze},
        {PcStep::begroting_naar_gs, 2, 9, 15, true, kBegrotingGs},
        {PcStep::jaarrekening_naar_gs, 2, 7, 15, true, kJaarrekeningGs},
        {PcStep::zienswijze_regeling, 8, 0, 0, true, kRegeling},
    };
}

std::string PcMoment::uid() const {
    return std::to_string(year) + "-" + std::to_string(partnership) + "-" + std::string(to_code(step)) +
           "@samenwerkingsmonitor.hofvantwente";
}

std::vector<PcMoment> pc_calendar(const Dataset& d, const CouncilCalendar& c, int year, const CivilDate& today) {
    std::vector<PcMoment> out;
    for (const auto& p : d.partnerships) {
        if (p.legal_form.category != LegalFormCategory::gemeenschappelijke_regeling) continue;
        if (p.status == PartnershipStatus::beeindigd) continue;
        const RegelingYear* ry = nullptr;
        for (const auto& r : c.regelingen) {
            if (r.partnership == p.number && r.year == year) ry = &r;
        }
        const std::size_t first = out.size();
        if (!p.legal_form.gr_kind || has_own_organ(*p.legal_form.gr_kind)) {
            fixed_date_moment(out, p, year, PcStep::kaders, PcEventKind::kaders_ontvangen, c, ry);
            fixed_date_moment(out, p, year, PcStep::voorlopige_jaarrekening,
                              PcEventKind::voorlopige_jaarrekening_ontvangen, c, ry);
            draft_budget_moments(out, p, year, c, ry);
            to_gs_moment(out, p, year, PcStep::begroting_naar_gs, PcEventKind::begroting_vastgesteld,
                         PcEventKind::begroting_naar_gs, c, ry);
            to_gs_moment(out, p, year, PcStep::jaarrekening_naar_gs, PcEventKind::jaarrekening_vastgesteld,
                         PcEventKind::jaarrekening_naar_gs, c, ry);
        }
        regeling_moment(out, p, year, c, ry);
        for (std::size_t i = first; i < out.size(); ++i) set_state(out[i], today);
    }
    std::stable_sort(out.begin(), out.end(), [](const PcMoment& a, const PcMoment& b) {
        if (a.due.has_value() != b.due.has_value()) return a.due.has_value();
        return a.due && *a.due < *b.due;
    });
    return out;
}

} // namespace swm
