#include "core/pc_calendar_codec.h"

#include "core/json_fields.h"
#include "core/text.h"

#include <set>
#include <utility>

namespace swm {
namespace {

using nlohmann::json;

json date_or_null(const std::optional<CivilDate>& d) {
    if (!d) return nullptr;
    return to_iso(*d);
}

json encode_rule(const PcRule& r) {
    return {{"step", std::string(to_code(r.step))},
            {"weeks", r.weeks},
            {"before", r.before_month == 0 ? json(nullptr) : json(to_iso({2000, r.before_month, r.before_day}).substr(5))},
            {"atw", r.atw},
            {"source", r.source}};
}

json encode_event(const PcEvent& e) {
    return {{"kind", std::string(to_code(e.kind))},
            {"date", e.event.date},
            {"by", e.event.by},
            {"subject", e.event.subject},
            {"source_text", e.event.source_text}};
}

void check_day(jsonf::Object& o, const std::string& field, const std::string& text) {
    if (!parse_civil_date(text)) o.error(field, "validation.day_malformed", text.substr(0, 20));
}

void check_calendar_text(jsonf::Object& o, const std::string& field, const std::string& text) {
    if (!is_valid_utf8(text)) {
        o.error(field, "validation.invalid_utf8");
    } else if (utf8_length(text) > 4000) {
        o.error(field, "validation.text_too_long", "4000");
    }
}

void read_rule(jsonf::Object& o, PcRule& r) {
    o.code("step", r.step, true);
    o.integer("weeks", r.weeks);
    if (r.weeks < 0 || r.weeks > 52) o.error(o.path("weeks"), "validation.weeks_out_of_range", std::to_string(r.weeks));
    std::optional<std::string> before;
    o.text("before", before);
    if (before) {
        const auto d = before->size() == 5 ? parse_civil_date("2000-" + *before) : std::nullopt;
        if (!d) {
            o.error(o.path("before"), "validation.month_day_malformed", before->substr(0, 20));
        } else {
            r.before_month = d->month;
            r.before_day = d->day;
        }
    }
    o.boolean("atw", r.atw);
    o.text("source", r.source);
    check_calendar_text(o, o.path("source"), r.source);
}

void read_event(jsonf::Object& o, PcEvent& e) {
    o.code("kind", e.kind, true);
    o.text("date", e.event.date, true);
    o.text("by", e.event.by);
    o.text("subject", e.event.subject);
    o.text("source_text", e.event.source_text);
    if (o.get("date")) check_day(o, o.path("date"), e.event.date);
    check_calendar_text(o, o.path("by"), e.event.by);
    check_calendar_text(o, o.path("subject"), e.event.subject);
    check_calendar_text(o, o.path("source_text"), e.event.source_text);
}

} // namespace

json encode_council_calendar(const CouncilCalendar& c) {
    json equated = json::array();
    for (const auto& e : c.equated_days) equated.push_back({{"date", to_iso(e.date)}, {"source", e.source}});
    json rules = json::array();
    for (const auto& r : c.rules) rules.push_back(encode_rule(r));
    json regelingen = json::array();
    for (const auto& ry : c.regelingen) {
        json events = json::array();
        for (const auto& e : ry.events) events.push_back(encode_event(e));
        regelingen.push_back({{"partnership", ry.partnership}, {"year", ry.year}, {"events", events}, {"notes", ry.notes}});
    }
    return {{"council_meetings", c.council_meetings},
            {"preparation_days", c.preparation_days},
            {"equated_days", equated},
            {"rules", rules},
            {"regelingen", regelingen},
            {"revision", c.revision}};
}

ValidationErrors decode_council_calendar(const json& j, const Dataset& d, CouncilCalendar& out) {
    ValidationErrors errors;
    CouncilCalendar c;
    {
        jsonf::Object o(errors, j, "");
        if (o.ok()) {
            o.texts("council_meetings", c.council_meetings);
            for (std::size_t i = 0; i < c.council_meetings.size(); ++i) {
                check_day(o, index_path(o.path("council_meetings"), i), c.council_meetings[i]);
            }
            o.integer("preparation_days", c.preparation_days);
            if (c.preparation_days < 0 || c.preparation_days > 120) {
                o.error(o.path("preparation_days"), "validation.preparation_days_out_of_range",
                        std::to_string(c.preparation_days));
            }
            o.objects("equated_days", c.equated_days, [](jsonf::Object& eo, EquatedDay& e) {
                std::string date;
                eo.text("date", date, true);
                eo.text("source", e.source);
                if (auto parsed = parse_civil_date(date)) {
                    e.date = *parsed;
                } else if (eo.get("date")) {
                    eo.error(eo.path("date"), "validation.day_malformed", date.substr(0, 20));
                }
            });
            if (o.get("rules")) {
                c.rules.clear();
                o.objects("rules", c.rules, read_rule);
                std::set<PcStep> steps;
                for (std::size_t i = 0; i < c.rules.size(); ++i) {
                    if (!steps.insert(c.rules[i].step).second) {
                        o.error(index_path(o.path("rules"), i) + ".step", "validation.duplicate_rule",
                                std::string(to_code(c.rules[i].step)));
                    }
                }
            }
            o.objects("regelingen", c.regelingen, [&](jsonf::Object& ro, RegelingYear& ry) {
                ro.integer("partnership", ry.partnership, true);
                ro.integer("year", ry.year, true);
                ro.objects("events", ry.events, read_event);
                ro.text("notes", ry.notes);
                check_calendar_text(ro, ro.path("notes"), ry.notes);
                if (ro.get("partnership") && !d.partnership(ry.partnership)) {
                    ro.error(ro.path("partnership"), "validation.unknown_partnership", std::to_string(ry.partnership));
                }
                if (ry.year < 2000 || ry.year > 2100) {
                    ro.error(ro.path("year"), "validation.year_out_of_range", std::to_string(ry.year));
                }
                std::set<PcEventKind> kinds;
                for (std::size_t i = 0; i < ry.events.size(); ++i) {
                    if (!kinds.insert(ry.events[i].kind).second) {
                        ro.error(index_path(ro.path("events"), i) + ".kind", "validation.duplicate_event",
                                 std::string(to_code(ry.events[i].kind)));
                    }
                }
            });
            std::set<std::pair<int, int>> seen;
            for (std::size_t i = 0; i < c.regelingen.size(); ++i) {
                if (!seen.insert({c.regelingen[i].partnership, c.regelingen[i].year}).second) {
                    o.error(index_path(o.path("regelingen"), i), "validation.duplicate_regeling_year",
                            std::to_string(c.regelingen[i].partnership) + "/" + std::to_string(c.regelingen[i].year));
                }
            }
            o.integer("revision", c.revision);
        }
    }
    if (errors.empty()) out = std::move(c);
    return errors;
}

json encode_pc_calendar(int year, const CivilDate& today, const CouncilCalendar& c, const std::vector<PcMoment>& moments) {
    json list = json::array();
    for (const auto& m : moments) {
        list.push_back({{"uid", m.uid()},
                        {"partnership", m.partnership},
                        {"name", m.name},
                        {"year", m.year},
                        {"step", std::string(to_code(m.step))},
                        {"due", date_or_null(m.due)},
                        {"basis", std::string(to_code(m.basis))},
                        {"atw_extended", m.atw_extended},
                        {"received", date_or_null(m.received)},
                        {"done", date_or_null(m.done)},
                        {"council_decided", date_or_null(m.council_decided)},
                        {"next_council_meeting", date_or_null(m.next_council_meeting)},
                        {"late_for_council", m.late_for_council},
                        {"state", std::string(to_code(m.state))},
                        {"source", m.source}});
    }
    json rules = json::array();
    for (const auto& r : c.rules) rules.push_back(encode_rule(r));
    return {{"year", year},
            {"today", to_iso(today)},
            {"council_meetings", c.council_meetings},
            {"council_meetings_known", !c.council_meetings.empty()},
            {"moments", list},
            {"revision", c.revision},  // of the stored document, for the next write
            {"rules", rules}};
}

} // namespace swm
