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
#include "core/pc_calendar.h"
#include "core/text.h"

#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"


#include <algorithm>

namespace swm::web {
namespace {



std::string day_text(const nlohmann::json& iso) {
    if (!iso.is_string()) return "\xE2\x80\x94";
    return format_peildatum(iso.get<std::string>());
}

template <class E>
std::string code_label(const nlohmann::json& code) {
    if (!code.is_string()) return "";
    const auto v = from_code<E>(code.get<std::string>());
    return v ? label_of(*v) : code.get<std::string>();
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

void CalendarView::load() {
    loading_ = true;
    error_.clear();
    api_get("/api/calendar?year=" + std::to_string(year_), [this](int status, const std::string& body) {
        auto r = read_response(status, body);
        if (!r.ok()) error_ = r.error;
        else calendar_ = std::move(r.value);
        loaded_year_ = true;
        api_get("/api/calendar/input", [this](int status2, const std::string& body2) {
            loading_ = false;
            auto r2 = read_response(status2, body2);
            if (!r2.ok()) {
                error_ = r2.error;
                return;
            }
            input_ = std::move(r2.value);
            std::string text;
            for (const auto& d : input_.value("council_meetings", nlohmann::json::array()))
                text += (text.empty() ? "" : ", ") + d.get<std::string>();
            meetings_text_ = text;
            preparation_days_ = input_.value("preparation_days", 0);
        });
    });
}

void CalendarView::save_input(App& app, nlohmann::json input) {
    AppState& s = app.state_;
    s.save = SaveStatus::saving;
    api_request("PUT", "/api/calendar/input", input.dump(), [this, &app](int status, const std::string& body) {
        auto r = read_response(status, body);
        AppState& st = app.state_;
        if (!r.ok()) {
            st.save = SaveStatus::failed;
            st.save_error = r.error;
            error_ = r.error;
            if (r.value.is_object() && r.value.contains("fields")) {
                for (const auto& f : r.value["fields"]) {
                    error_ += "\n" + f.value("field", "") + ": " +
                              f["message"].value(ui_lang() == Lang::en ? "en" : "nl", "");
                }
            }
            return;
        }
        st.save = SaveStatus::saved;
        load();
    });
}

void CalendarView::draw(App& app, AppState& s) {
    if (year_ == 0) year_ = current_year();
    if (!loaded_year_ && !loading_) load();
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
    if (ImGui::Button("<")) {
        --year_;
        load();
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
        load();
    }
    target("calendar.next_year");
    ImGui::SameLine(0, 24);
    if (ImGui::Button(t("ui.calendar.download_ics"))) download("/api/calendar.ics?year=" + std::to_string(year_));
    target("calendar.download_ics");
    if (!error_.empty()) error_line(error_);
    if (!calendar_.is_object()) {
        muted(t("ui.loading"));
        return;
    }
    const auto& moments = calendar_.value("moments", nlohmann::json::array());
    int late = 0, passed = 0, late_council = 0;
    for (const auto& m : moments) {
        late += m.value("state", "") == "te_laat";
        passed += m.value("state", "") == "verstreken";
        late_council += m.value("late_for_council", false);
    }
    wrapped(fill(t("ui.calendar.summary"), {std::to_string(moments.size()), std::to_string(late), std::to_string(late_council),
                                            std::to_string(passed)}));
    if (!calendar_.value("council_meetings_known", false)) muted(t("ui.calendar.no_meetings"));

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("##moments", 5, flags)) {
        ImGui::TableSetupColumn(t("ui.calendar.col_date"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn(t("ui.calendar.col_regeling"), ImGuiTableColumnFlags_WidthStretch, 2.2f);
        ImGui::TableSetupColumn(t("ui.calendar.col_moment"), ImGuiTableColumnFlags_WidthStretch, 2.4f);
        ImGui::TableSetupColumn(t("ui.calendar.col_state"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(t("ui.calendar.col_council"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableHeadersRow();
        int row = 0;
        for (const auto& m : moments) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(day_text(m["due"]).c_str());
            ImGui::TableNextColumn();
            const std::string name = std::to_string(m.value("partnership", 0)) + ". " + m.value("name", "");
            ImGui::TextWrapped("%s", name.c_str());
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", code_label<PcStep>(m["step"]).c_str());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", m.value("source", "").c_str());
            ImGui::TableNextColumn();
            const std::string state = m.value("state", "");
            const ImU32 colour = state == "te_laat"      ? palette().error
                                 : state == "gedaan"     ? palette().ok
                                 : state == "verstreken" ? palette().muted
                                                         : palette().text;
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
            ImGui::TextWrapped("%s", code_label<MomentState>(m["state"]).c_str());
            ImGui::PopStyleColor();
            ImGui::TableNextColumn();
            if (m.value("late_for_council", false)) {
                ImGui::PushFont(fonts().bold);
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().error));
                ImGui::TextWrapped("%s", t("calendar.late_for_council"));
                ImGui::PopStyleColor();
                ImGui::PopFont();
                target("calendar.late." + std::to_string(row));
            } else if (m["next_council_meeting"].is_string()) {
                ImGui::TextWrapped("%s", fill(t("ui.calendar.meeting_on"), {day_text(m["next_council_meeting"])}).c_str());
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
    if (primary_button(t("ui.calendar.save_meetings")) && input_.is_object()) {
        nlohmann::json next = input_;
        next["council_meetings"] = split_dates(meetings_text_);
        next["preparation_days"] = preparation_days_;
        save_input(app, next);
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
    if (ImGui::Button(t("ui.calendar.add_date")) && input_.is_object()) {
        const int number = grs[std::size_t(event_partnership_)]->number;
        const std::string kind(to_code(all_values<PcEventKind>()[std::size_t(event_kind_)]));
        nlohmann::json next = input_;
        nlohmann::json* entry = nullptr;
        for (auto& r : next["regelingen"]) {
            if (r["partnership"] == number && r["year"] == year_) entry = &r;
        }
        if (!entry) {
            next["regelingen"].push_back({{"partnership", number}, {"year", year_}, {"events", nlohmann::json::array()}, {"notes", ""}});
            entry = &next["regelingen"].back();
        }
        auto& events = (*entry)["events"];
        events.erase(std::remove_if(events.begin(), events.end(), [&](const nlohmann::json& e) { return e["kind"] == kind; }),
                     events.end());
        if (!trim(event_date_).empty()) {
            events.push_back({{"kind", kind}, {"date", trim(event_date_)}, {"by", ""}, {"subject", ""}, {"source_text", ""}});
        }
        save_input(app, next);
    }
    target("calendar.add_date");
    muted(t("ui.calendar.enter_date_hint"));
}

nlohmann::json CalendarView::state() const {
    return {{"year", year_},
            {"tab", tab_ == 0 ? "calendar" : "verbonden_partijen"},
            {"loading", loading_},
            {"error", error_},
            {"moments", calendar_.is_object() ? calendar_.value("moments", nlohmann::json::array()) : nlohmann::json::array()},
            {"council_meetings", input_.is_object() ? input_.value("council_meetings", nlohmann::json::array()) : nlohmann::json::array()},
            {"verbonden_partijen", vp_form_.state()}};
}

} // namespace swm::web
