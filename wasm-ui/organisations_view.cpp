#include "organisations_view.h"

#include "app.h"
#include "fonts.h"
#include "ui_text.h"
#include "widgets.h"

#include "core/text.h"

#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

#include <algorithm>

namespace swm::web {
namespace {

bool organisation_matches(const Organisation& o, const std::string& needle) {
    if (needle.empty()) return true;
    if (fold_for_search(o.name).find(needle) != std::string::npos) return true;
    if (fold_for_search(o.id).find(needle) != std::string::npos) return true;
    return std::any_of(o.aliases.begin(), o.aliases.end(),
                       [&](const std::string& a) { return fold_for_search(a).find(needle) != std::string::npos; });
}

std::string status_of(const Organisation& o, const Dataset& d) {
    if (o.merged_into) {
        const Organisation* into = d.organisation(*o.merged_into);
        return fill(t("ui.org.status_merged"), {into ? into->name : *o.merged_into});
    }
    if (o.end_date) return fill(t("ui.org.status_ended"), {format_peildatum(*o.end_date)});
    return t("ui.org.status_active");
}

} // namespace

void OrganisationsView::draw(App& app, AppState& s) {
    heading(t("ui.org.title"));
    target("orgs.title");
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::SetNextItemWidth(std::min(520.0f, ImGui::GetContentRegionAvail().x));
    ImGui::InputTextWithHint("##org_search", t("ui.org.search"), &search_);
    target("orgs.search");
    const std::string needle = fold_for_search(search_);

    std::vector<const Organisation*> rows;
    for (const Organisation& o : s.dataset.organisations)
        if (organisation_matches(o, needle)) rows.push_back(&o);
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Organisation* a, const Organisation* b) { return fold_for_search(a->name) < fold_for_search(b->name); });

    ImGui::Dummy(ImVec2(0, 4));
    ImGui::PushFont(fonts().bold);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(
        fill(t("ui.org.count"), {std::to_string(rows.size()), std::to_string(s.dataset.organisations.size())}).c_str());
    ImGui::PopFont();
    target("orgs.count");
    if (s.can_edit()) {
        ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(t("ui.org.new")).x -
                        ImGui::GetStyle().FramePadding.x * 2);
        if (ImGui::Button(t("ui.org.new"))) app.open_organisation_create("", false);
        target("orgs.new");
    }

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(10, 7));
    const bool open = ImGui::BeginTable("organisations", 5, flags);
    ImGui::PopStyleVar();
    if (!open) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(t("ui.field.name"), ImGuiTableColumnFlags_WidthStretch, 4.0f);
    ImGui::TableSetupColumn(t("ui.org.field_kind"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn(t("ui.org.col_id"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(t("ui.org.col_partnerships"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(t("ui.org.col_status"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::PushFont(fonts().bold);
    ImGui::TableHeadersRow();
    ImGui::PopFont();
    shown_.clear();
    notes_shown_.clear();
    for (const Organisation* o : rows) {
        shown_.push_back(o->id);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(o->id.c_str());
        if (ImGui::Selectable(o->name.c_str(), false, ImGuiSelectableFlags_SpanAllColumns) && s.can_edit())
            app.open_organisation(o->id);
        target("orgs.row." + o->id);
        ImGui::PopID();
        // What the register says about the organisation (e.g. why it is no partner).
        if (!o->notes.empty()) {
            muted(o->notes);
            target("orgs.notes." + o->id);
            notes_shown_.push_back(o->id);
        }
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", label_of(o->kind).c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", o->id.c_str());
        ImGui::TableNextColumn();
        const auto count = std::count_if(s.dataset.partnerships.begin(), s.dataset.partnerships.end(),
                                         [&](const Partnership& p) { return p.has_partner(o->id); });
        ImGui::Text("%d", int(count));
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", status_of(*o, s.dataset).c_str());
    }
    if (rows.empty()) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        muted(t("ui.org.none_match"));
    }
    ImGui::EndTable();
}

nlohmann::json OrganisationsView::state() const {
    return {{"search", search_}, {"shown", shown_}, {"notes_shown", notes_shown_}};
}

} // namespace swm::web
