#include "native-host/calendar_api.h"

#include "native-host/api_request.h"
#include "native-host/clock.h"
#include "native-host/http_body.h"
#include "native-host/http_json.h"

#include "core/date_text.h"
#include "core/ics.h"
#include "core/json_codec.h"
#include "core/pc_calendar_codec.h"

#include <memory>

namespace swm {
namespace {

// A calendar answer as sent, with its ETag and gzip when asked for (http_body.h).
std::string calendar_text(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

using httplib::Request;
using httplib::Response;
using nlohmann::json;

// ?year=YYYY (2000-2100), else the current year; false after answering 422.
bool calendar_year(const Request& req, Response& res, int& year) {
    year = today_utc().year;
    if (!req.has_param("year")) return true;
    const std::string text = req.get_param_value("year");
    const bool digits = text.size() == 4 && text.find_first_not_of("0123456789") == std::string::npos;
    if (digits) year = std::stoi(text);
    if (!digits || year < 2000 || year > 2100) {
        send_error(res, api_error(422, "bad_year", "api.bad_year", text));
        return false;
    }
    return true;
}

std::string ics_summary(const PcMoment& m) {
    std::string s = label(m.step, Lang::nl) + ": " + m.name;
    if (m.late_for_council) s = std::string(tr("calendar.late_for_council", Lang::nl)) + " - " + s;
    return s;
}

std::string ics_description(const PcMoment& m) {
    std::string d = std::string(tr("calendar.state", Lang::nl)) + ": " + label(m.state, Lang::nl) + "\n";
    d += std::string(tr("calendar.basis", Lang::nl)) + ": " + label(m.basis, Lang::nl);
    if (m.atw_extended) d += std::string(" ") + tr("calendar.atw_extended", Lang::nl);
    d += "\n";
    auto line = [&](const char* key, const std::optional<CivilDate>& day) {
        if (day) d += std::string(tr(key, Lang::nl)) + ": " + format_partial_date(to_iso(*day), Lang::nl) + "\n";
    };
    line("calendar.received", m.received);
    line("calendar.done", m.done);
    line("calendar.next_council_meeting", m.next_council_meeting);
    d += std::string(tr("calendar.source", Lang::nl)) + ": " + m.source;
    return d;
}

void send_calendar(CalendarStore& store, ApiContext& ctx, const Request& req, Response& res) {
    int year = 0;
    if (!calendar_year(req, res, year)) return;
    const auto current = ctx.store.current();
    const CouncilCalendar c = load_council_calendar(store, current->dataset);
    const CivilDate today = today_utc();
    const auto moments = pc_calendar(current->dataset, c, year, today);
    send_made(req, res, calendar_text(encode_pc_calendar(year, today, c, moments)));
}

void send_ics(CalendarStore& store, ApiContext& ctx, const Request& req, Response& res) {
    int year = 0;
    if (!calendar_year(req, res, year)) return;
    const auto current = ctx.store.current();
    const CouncilCalendar c = load_council_calendar(store, current->dataset);
    const auto moments = pc_calendar(current->dataset, c, year, today_utc());
    std::string stamp = utc_stamp();  // "20261123-104500"
    stamp = stamp.substr(0, 8) + "T" + stamp.substr(9) + "Z";
    res.set_header("Content-Disposition", "attachment; filename=\"raadskalender-" + std::to_string(year) + ".ics\"");
    res.set_header("Cache-Control", "no-store");
    send_made(req, res, calendar_ics(moments, year, long(store.latest_change()), stamp), "text/calendar; charset=utf-8");
}

void put_input(CalendarStore& store, ApiContext& ctx, const Request& req, Response& res) {
    auto body = body_json(req, res);
    if (!body) return;
    int64_t revision = 0;
    if (!base_revision(req, &*body, res, revision)) return;
    CouncilCalendar c;
    ValidationErrors errors = decode_council_calendar(*body, ctx.store.current()->dataset, c);
    if (!errors.empty()) return send_error(res, invalid_error("api.calendar_invalid", std::move(errors)));
    const CalendarWrite w = store.write(revision, encode_council_calendar(c), actor(req, ctx));
    if (w.stale) {
        ApiError e = api_error(409, "stale_revision", "api.calendar_stale");
        e.current = w.document;
        return send_error(res, e);
    }
    send_json(res, 200, encode_write_answer("input", w.document, w.change_id));
}

} // namespace

CivilDate today_utc() { return *parse_civil_date(utc_now().substr(0, 10)); }

CouncilCalendar load_council_calendar(CalendarStore& store, const Dataset& d) {
    CouncilCalendar c;
    const auto stored = store.document();
    if (!stored) return c;
    // A stored document was checked when written; if a partnership it names
    // has since been deleted, the rest still counts.
    if (decode_council_calendar(*stored, d, c).empty()) return c;
    json kept = *stored;
    kept["regelingen"] = json::array();
    for (const auto& r : (*stored)["regelingen"]) {
        if (d.partnership(r.value("partnership", 0))) kept["regelingen"].push_back(r);
    }
    decode_council_calendar(kept, d, c);
    return c;
}

std::string calendar_ics(const std::vector<PcMoment>& moments, int year, long sequence, const std::string& dtstamp) {
    IcsCalendar cal;
    cal.name = std::string(tr("calendar.ics_name", Lang::nl)) + " " + std::to_string(year);
    cal.dtstamp = dtstamp;
    for (const auto& m : moments) {
        if (!m.due) continue;  // a moment without a date is in the JSON, not in a calendar
        IcsEvent e;
        e.uid = m.uid();
        e.sequence = sequence;
        e.date = *m.due;
        e.summary = ics_summary(m);
        e.description = ics_description(m);
        e.categories = m.late_for_council ? tr("calendar.late_for_council", Lang::nl) : label(m.state, Lang::nl);
        cal.events.push_back(std::move(e));
    }
    return write_ics(cal);
}

void install_calendar_routes(httplib::Server& svr, ApiContext& ctx) {
    auto store = std::make_shared<CalendarStore>(ctx.db_path);
    svr.Get("/api/calendar", [store, &ctx](const Request& req, Response& res) { send_calendar(*store, ctx, req, res); });
    svr.Get("/api/calendar.ics", [store, &ctx](const Request& req, Response& res) { send_ics(*store, ctx, req, res); });
    svr.Get("/api/calendar/input", [store, &ctx](const Request& req, Response& res) {
        send_made(req, res, calendar_text(encode_council_calendar(load_council_calendar(*store, ctx.store.current()->dataset))));
    });
    svr.Put("/api/calendar/input", [store, &ctx](const Request& req, Response& res) { put_input(*store, ctx, req, res); });
}

} // namespace swm
