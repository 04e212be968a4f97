// The council view ("Raad"): the P&C calendar of the GRs for a year (what is
// coming, what is late, and where a zienswijze deadline falls before the next
// council meeting: "te laat voor de raad"), the council's meeting dates and a
// GR's known dates to enter, the .ics download, and the verbonden partijen
// (verbonden_partij_form.h).
#pragma once
#include "verbonden_partij_form.h"

#include "core/pc_calendar.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace swm::web {

class App;
struct AppState;

class CalendarView {
public:
    void draw(App& app, AppState& s);
    nlohmann::json state(const AppState& s) const;

private:
    void load(AppState& s);
    void save(App& app, const CouncilCalendar& next);
    void draw_calendar(App& app, AppState& s);
    void draw_meetings(App& app, AppState& s);
    void draw_event_entry(App& app, AppState& s);

    int year_ = 0;            // 0: not chosen yet (this year)
    int tab_ = 0;             // 0 calendar, 1 verbonden partijen
    bool loading_ = false;
    bool loaded_ = false;
    std::optional<CouncilCalendar> council_;  // GET /api/calendar/input
    std::string error_;
    std::string meetings_text_;
    int preparation_days_ = 0;
    int event_partnership_ = 0;  // index into the GRs
    int event_kind_ = 0;
    std::string event_date_;
    VerbondenPartijForm vp_form_;
};

} // namespace swm::web
