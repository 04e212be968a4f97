// The council's P&C calendar over HTTP:
//   GET /api/calendar?year=YYYY   the moments of that year (JSON, core/pc_calendar_codec.h)
//   GET /api/calendar.ics?year=YYYY  the same as an iCalendar file (RFC 5545)
//   GET /api/calendar/input       the stored document: council meetings, rules, known dates
//   PUT /api/calendar/input       replaces it (with "revision"); checked by core first
// Without ?year the current year.
#pragma once
#include "native-host/api.h"
#include "native-host/calendar_store.h"

#include "core/pc_calendar.h"

namespace swm {

void install_calendar_routes(httplib::Server& svr, ApiContext& ctx);

// The stored document decoded against `d`, or the default (the law's rules,
// no dates) before the first write.
CouncilCalendar load_council_calendar(CalendarStore& store, const Dataset& d);

// Today in UTC, the day the calendar judges "late" by.
CivilDate today_utc();

// The moments of `year` as iCalendar events, in Dutch.
std::string calendar_ics(const std::vector<PcMoment>& moments, int year, long sequence, const std::string& dtstamp);

} // namespace swm
