#include "snapshot_compare.h"

#include "app.h"
#include "comparison_list.h"
#include "data_source.h"
#include "snapshots_panel.h"
#include "fonts.h"
#include "ui_text.h"
#include "widgets.h"

#include "core/i18n.h"
#include "core/text.h"

#include "imgui.h"

namespace swm::web {

void SnapshotCompare::start() {
    load_snapshots([this](Loaded<std::vector<SnapshotInfo>> r) {
        error_ = r.error;
        if (r.ok()) snapshots_ = std::move(r.value);
    });
}

void SnapshotCompare::refresh() {
    if (chosen_ != 0) compare(chosen_);
}

void SnapshotCompare::compare(long long id) {
    chosen_ = id;
    comparing_ = true;
    load_snapshot_comparison(id, [this, id](Loaded<DatasetComparison> r) {
        if (id != chosen_) return;
        comparing_ = false;
        error_ = r.error;
        result_.reset();
        if (r.ok()) result_ = std::move(r.value);
    });
}

void SnapshotCompare::choose(long long id) {
    if (id == chosen_) return;
    if (id != 0) return compare(id);
    chosen_ = 0;
    comparing_ = false;
    result_.reset();
}

void SnapshotCompare::draw(App& app) {
    heading(t("ui.compare.title"));
    muted(t("ui.compare.intro"));
    std::string preview = t("ui.compare.choose");
    for (const auto& s : snapshots_)
        if (s.id == chosen_) preview = snapshot_label(s);
    ImGui::SetNextItemWidth(std::min(480.0f, ImGui::GetContentRegionAvail().x));
    if (ImGui::BeginCombo("##snapshot", preview.c_str())) {
        for (const auto& s : snapshots_) {
            const long long id = s.id;
            if (ImGui::Selectable(snapshot_label(s).c_str(), id == chosen_)) compare(id);
            target("compare.snapshot." + std::to_string(id));
        }
        close_popup_on_escape();
        ImGui::EndCombo();
    }
    target("compare.choose");
    if (!error_.empty()) error_line(error_);
    if (comparing_) muted(t("ui.loading"));
    if (!result_) return;
    draw_comparison("compare", *result_, app, true);
}

nlohmann::json SnapshotCompare::state() const {
    // The labelled lines as shown, so a test reads what a user reads.
    return {{"snapshots", snapshots_.size()},
            {"chosen", chosen_},
            {"error", error_},
            {"added", result_ ? int(result_->added.size()) : -1},
            {"removed", result_ ? int(result_->removed.size()) : -1},
            {"changed", result_ ? int(result_->changed.size()) : -1},
            {"lines", result_ ? comparison_lines(*result_)["changed"] : nlohmann::json::array()}};
}

} // namespace swm::web
