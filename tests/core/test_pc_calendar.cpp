#include "default_dataset.h"
#include "validation_checks.h"

#include "core/civil_date.h"
#include "core/ics.h"
#include "core/pc_calendar.h"
#include "core/pc_calendar_codec.h"
#include "core/termijnenwet.h"
#include "core/verbonden_partij.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace swm;
using nlohmann::json;
using swm::test::default_dataset;
using swm::test::has;
using swm::test::list;

namespace {

CivilDate day(const char* iso) { return *parse_civil_date(iso); }

const PcMoment& moment(const std::vector<PcMoment>& ms, int number, PcStep step) {
    const auto it = std::find_if(ms.begin(), ms.end(), [&](const PcMoment& m) { return m.partnership == number && m.step == step; });
    REQUIRE(it != ms.end());
    return *it;
}

bool has_moment(const std::vector<PcMoment>& ms, int number, PcStep step) {
    return std::any_of(ms.begin(), ms.end(), [&](const PcMoment& m) { return m.partnership == number && m.step == step; });
}

PcEvent event(PcEventKind kind, const char* date) { return {kind, {date, "", "", ""}}; }

} // namespace

TEST_CASE("calendar: leap years and day arithmetic") {
    CHECK(is_leap_year(2024));
    CHECK(is_leap_year(2000));
    CHECK_FALSE(is_leap_year(1900));
    CHECK_FALSE(is_leap_year(2100));
    CHECK(days_in_month(2024, 2) == 29);
    CHECK(days_in_month(2026, 2) == 28);
    CHECK(add_days(day("2024-02-28"), 1) == day("2024-02-29"));
    CHECK(add_days(day("2023-02-28"), 1) == day("2023-03-01"));
    // Twelve weeks across a leap day, and the same weeks a year earlier.
    CHECK(add_days(day("2023-12-07"), 84) == day("2024-02-29"));
    CHECK(add_days(day("2022-12-07"), 84) == day("2023-03-01"));
    CHECK(to_iso(from_days_since_epoch(days_since_epoch(day("2100-03-01")) - 1)) == "2100-02-28");
    CHECK(weekday(day("2026-12-01")) == Weekday::tuesday);
    CHECK(weekday(day("2000-02-29")) == Weekday::tuesday);
    CHECK_FALSE(parse_civil_date("2026-02-29"));
    CHECK_FALSE(parse_civil_date("2026-4-1"));
    CHECK(parse_civil_date("2028-02-29"));
}

TEST_CASE("calendar: Easter and the public holidays of the Algemene termijnenwet") {
    CHECK(easter_sunday(2024) == day("2024-03-31"));
    CHECK(easter_sunday(2025) == day("2025-04-20"));
    CHECK(easter_sunday(2026) == day("2026-04-05"));
    CHECK(easter_sunday(2000) == day("2000-04-23"));
    CHECK(easter_sunday(2285) == day("2285-03-22"));  // the earliest possible
    CHECK(easter_sunday(2038) == day("2038-04-25"));  // the latest possible

    std::vector<std::string> days;
    for (const auto& h : atw_holidays(2026)) days.push_back(to_iso(h.date) + " " + std::string(h.key));
    CHECK(days == std::vector<std::string>{
                      "2026-01-01 holiday.nieuwjaarsdag", "2026-04-03 holiday.goede_vrijdag",
                      "2026-04-06 holiday.tweede_paasdag", "2026-04-27 holiday.koningsdag",
                      "2026-05-05 holiday.vijf_mei", "2026-05-14 holiday.hemelvaartsdag",
                      "2026-05-25 holiday.tweede_pinksterdag", "2026-12-25 holiday.eerste_kerstdag",
                      "2026-12-26 holiday.tweede_kerstdag"});
    // 27 April 2025 is a Sunday: Koningsdag is the Saturday before.
    const auto h2025 = atw_holidays(2025);
    CHECK(std::any_of(h2025.begin(), h2025.end(), [](const PublicHoliday& h) {
        return h.key == "holiday.koningsdag" && h.date == CivilDate{2025, 4, 26};
    }));
    for (const auto& h : h2025) CHECK_FALSE(h.source.empty());
}

TEST_CASE("calendar: the Atw moves a period's end past weekends and holidays") {
    const std::vector<EquatedDay> none;
    CHECK(atw_extend(day("2026-06-13"), none) == day("2026-06-15"));  // Saturday -> Monday
    CHECK(atw_extend(day("2026-06-16"), none) == day("2026-06-16"));  // a working day stays
    // Good Friday, Saturday, Easter Sunday, Easter Monday: Tuesday.
    CHECK(atw_extend(day("2026-04-03"), none) == day("2026-04-07"));
    // Ascension Day 2026 (Thursday 14 May) -> Friday, unless a decree equates that Friday.
    CHECK(atw_extend(day("2026-05-14"), none) == day("2026-05-15"));
    const std::vector<EquatedDay> decree = {{day("2026-05-15"), "Besluit (art. 3 lid 3), voorbeeld"}};
    CHECK(atw_extend(day("2026-05-14"), decree) == day("2026-05-18"));
    CHECK(atw_extend(day("2025-12-25"), none) == day("2025-12-29"));  // Christmas Thursday..Sunday
}

TEST_CASE("calendar: a draft budget gives the zienswijze deadline and the council warning") {
    const Dataset& d = default_dataset();
    CouncilCalendar c;
    // Regio Twente (nr 6, openbaar lichaam): the draft goes to the board on Thursday 2 July 2026.
    c.regelingen.push_back({6, 2026,
                            {event(PcEventKind::begroting_naar_bestuur, "2026-07-02"),
                             event(PcEventKind::ontwerpbegroting_ontvangen, "2026-04-08")},
                            ""});
    c.council_meetings = {"2026-05-26", "2026-07-07"};
    auto ms = pc_calendar(d, c, 2026, day("2026-05-01"));

    const PcMoment& draft = moment(ms, 6, PcStep::ontwerpbegroting);
    CHECK(draft.due == day("2026-04-09"));  // twelve weeks before the board
    CHECK(draft.basis == DueBasis::bestuursvergadering);
    CHECK(draft.state == MomentState::gedaan);

    const PcMoment& view = moment(ms, 6, PcStep::zienswijze_begroting);
    CHECK(view.due == day("2026-07-01"));
    CHECK(view.received == day("2026-04-08"));
    CHECK(view.next_council_meeting == day("2026-05-26"));
    CHECK_FALSE(view.late_for_council);
    CHECK(view.state == MomentState::verwacht);

    // Only the July meeting: the deadline passes before the council meets.
    c.council_meetings = {"2026-07-07", "2026-03-01"};
    ms = pc_calendar(d, c, 2026, day("2026-05-01"));
    CHECK(moment(ms, 6, PcStep::zienswijze_begroting).late_for_council);
    CHECK(moment(ms, 6, PcStep::zienswijze_begroting).next_council_meeting == day("2026-07-07"));

    // The May meeting is too soon when a proposal needs 50 days.
    c.council_meetings = {"2026-05-26", "2026-07-07"};
    c.preparation_days = 50;
    ms = pc_calendar(d, c, 2026, day("2026-05-01"));
    CHECK(moment(ms, 6, PcStep::zienswijze_begroting).late_for_council);

    // A deadline the regeling states wins over the computed one.
    c.preparation_days = 0;
    c.regelingen[0].events.push_back(event(PcEventKind::zienswijze_termijn, "2026-06-19"));
    ms = pc_calendar(d, c, 2026, day("2026-05-01"));
    CHECK(moment(ms, 6, PcStep::zienswijze_begroting).due == day("2026-06-19"));
    CHECK(moment(ms, 6, PcStep::zienswijze_begroting).basis == DueBasis::termijn_gr);
}

TEST_CASE("calendar: without the board's date the draft's receipt sets the earliest deadline") {
    CouncilCalendar c;
    c.regelingen.push_back({7, 2024, {event(PcEventKind::ontwerpbegroting_ontvangen, "2024-03-15")}, ""});
    const auto ms = pc_calendar(default_dataset(), c, 2024, day("2024-01-10"));
    const PcMoment& view = moment(ms, 7, PcStep::zienswijze_begroting);
    CHECK(view.due == day("2024-06-06"));  // 12 weeks after 15 March, the day before the earliest board date
    CHECK(view.basis == DueBasis::ontvangst);
    CHECK_FALSE(view.late_for_council);    // no council meetings entered: nothing to compare
    CHECK_FALSE(moment(ms, 7, PcStep::ontwerpbegroting).due);
    CHECK(moment(ms, 7, PcStep::ontwerpbegroting).state == MomentState::gedaan);
}

TEST_CASE("calendar: a period counted back from the board meeting is not extended") {
    CouncilCalendar c;
    // Twelve weeks before Monday 20 July 2026 is Koningsdag, 27 April: it stays (Atw art. 1 lid 2).
    c.regelingen.push_back({4, 2026, {event(PcEventKind::begroting_naar_bestuur, "2026-07-20")}, ""});
    const auto ms = pc_calendar(default_dataset(), c, 2026, day("2026-01-05"));
    CHECK(moment(ms, 4, PcStep::ontwerpbegroting).due == day("2026-04-27"));
    CHECK_FALSE(moment(ms, 4, PcStep::ontwerpbegroting).atw_extended);
}

TEST_CASE("calendar: the zienswijze on a change of the regeling: eight weeks, extended past Easter") {
    CouncilCalendar c;
    // Received Friday 6 February 2026: eight weeks end on Good Friday, the Atw moves it to Tuesday.
    c.regelingen.push_back({26, 2026, {event(PcEventKind::ontwerp_regeling_ontvangen, "2026-02-06")}, ""});
    c.council_meetings = {"2026-04-14"};
    const auto ms = pc_calendar(default_dataset(), c, 2026, day("2026-02-10"));
    const PcMoment& m = moment(ms, 26, PcStep::zienswijze_regeling);
    CHECK(m.due == day("2026-04-07"));
    CHECK(m.atw_extended);
    CHECK(m.late_for_council);  // the council first meets on 14 April
    // A regeling zonder meer has no budget of its own, a centrumgemeente neither.
    CHECK_FALSE(has_moment(ms, 26, PcStep::ontwerpbegroting));
    CHECK_FALSE(has_moment(ms, 5, PcStep::kaders));
    // Form not stated (nr 1): the budget steps are shown.
    CHECK(has_moment(ms, 1, PcStep::kaders));
    // Not a GR at all (nr 24, an agreement): nothing.
    CHECK(std::none_of(ms.begin(), ms.end(), [](const PcMoment& x) { return x.partnership == 24; }));
}

TEST_CASE("calendar: the adopted budget and accounts go to GS within two weeks and before the fixed date") {
    CouncilCalendar c;
    c.regelingen.push_back({9, 2026,
                            {event(PcEventKind::begroting_vastgesteld, "2026-05-11"),
                             event(PcEventKind::jaarrekening_vastgesteld, "2026-07-09"),
                             event(PcEventKind::jaarrekening_naar_gs, "2026-07-15")},
                            ""});
    const auto ms = pc_calendar(default_dataset(), c, 2026, day("2026-08-01"));
    // 11 May + 2 weeks = Whit Monday 25 May -> Tuesday 26 May.
    CHECK(moment(ms, 9, PcStep::begroting_naar_gs).due == day("2026-05-26"));
    CHECK(moment(ms, 9, PcStep::begroting_naar_gs).atw_extended);
    CHECK(moment(ms, 9, PcStep::begroting_naar_gs).state == MomentState::verstreken);  // past due, no date recorded
    // 9 July + 2 weeks would be 23 July, but before 15 July wins: 14 July; sent the 15th is late.
    CHECK(moment(ms, 9, PcStep::jaarrekening_naar_gs).due == day("2026-07-14"));
    CHECK(moment(ms, 9, PcStep::jaarrekening_naar_gs).state == MomentState::te_laat);
    // Not adopted yet: the fixed date alone.
    CHECK(moment(ms, 4, PcStep::begroting_naar_gs).due == day("2026-09-14"));
    CHECK(moment(ms, 4, PcStep::kaders).due == day("2026-04-29"));
    CHECK(moment(ms, 4, PcStep::kaders).state == MomentState::verstreken);
}

TEST_CASE("calendar: the rules are data with their sources, and can be changed") {
    for (const auto& r : default_pc_rules()) {
        INFO(to_code(r.step));
        CHECK(r.source.find("art.") != std::string::npos);
    }
    CouncilCalendar c;
    for (auto& r : c.rules) {
        if (r.step == PcStep::kaders) r.before_month = 4, r.before_day = 15;  // the pre-2022 date
    }
    const auto ms = pc_calendar(default_dataset(), c, 2026, day("2026-01-01"));
    CHECK(moment(ms, 4, PcStep::kaders).due == day("2026-04-14"));
}

TEST_CASE("calendar: the stored document round trips and refuses bad input") {
    const Dataset& d = default_dataset();
    CouncilCalendar c;
    c.council_meetings = {"2026-01-27", "2026-02-24"};
    c.preparation_days = 21;
    c.equated_days = {{day("2026-05-15"), "Stcrt. (voorbeeld)"}};
    c.rules[1].weeks = 3;
    c.rules[1].source = "eigen afspraak; \"citaat\"";
    c.regelingen.push_back({6, 2026, {{PcEventKind::raad_besluit, {"2026-06-30", "Raad", "Zienswijze", "brief 12"}}}, "n"});
    c.revision = 4;
    const json j = encode_council_calendar(c);
    CouncilCalendar back;
    const auto errors = decode_council_calendar(j, d, back);
    INFO(list(errors));
    REQUIRE(errors.empty());
    CHECK(back == c);
    CHECK(encode_council_calendar(back) == j);

    json bad = j;
    bad["council_meetings"][1] = "2026-02-30";
    bad["regelingen"][0]["partnership"] = 999;
    bad["regelingen"][0]["events"][0]["kind"] = "borrel";
    bad["rules"][0]["before"] = "4-30";
    bad["extra"] = 1;
    CouncilCalendar untouched = c;
    const auto e2 = decode_council_calendar(bad, d, untouched);
    CHECK(has(e2, "council_meetings[1]", "validation.day_malformed"));
    CHECK(has(e2, "regelingen[0].partnership", "validation.unknown_partnership"));
    CHECK(has(e2, "regelingen[0].events[0].kind", "validation.unknown_pc_event"));
    CHECK(has(e2, "rules[0].before", "validation.month_day_malformed"));
    CHECK(has(e2, "extra", "validation.unknown_field"));
    CHECK(untouched == c);  // nothing applied

    json twice = j;
    twice["regelingen"].push_back(twice["regelingen"][0]);
    CHECK(has(decode_council_calendar(twice, d, untouched), "regelingen[1]", "validation.duplicate_regeling_year"));
}

TEST_CASE("ics: escaping, folding at 75 octets, CRLF, all-day events") {
    CHECK(ics_escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne");
    const std::string long_line = "SUMMARY:" + std::string(70, 'x') + "ëëëë";
    const std::string folded = ics_fold(long_line);
    std::size_t start = 0;
    while (true) {
        const auto end = folded.find("\r\n", start);
        const std::string part = folded.substr(start, end == std::string::npos ? std::string::npos : end - start);
        CHECK(part.size() <= 75);
        if (end == std::string::npos) break;
        start = end + 2;
    }
    CHECK(folded.find("\xC3\r\n") == std::string::npos);  // never inside 'ë'

    IcsCalendar cal{"Raad", "20261201T120000Z", {{"u1@x", 3, day("2026-12-31"), "Zienswijze, begroting", "", ""}}};
    const std::string text = write_ics(cal);
    CHECK(text.find("DTSTART;VALUE=DATE:20261231\r\n") != std::string::npos);
    CHECK(text.find("DTEND;VALUE=DATE:20270101\r\n") != std::string::npos);
    CHECK(text.find("SUMMARY:Zienswijze\\, begroting\r\n") != std::string::npos);
    CHECK(text.find("SEQUENCE:3\r\n") != std::string::npos);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') CHECK((i > 0 && text[i - 1] == '\r'));
    }
}

namespace {

template <class E>
void check_council_enum() {
    for (E v : all_values<E>()) {
        INFO(label_key(v));
        CHECK(from_code<E>(to_code(v)) == v);
        CHECK(label(v, Lang::nl) != label_key(v));
        CHECK(label(v, Lang::en) != label_key(v));
    }
    CHECK(std::string(tr(unknown_code_key<E>(), Lang::nl)) != unknown_code_key<E>());
}

} // namespace

TEST_CASE("calendar: every code has its labels in Dutch and English") {
    check_council_enum<PcStep>();
    check_council_enum<PcEventKind>();
    check_council_enum<MomentState>();
    check_council_enum<BbvGroup>();
    check_council_enum<FinancialInterestKind>();
    check_council_enum<RiskLevel>();
    check_council_enum<ContactRole>();
    for (const auto& h : atw_holidays(2026)) CHECK(std::string(tr(h.key, Lang::en)) != h.key);
    for (DueBasis b : all_values<DueBasis>()) CHECK(label(b, Lang::nl) != label_key(b));
}
