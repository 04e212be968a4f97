// The council's P&C calendar of the gemeenschappelijke regelingen: per GR and
// calendar year the moments the Wgr sets (since 1 July 2022, Stb. 2022, 18),
// the dates actually known (received on, sent on, decided on) and the
// deadlines that follow, with a warning where a zienswijze deadline falls
// before the next council meeting that could decide it.
//
// The rules are data (PcRule: a period, a date, whether the Atw extends it
// and the source), shipped as default_pc_rules() and stored with the
// council's own dates, so a regeling's own earlier dates or a corrected
// reading of the law change the document, not the code.
#pragma once
#include "core/civil_date.h"
#include "core/dataset.h"
#include "core/dated_event.h"
#include "core/enum_codes.h"
#include "core/termijnenwet.h"

#include <optional>
#include <string>
#include <vector>

namespace swm {

// One step of the cycle; `year` below is the calendar year it happens in:
// kaders and draft budget are for budget year + 1, the accounts for year - 1.
enum class PcStep {
    kaders,                   // general financial and policy frameworks to the councils
    voorlopige_jaarrekening,  // provisional annual accounts to the councils
    ontwerpbegroting,         // draft budget to the councils
    zienswijze_begroting,     // the councils' zienswijze on the draft budget
    begroting_naar_gs,        // adopted budget to Gedeputeerde Staten
    jaarrekening_naar_gs,     // annual accounts to Gedeputeerde Staten
    zienswijze_regeling,      // zienswijze on a draft to found, change, join or leave
};

template <>
struct EnumTraits<PcStep> {
    static constexpr std::string_view label_prefix = "pc_step";
    static constexpr std::array<std::pair<PcStep, std::string_view>, 7> codes = {{
        {PcStep::kaders, "kaders"},
        {PcStep::voorlopige_jaarrekening, "voorlopige_jaarrekening"},
        {PcStep::ontwerpbegroting, "ontwerpbegroting"},
        {PcStep::zienswijze_begroting, "zienswijze_begroting"},
        {PcStep::begroting_naar_gs, "begroting_naar_gs"},
        {PcStep::jaarrekening_naar_gs, "jaarrekening_naar_gs"},
        {PcStep::zienswijze_regeling, "zienswijze_regeling"},
    }};
};

// What actually happened at a GR, as the griffie or the official records it.
enum class PcEventKind {
    kaders_ontvangen,
    voorlopige_jaarrekening_ontvangen,
    ontwerpbegroting_ontvangen,
    begroting_naar_bestuur,         // the day the draft budget is put to the (algemeen) bestuur
    zienswijze_termijn,             // the zienswijze deadline the GR's letter states
    raad_besluit,                   // the council meeting that decided the zienswijze
    zienswijze_verzonden,
    reactie_bestuur,                // the board's written answer to the zienswijzen
    begroting_vastgesteld,
    begroting_naar_gs,
    jaarrekening_vastgesteld,
    jaarrekening_naar_gs,
    ontwerp_regeling_ontvangen,     // draft to found, change, join or leave the regeling
    zienswijze_regeling_verzonden,
};

template <>
struct EnumTraits<PcEventKind> {
    static constexpr std::string_view label_prefix = "pc_event";
    static constexpr std::array<std::pair<PcEventKind, std::string_view>, 14> codes = {{
        {PcEventKind::kaders_ontvangen, "kaders_ontvangen"},
        {PcEventKind::voorlopige_jaarrekening_ontvangen, "voorlopige_jaarrekening_ontvangen"},
        {PcEventKind::ontwerpbegroting_ontvangen, "ontwerpbegroting_ontvangen"},
        {PcEventKind::begroting_naar_bestuur, "begroting_naar_bestuur"},
        {PcEventKind::zienswijze_termijn, "zienswijze_termijn"},
        {PcEventKind::raad_besluit, "raad_besluit"},
        {PcEventKind::zienswijze_verzonden, "zienswijze_verzonden"},
        {PcEventKind::reactie_bestuur, "reactie_bestuur"},
        {PcEventKind::begroting_vastgesteld, "begroting_vastgesteld"},
        {PcEventKind::begroting_naar_gs, "begroting_naar_gs"},
        {PcEventKind::jaarrekening_vastgesteld, "jaarrekening_vastgesteld"},
        {PcEventKind::jaarrekening_naar_gs, "jaarrekening_naar_gs"},
        {PcEventKind::ontwerp_regeling_ontvangen, "ontwerp_regeling_ontvangen"},
        {PcEventKind::zienswijze_regeling_verzonden, "zienswijze_regeling_verzonden"},
    }};
};

// One rule of the law or the regeling. Which fields a step reads:
// - kaders, voorlopige_jaarrekening: `before` (month and day: the day before is the last day)
// - ontwerpbegroting, zienswijze_begroting: `weeks` before the board meeting
// - begroting_naar_gs, jaarrekening_naar_gs: `weeks` after adoption and `before`
// - zienswijze_regeling: `weeks` after the draft was received
struct PcRule {
    PcStep step = PcStep::kaders;
    int weeks = 0;
    int before_month = 0;  // 0: no fixed date
    int before_day = 0;
    bool atw = false;      // the Algemene termijnenwet extends the period's end
    std::string source;    // article, and how far it was verified

    friend bool operator==(const PcRule& a, const PcRule& b) {
        return a.step == b.step && a.weeks == b.weeks && a.before_month == b.before_month &&
               a.before_day == b.before_day && a.atw == b.atw && a.source == b.source;
    }
    friend bool operator!=(const PcRule& a, const PcRule& b) { return !(a == b); }
};

// The Wgr rules since 1 July 2022, one per step, each with its source.
std::vector<PcRule> default_pc_rules();

struct PcEvent {
    PcEventKind kind = PcEventKind::kaders_ontvangen;
    DatedEvent event;  // date: a whole day "YYYY-MM-DD"

    friend bool operator==(const PcEvent& a, const PcEvent& b) { return a.kind == b.kind && a.event == b.event; }
    friend bool operator!=(const PcEvent& a, const PcEvent& b) { return !(a == b); }
};

// The known dates of one regeling in one calendar year.
struct RegelingYear {
    int partnership = 0;  // the partnership's number
    int year = 0;
    std::vector<PcEvent> events;
    std::string notes;

    friend bool operator==(const RegelingYear& a, const RegelingYear& b) {
        return a.partnership == b.partnership && a.year == b.year && a.events == b.events && a.notes == b.notes;
    }
    friend bool operator!=(const RegelingYear& a, const RegelingYear& b) { return !(a == b); }
};

// The stored document: the council's meetings, the rules and the known dates.
struct CouncilCalendar {
    std::vector<std::string> council_meetings;  // "YYYY-MM-DD", the raad's meeting days
    int preparation_days = 0;                   // a proposal must be ready this many days before a meeting
    std::vector<EquatedDay> equated_days;       // Atw art. 3 lid 3, from the decree
    std::vector<PcRule> rules = default_pc_rules();
    std::vector<RegelingYear> regelingen;
    int revision = 1;

    friend bool operator==(const CouncilCalendar& a, const CouncilCalendar& b) {
        return a.council_meetings == b.council_meetings && a.preparation_days == b.preparation_days &&
               a.equated_days == b.equated_days && a.rules == b.rules && a.regelingen == b.regelingen &&
               a.revision == b.revision;
    }
    friend bool operator!=(const CouncilCalendar& a, const CouncilCalendar& b) { return !(a == b); }
};

// verwacht: still to come; gedaan: done by the deadline; te_laat: done after
// it; verstreken: the deadline passed and no date was recorded (it may have
// happened unrecorded: not called late); onbekend: no deadline to compute.
enum class MomentState { verwacht, gedaan, te_laat, verstreken, onbekend };

template <>
struct EnumTraits<MomentState> {
    static constexpr std::string_view label_prefix = "moment_state";
    static constexpr std::array<std::pair<MomentState, std::string_view>, 5> codes = {{
        {MomentState::verwacht, "verwacht"},
        {MomentState::gedaan, "gedaan"},
        {MomentState::te_laat, "te_laat"},
        {MomentState::verstreken, "verstreken"},
        {MomentState::onbekend, "onbekend"},
    }};
};

// How a deadline was found (i18n key "pc_basis.<code>").
enum class DueBasis { wet, termijn_gr, bestuursvergadering, ontvangst, onbekend };

template <>
struct EnumTraits<DueBasis> {
    static constexpr std::string_view label_prefix = "pc_basis";
    static constexpr std::array<std::pair<DueBasis, std::string_view>, 5> codes = {{
        {DueBasis::wet, "wet"},
        {DueBasis::termijn_gr, "termijn_gr"},
        {DueBasis::bestuursvergadering, "bestuursvergadering"},
        {DueBasis::ontvangst, "ontvangst"},
        {DueBasis::onbekend, "onbekend"},
    }};
};

struct PcMoment {
    int partnership = 0;
    std::string name;                   // the partnership's name
    int year = 0;
    PcStep step = PcStep::kaders;
    std::optional<CivilDate> due;       // the last day
    DueBasis basis = DueBasis::onbekend;
    bool atw_extended = false;          // the Atw moved `due` past a rest day
    std::optional<CivilDate> received;  // the documents arrived (zienswijze steps)
    std::optional<CivilDate> done;      // sent or received on
    std::optional<CivilDate> council_decided;
    std::optional<CivilDate> next_council_meeting;  // the first that could decide it
    bool late_for_council = false;      // no council meeting between receipt and deadline
    MomentState state = MomentState::onbekend;
    std::string source;

    std::string uid() const;            // stable across exports: year, partnership, step
};

// The GRs the calendar covers: gemeenschappelijke regelingen not ended.
// Budget steps only for those with an organ of their own (or whose form
// is not known); a zienswijze on the regeling only when a draft was received.
std::vector<PcMoment> pc_calendar(const Dataset& d, const CouncilCalendar& c, int year, const CivilDate& today);

} // namespace swm
