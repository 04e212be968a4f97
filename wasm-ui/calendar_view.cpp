#include "calendar_view.h"

#include "api_client.h"
#include "app.h"
#include "data_source.h"
#include "fonts.h"
#include "theme.h"
#include "ui_text.h"
#include "web_platform.h"
#include "widgets.h"

#include "core/civil_date.h"
#include "core/api_error.h"
#include "core/pc_calendar.h"
#include "core/pc_calendar_codec.h"
#include "core/text.h"

#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"


#include <algorithm>

namespace swm::web {
namespace {



std::string day_text(const std::optional<CivilDate>& day) {
    if (!day) return "\xE2\x80\x94";
    return format_peildatum(to_iso(*day));
}

// The partnerships the calendar covers, for the entry of a GR's dates.
std::vector<const Partnership*> regelingen(const Dataset& d) {
    std::vector<const Partnership*> out;
    for (const auto& p : d.partnerships) {
        if (p.legal_form.category == LegalFormCategory::gemeenschappelijke_regeling && p.status != PartnershipStatus::beeindigd)
            out.push_back(&p);
    }
    return out;
}

std::vector<std::string> split_dates(const std::string& text) {
    std::vector<std::string> out;
    std::string item;
    for (char c : text + ",") {
        if (c == ',' || c == ';' || c == ' ' || c == '\n') {
            if (!item.empty()) out.push_back(item);
            item.clear();
        } else {
            item += c;
        }
    }
    return out;
}

} // namespace

void CalendarView::load(AppState& s) {
    loading_ = true;
    error_.clear();
    load_council_calendar(s.dataset, [this](Loaded<CouncilCalendar> r) {
        loading_ = false;
        loaded_ = true;
        if (!r.ok()) {
            error_ = r.error;
            return;
        }
        council_ = std::move(r.value);
        std::string text;
        for (const auto& d : council_->council_meetings) text += (text.empty() ? "" : ", ") + d;
        meetings_text_ = text;
        preparation_days_ = council_->preparation_days;
    });
}

void CalendarView::save(App& app, const CouncilCalendar& next) {
    AppState& s = app.state_;
    s.save = SaveStatus::saving;
    api_request("PUT", "/api/calendar/input", encode_council_calendar(next).dump(), [this, &app](int status, const std::string& body) {
        auto r = read_response(status, body);
        AppState& st = app.state_;
        if (!r.ok()) {
            st.save = SaveStatus::failed;
            st.save_error = r.error;
            error_ = r.error;
            for (const auto& p : decode_error_body(r.value, ui_lang()).problems) error_ += "\n" + p.field + ": " + p.message;
            return;
        }
        st.save = SaveStatus::saved;
        load(st);
    });
}

void CalendarView::draw(App& app, AppState& s) {
    if (year_ == 0) year_ = today().year;
    if (!loaded_ && !loading_) load(s);
    heading(t("ui.council.title"));
    if (ImGui::BeginTabBar("##council_tabs")) {
        if (ImGui::BeginTabItem(t("ui.council.tab_calendar"))) {
            tab_ = 0;
            draw_calendar(app, s);
            ImGui::EndTabItem();
        }
        target("council.tab_calendar");
        if (ImGui::BeginTabItem(t("ui.council.tab_vp"))) {
            tab_ = 1;
            vp_form_.draw(app, s, year_);
            ImGui::EndTabItem();
        }
        target("council.tab_vp");
        ImGui::EndTabBar();
    }
}

void CalendarView::draw_calendar(App& app, AppState& s) {
    // Another year reads the stored dates again: someone may have added some.
    if (ImGui::Button("<")) {
        --year_;
        load(s);
    }
    target("calendar.previous_year");
    ImGui::SameLine();
    ImGui::PushFont(fonts().bold);
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%d", year_);
    ImGui::PopFont();
    ImGui::SameLine();
    if (ImGui::Button(">")) {
        ++year_;
        load(s);
    }
    target("calendar.next_year");
    ImGui::SameLine(0, 24);
    if (ImGui::Button(t("ui.calendar.download_ics"))) download("/api/calendar.ics?year=" + std::to_string(year_));
    target("calendar.download_ics");
    if (!error_.empty()) error_line(error_);
    if (!council_) {
        muted(t("ui.loading"));
        return;
    }
    // Computed here by core, as the host computes GET /api/calendar.
    const std::vector<PcMoment> moments = pc_calendar(s.dataset, *council_, year_, today());
    int late = 0, passed = 0, late_council = 0;
    for (const PcMoment& m : moments) {
        late += m.state == MomentState::te_laat;
        passed += m.state == MomentState::verstreken;
        late_council += m.late_for_council;
    }
    wrapped(fill(t("ui.calendar.summary"), {std::to_string(moments.size()), std::to_string(late), std::to_string(late_council),
                                            std::to_string(passed)}));
    if (council_->council_meetings.empty()) muted(t("ui.calendar.no_meetings"));

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("##moments", 5, flags)) {
        ImGui::TableSetupColumn(t("ui.calendar.col_date"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn(t("ui.calendar.col_regeling"), ImGuiTableColumnFlags_WidthStretch, 2.2f);
        ImGui::TableSetupColumn(t("ui.calendar.col_moment"), ImGuiTableColumnFlags_WidthStretch, 2.4f);
        ImGui::TableSetupColumn(t("ui.calendar.col_state"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(t("ui.calendar.col_council"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableHeadersRow();
        int row = 0;
        for (const PcMoment& m : moments) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(day_text(m.due).c_str());
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", (std::to_string(m.partnership) + ". " + m.name).c_str());
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", label_of(m.step).c_str());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", m.source.c_str());
            ImGui::TableNextColumn();
            const ImU32 colour = m.state == MomentState::te_laat      ? palette().error
                                 : m.state == MomentState::gedaan     ? palette().ok
                                 : m.state == MomentState::verstreken ? palette().muted
                                                                      : palette().text;
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
            ImGui::TextWrapped("%s", label_of(m.state).c_str());
            ImGui::PopStyleColor();
            ImGui::TableNextColumn();
            if (m.late_for_council) {
                ImGui::PushFont(fonts().bold);
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().error));
                ImGui::TextWrapped("%s", t("calendar.late_for_council"));
                ImGui::PopStyleColor();
                ImGui::PopFont();
                target("calendar.late." + std::to_string(row));
            } else if (m.next_council_meeting) {
                ImGui::TextWrapped("%s", fill(t("ui.calendar.meeting_on"), {day_text(m.next_council_meeting)}).c_str());
            }
            ++row;
        }
        ImGui::EndTable();
    }
    if (s.can_edit()) {
        draw_meetings(app, s);
        draw_event_entry(app, s);
    }
}

void CalendarView::draw_meetings(App& app, AppState&) {
    subheading(t("ui.calendar.meetings"));
    muted(t("ui.calendar.meetings_hint"));
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##meetings", "2026-05-26, 2026-07-07", &meetings_text_);
    target("calendar.meetings");
    ImGui::SetNextItemWidth(160);
    ImGui::InputInt(t("ui.calendar.preparation_days"), &preparation_days_);
    target("calendar.preparation_days");
    if (primary_button(t("ui.calendar.save_meetings")) && council_) {
        CouncilCalendar next = *council_;
        next.council_meetings = split_dates(meetings_text_);
        next.preparation_days = preparation_days_;
        save(app, next);
    }
    target("calendar.save_meetings");
}

void CalendarView::draw_event_entry(App& app, AppState& s) {
    subheading(t("ui.calendar.enter_date"));
    const auto grs = regelingen(s.dataset);
    if (grs.empty()) return;
    std::vector<std::string> names;
    for (const Partnership* p : grs) names.push_back(std::to_string(p->number) + ". " + p->name);
    event_partnership_ = std::clamp(event_partnership_, 0, int(names.size()) - 1);
    ImGui::SetNextItemWidth(360);
    single_choice("##event_gr", names, event_partnership_);
    target("calendar.event_gr");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(320);
    single_choice("##event_kind", enum_labels<PcEventKind>(), event_kind_);
    target("calendar.event_kind");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(140);
    ImGui::InputTextWithHint("##event_date", "JJJJ-MM-DD", &event_date_);
    target("calendar.event_date");
    ImGui::SameLine();
    if (ImGui::Button(t("ui.calendar.add_date")) && council_) {
        const int number = grs[std::size_t(event_partnership_)]->number;
        const PcEventKind kind = all_values<PcEventKind>()[std::size_t(event_kind_)];
        CouncilCalendar next = *council_;
        auto entry = std::find_if(next.regelingen.begin(), next.regelingen.end(),
                                  [&](const RegelingYear& r) { return r.partnership == number && r.year == year_; });
        if (entry == next.regelingen.end()) entry = next.regelingen.insert(next.regelingen.end(), RegelingYear{number, year_, {}, ""});
        auto& events = entry->events;
        events.erase(std::remove_if(events.begin(), events.end(), [&](const PcEvent& e) { return e.kind == kind; }), events.end());
        if (!trim(event_date_).empty()) {
            PcEvent e;
            e.kind = kind;
            e.event.date = trim(event_date_);
            events.push_back(e);
        }
        save(app, next);
    }
    target("calendar.add_date");
    muted(t("ui.calendar.enter_date_hint"));
}

nlohmann::json CalendarView::state(const AppState& s) const {
    nlohmann::json moments = nlohmann::json::array();
    if (council_) moments = encode_pc_calendar(year_, today(), *council_, pc_calendar(s.dataset, *council_, year_, today()))["moments"];
    return {{"year", year_},
            {"tab", tab_ == 0 ? "calendar" : "verbonden_partijen"},
            {"loading", loading_},
            {"error", error_},
            {"moments", moments},
            {"council_meetings", council_ ? council_->council_meetings : std::vector<std::string>{}},
            {"verbonden_partijen", vp_form_.state()}};
}

} // namespace swm::web
