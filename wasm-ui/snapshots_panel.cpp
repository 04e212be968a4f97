#include "snapshots_panel.h"

#include "api_client.h"
#include "app.h"
#include "comparison_list.h"
#include "data_source.h"
#include "fonts.h"
#include "history_list.h"
#include "theme.h"
#include "ui_text.h"
#include "widgets.h"

#include "core/api_error.h"
#include "core/json_codec.h"
#include "core/text.h"
#include "core/validation.h"

#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"

#include <algorithm>

namespace swm::web {
namespace {

// The errors of one field of the request, in the UI's language.
void snapshot_field_errors(const ValidationErrors& errors, const char* field) {
    for (const auto& e : errors)
        if (e.field == field) error_line(e.describe(ui_lang()));
}

void snapshot_label_text(const char* label) {
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(label);
    ImGui::PopFont();
}

void snapshot_input(const char* id, const char* hint, std::string& value, float width) {
    ImGui::SetNextItemWidth(width);
    ImGui::InputTextWithHint((std::string("##") + id).c_str(), hint, &value);
    target(std::string("snapshots.") + id);
}

// The combo of snapshots to compare; `now_label` adds "the register now" (id 0).
bool snapshot_combo(const char* id, const std::vector<SnapshotInfo>& list, long long& chosen, const char* now_label) {
    std::string preview = t("ui.compare.choose");
    if (chosen == 0 && now_label) preview = now_label;
    for (const auto& s : list)
        if (s.id == chosen) preview = snapshot_label(s);
    bool changed = false;
    ImGui::SetNextItemWidth(std::min(440.0f, ImGui::GetContentRegionAvail().x));
    if (ImGui::BeginCombo((std::string("##") + id).c_str(), preview.c_str())) {
        if (now_label && ImGui::Selectable(now_label, chosen == 0)) {
            changed = chosen != 0;
            chosen = 0;
        }
        if (now_label) target(std::string("snapshots.") + id + ".now");
        for (const auto& s : list) {
            if (ImGui::Selectable((snapshot_label(s) + "##" + std::to_string(s.id)).c_str(), s.id == chosen)) {
                changed = chosen != s.id;
                chosen = s.id;
            }
            target(std::string("snapshots.") + id + "." + std::to_string(s.id));
        }
        close_popup_on_escape();
        ImGui::EndCombo();
    }
    target(std::string("snapshots.") + id);
    return changed;
}

} // namespace

std::string snapshot_label(const SnapshotInfo& s) { return s.name + "  (" + format_peildatum(s.peildatum) + ")"; }

void SnapshotsPanel::start() {
    load_snapshots([this](Loaded<std::vector<SnapshotInfo>> r) {
        list_error_ = r.error;
        if (!r.ok()) return;
        snapshots_ = std::move(r.value);
        // The newest first: the one just made is the one most often compared.
        std::stable_sort(snapshots_.begin(), snapshots_.end(), [](const SnapshotInfo& a, const SnapshotInfo& b) { return a.id > b.id; });
    });
}

void SnapshotsPanel::dataset_changed() {
    if (from_ != 0 && with_ == 0) compare();
}

const SnapshotInfo* SnapshotsPanel::find(long long id) const {
    for (const auto& s : snapshots_)
        if (s.id == id) return &s;
    return nullptr;
}

void SnapshotsPanel::make(App& app) {
    SnapshotRequest request{trim(name_), trim(peildatum_)};
    make_errors_ = validate_snapshot_request(request);
    make_error_.clear();
    made_.reset();
    if (!make_errors_.empty()) return;
    making_ = true;
    api_request("POST", "/api/snapshots", encode_snapshot_request(request).dump(), [this, &app](int status, const std::string& body) {
        making_ = false;
        Loaded<nlohmann::json> r = read_response(status, body);
        if (!r.ok()) {
            make_error_ = r.error;
            for (const auto& f : r.value.value("fields", nlohmann::json::array()))
                make_errors_.push_back({f.value("field", ""), f.value("key", ""), f.value("detail", "")});
            return;
        }
        Decoded<SnapshotInfo> made = decode_snapshot_info(r.value);
        if (!made.ok()) {
            make_error_ = fill(t("ui.error.bad_dataset"), {made.errors.front().describe(ui_lang())});
            return;
        }
        made_ = made.value;
        name_.clear();
        peildatum_.clear();
        app.snapshots_changed();
    });
}

void SnapshotsPanel::compare() {
    if (from_ == 0) return;
    comparing_ = true;
    const long long from = from_, with = with_;
    load_snapshots_comparison(from, with, [this, from, with](Loaded<DatasetComparison> r) {
        if (from != from_ || with != with_) return;  // another choice since
        comparing_ = false;
        compare_error_ = r.error;
        comparison_.reset();
        if (r.ok()) comparison_ = std::move(r.value);
    });
}

void SnapshotsPanel::open(long long id) {
    opened_id_ = id;
    opened_.reset();
    open_error_.clear();
    load_snapshot_dataset(id, [this, id](Loaded<Dataset> r) {
        if (id != opened_id_) return;
        open_error_ = r.error;
        if (r.ok()) opened_ = std::move(r.value);
    });
}

void SnapshotsPanel::draw_make(App& app, const AppState& s) {
    if (!s.can_edit()) return;
    subheading(t("ui.snapshots.make_title"));
    begin_panel();
    wrapped(t("ui.snapshots.make_intro"));
    ImGui::Dummy(ImVec2(0, 4));
    const float avail = ImGui::GetContentRegionAvail().x - 16;
    const float name_w = std::min(440.0f, avail);
    const float date_w = std::min(260.0f, avail);
    // Labels above their fields; side by side when both fit.
    if (avail > name_w + date_w + 24) {
        const float x = ImGui::GetCursorPosX();
        snapshot_label_text(t("ui.snapshots.name"));
        ImGui::SameLine(x + name_w + 24);
        snapshot_label_text(t("ui.snapshots.peildatum"));
        snapshot_input("name", t("ui.snapshots.name_hint"), name_, name_w);
        ImGui::SameLine(x + name_w + 24);
        snapshot_input("peildatum", t("ui.snapshots.peildatum_hint"), peildatum_, date_w);
    } else {
        snapshot_label_text(t("ui.snapshots.name"));
        snapshot_input("name", t("ui.snapshots.name_hint"), name_, name_w);
        snapshot_label_text(t("ui.snapshots.peildatum"));
        snapshot_input("peildatum", t("ui.snapshots.peildatum_hint"), peildatum_, date_w);
    }
    snapshot_field_errors(make_errors_, "name");
    snapshot_field_errors(make_errors_, "peildatum");
    if (!make_error_.empty()) error_line(make_error_);
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::BeginDisabled(making_);
    if (primary_button(t("ui.snapshots.make"))) make(app);
    target("snapshots.make");
    ImGui::EndDisabled();
    if (made_) {
        ImGui::SameLine(0, 16);
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette().ok), "%s", fill(t("ui.snapshots.made"), {snapshot_label(*made_)}).c_str());
        target("snapshots.made");
    }
    end_panel();
}

void SnapshotsPanel::draw_list() {
    subheading(fill(t("ui.snapshots.list_title"), {std::to_string(snapshots_.size())}).c_str());
    if (!list_error_.empty()) error_line(list_error_);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_SizingStretchProp;
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(10, 7));
    const bool table = ImGui::BeginTable("snapshots", 5, flags);
    ImGui::PopStyleVar();
    if (!table) return;
    ImGui::TableSetupColumn(t("ui.snapshots.name"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(t("ui.snapshots.peildatum"), ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn(t("ui.snapshots.taken_at"), ImGuiTableColumnFlags_WidthStretch, 1.8f);
    ImGui::TableSetupColumn(t("ui.snapshots.actor"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn("##open", ImGuiTableColumnFlags_WidthFixed,
                            ImGui::CalcTextSize(t("ui.snapshots.open")).x + ImGui::GetStyle().FramePadding.x * 2);
    ImGui::PushFont(fonts().bold);
    ImGui::TableHeadersRow();
    ImGui::PopFont();
    for (const auto& snap : snapshots_) {
        ImGui::PushID(int(snap.id));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", snap.name.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", format_peildatum(snap.peildatum).c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", format_timestamp(snap.taken_at).c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", actor_label(snap.actor).c_str());
        ImGui::TableNextColumn();
        if (ImGui::SmallButton(t("ui.snapshots.open"))) open(snap.id);
        target("snapshots.open." + std::to_string(snap.id));
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void SnapshotsPanel::draw_compare(App& app) {
    subheading(t("ui.snapshots.compare_title"));
    muted(t("ui.snapshots.compare_intro"));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(t("ui.snapshots.compare_from"));
    ImGui::SameLine();
    bool changed = snapshot_combo("from", snapshots_, from_, nullptr);
    if (ImGui::GetContentRegionAvail().x > 560) ImGui::SameLine(0, 16);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(t("ui.snapshots.compare_with"));
    ImGui::SameLine();
    changed = snapshot_combo("with", snapshots_, with_, t("ui.snapshots.now")) || changed;
    if (changed) compare();
    if (!compare_error_.empty()) error_line(compare_error_);
    if (comparing_) muted(t("ui.loading"));
    if (!comparison_ || comparing_) return;
    if (from_ == with_) muted(t("ui.snapshots.same"));
    // Numbers open the detail only when the later side is the register now.
    draw_comparison("snapshots", *comparison_, app, with_ == 0);
}

void SnapshotsPanel::draw_opened() {
    const SnapshotInfo* info = find(opened_id_);
    if (!info) return;
    begin_panel();
    ImGui::PushFont(fonts().bold);
    wrapped(fill(t("ui.snapshots.opened"), {snapshot_label(*info), format_timestamp(info->taken_at)}));
    ImGui::PopFont();
    target("snapshots.opened");
    if (ImGui::Button(t("ui.snapshots.close"))) {
        opened_id_ = 0;
        opened_.reset();
    }
    target("snapshots.close");
    if (!open_error_.empty()) error_line(open_error_);
    if (!opened_) {
        if (open_error_.empty()) muted(t("ui.loading"));
        end_panel();
        return;
    }
    muted(fill(t("ui.snapshots.opened_count"), {std::to_string(opened_->partnerships.size()), format_peildatum(opened_->peildatum)}));
    // The table outside the panel: the panel's wrap position would keep its cells from wrapping.
    end_panel();
    ImGui::Dummy(ImVec2(0, 8));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                  ImGuiTableFlags_SizingStretchProp;
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(10, 6));
    const bool table = ImGui::BeginTable("opened", 5, flags);
    ImGui::PopStyleVar();
    if (table) {
        ImGui::TableSetupColumn(t("ui.register.col_number"), ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 2.8f);
        ImGui::TableSetupColumn(t("ui.field.name"), ImGuiTableColumnFlags_WidthStretch, 3.5f);
        ImGui::TableSetupColumn(t("ui.field.legal_form"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn(t("ui.field.scale"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn(t("ui.field.status"), ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::PushFont(fonts().bold);
        ImGui::TableHeadersRow();
        ImGui::PopFont();
        for (const auto& p : opened_->partnerships) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::Text("%d", p.number);
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", p.name.c_str());
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", label_of(p.legal_form.category).c_str());
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", p.scale ? label_of(*p.scale).c_str() : "\xE2\x80\x94");
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", label_of(p.status).c_str());
        }
        ImGui::EndTable();
    }
}

void SnapshotsPanel::draw(App& app, const AppState& s) {
    heading(t("ui.snapshots.title"));
    muted(t("ui.snapshots.intro"));
    if (opened_id_ != 0) {
        draw_opened();
        return;
    }
    draw_make(app, s);
    draw_list();
    draw_compare(app);
}

nlohmann::json SnapshotsPanel::state() const {
    nlohmann::json names = nlohmann::json::array();
    for (const auto& s : snapshots_) names.push_back({{"id", s.id}, {"name", s.name}, {"peildatum", s.peildatum}});
    nlohmann::json errors = nlohmann::json::array();
    for (const auto& e : make_errors_) errors.push_back({{"field", e.field}, {"key", e.key}});
    nlohmann::json opened = nullptr;
    if (opened_) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& p : opened_->partnerships) list.push_back(std::to_string(p.number) + ". " + p.name);
        opened = {{"id", opened_id_}, {"partnerships", list}};
    }
    return {{"snapshots", names},
            {"list_error", list_error_},
            {"make_errors", errors},
            {"make_error", make_error_},
            {"made", made_ ? nlohmann::json(made_->id) : nlohmann::json()},
            {"from", from_},
            {"with", with_},
            {"compare_error", compare_error_},
            {"comparison", comparison_ && !comparing_ ? comparison_lines(*comparison_) : nlohmann::json()},
            {"opened", opened}};
}

} // namespace swm::web
